import Testing

@testable import HubServer

/// `ResponseMediaType.negotiate(accept:)` and the `Content-Type` of each status.
struct MediaTypeNegotiationTests {
    @Test(
        "Accept chooses the response type",
        arguments: [
            (nil, ResponseMediaType.graphQLResponseJSON),
            ("", .graphQLResponseJSON),
            ("*/*", .graphQLResponseJSON),
            ("application/*", .graphQLResponseJSON),
            ("application/graphql-response+json", .graphQLResponseJSON),
            ("application/json", .json),
            ("application/graphql-response+json, application/json;q=0.9", .graphQLResponseJSON),
            ("application/json, application/graphql-response+json;q=0.5", .json),
            ("application/json, text/plain, */*", .json),
            ("APPLICATION/JSON; charset=UTF-8", .json),
            ("application/graphql-response+json;q=0, */*", .json),
            ("text/html, application/json;q=0.1", .json),
        ] as [(String?, ResponseMediaType)])
    func acceptChoosesTheType(accept: String?, expected: ResponseMediaType) {
        #expect(ResponseMediaType.negotiate(accept: accept) == expected)
    }

    @Test(
        "nothing acceptable gives nil (406)",
        arguments: ["text/html", "application/xml, text/*", "application/json;q=0", "application/json; charset=latin1", "garbage"])
    func nothingAcceptable(accept: String) {
        #expect(ResponseMediaType.negotiate(accept: accept) == nil)
    }

    @Test("a legacy client gets application/json only on 2xx; other statuses declare a GraphQL response")
    func legacyContentTypeDependsOnStatus() {
        #expect(ResponseMediaType.json.contentType(forStatus: 200) == "application/json; charset=utf-8")
        #expect(ResponseMediaType.json.contentType(forStatus: 422) == "application/graphql-response+json; charset=utf-8")
        #expect(
            ResponseMediaType.graphQLResponseJSON.contentType(forStatus: 200)
                == "application/graphql-response+json; charset=utf-8")
    }
}
