import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HubServer

/// Automatic persisted queries over HTTP, and caching of GET responses to them.
struct PersistedQueryHTTPTests {
    let query = "{ hello }"
    var hash: String { PersistedQueryStore.sha256Hex(query) }
    var extensions: String { #"{"persistedQuery": {"version": 1, "sha256Hash": "\#(hash)"}}"# }

    @Test("an unknown hash is PersistedQueryNotFound; registering it serves the hash alone")
    func registerThenServe() async throws {
        try await withClient(harnessServer()) { client in
            let unknown = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"extensions": \#(extensions)}"#))
            #expect(unknown.status == .notFound)
            #expect(text(unknown).contains(#"{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}"#))
            let registered = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(),
                body: body(#"{"query": "\#(query)", "extensions": \#(extensions)}"#))
            #expect(text(registered) == #"{"data":{"hello":"Hello, world"}}"#)
            let byHash = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"extensions": \#(extensions)}"#))
            #expect(text(byHash) == #"{"data":{"hello":"Hello, world"}}"#)
        }
    }

    @Test("a query whose hash is not the one sent is refused, and not stored")
    func hashMismatch() async throws {
        try await withClient(harnessServer()) { client in
            let mismatch = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(),
                body: body(#"{"query": "{ __typename }", "extensions": \#(extensions)}"#))
            #expect(mismatch.status == .badRequest)
            #expect(text(mismatch).contains(#""message":"provided sha does not match query""#))
            let byHash = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"extensions": \#(extensions)}"#))
            #expect(byHash.status == .notFound)
        }
    }

    @Test("an invalid document is not stored under its hash")
    func invalidDocumentsAreNotStored() async throws {
        let invalid = "{ nope }"
        let invalidExtensions = #"{"persistedQuery": {"version": 1, "sha256Hash": "\#(PersistedQueryStore.sha256Hex(invalid))"}}"#
        try await withClient(harnessServer()) { client in
            _ = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(),
                body: body(#"{"query": "\#(invalid)", "extensions": \#(invalidExtensions)}"#))
            let byHash = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"extensions": \#(invalidExtensions)}"#))
            #expect(byHash.status == .notFound)
        }
    }

    @Test("GET of a persisted query is cacheable: ETag, Cache-Control, and 304 for If-None-Match")
    func getIsCacheable() async throws {
        try await withClient(harnessServer()) { client in
            let uri = getURI([("query", query), ("extensions", extensions)])
            let first = try await client.execute(uri: uri, method: .get)
            #expect(first.status == .ok)
            #expect(first.headers[.cacheControl] == "public, max-age=60")
            let tag = try #require(first.headers[.eTag])
            #expect(tag.hasPrefix("\"") && tag.count == 34)
            let byHash = try await client.execute(uri: getURI([("extensions", extensions)]), method: .get)
            #expect(byHash.headers[.eTag] == tag)
            var conditional = HTTPFields()
            conditional[.ifNoneMatch] = tag
            let notModified = try await client.execute(uri: getURI([("extensions", extensions)]), method: .get, headers: conditional)
            #expect(notModified.status == .notModified)
            #expect(notModified.body.readableBytes == 0)
            #expect(notModified.headers[.eTag] == tag)
            var member = HTTPFields()
            member[.authorization] = "Bearer member-token"
            let personal = try await client.execute(uri: getURI([("extensions", extensions)]), method: .get, headers: member)
            #expect(personal.headers[.cacheControl] == "private, max-age=60")
            let plain = try await client.execute(uri: getURI([("query", query)]), method: .get)
            #expect(plain.headers[.eTag] == nil)
            #expect(plain.headers[.cacheControl] == "no-store")
        }
    }
}
