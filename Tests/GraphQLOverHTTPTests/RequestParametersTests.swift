import GraphQLEngine
import GraphQLOverHTTP
import Testing

/// `RequestParameters` from POST bodies and GET query strings, and the form decoding under it.
struct RequestParametersTests {
    private func fromJSON(_ text: String) throws(RequestParametersError) -> RequestParameters {
        // safe in a test: the fixtures are valid JSON.
        try RequestParameters(json: try! JSONReader.read(Array(text.utf8)))
    }

    @Test("a POST body's parameters are read; null means absent and unknown keys are ignored")
    func readsPostParameters() throws {
        let parameters = try fromJSON(
            #"{"query": "{ a }", "operationName": null, "variables": {"n": 1}, "other": 3, "extensions": {"x": 1}}"#)
        #expect(parameters.query == "{ a }")
        #expect(parameters.operationName == nil)
        #expect(parameters.variables == ["n": .int(1)])
        #expect(parameters.persistedQuery == nil)
    }

    @Test(
        "parameters of the wrong type make a malformed request",
        arguments: [
            "[]", #"{"query": 1}"#, #"{"query": "{ a }", "variables": [7]}"#, #"{"query": "{ a }", "operationName": 2}"#,
            #"{"query": "{ a }", "extensions": "x"}"#,
        ])
    func wrongTypesAreMalformed(json: String) {
        #expect {
            _ = try fromJSON(json)
        } throws: { error in
            guard case .malformedRequest = error as? RequestParametersError else { return false }
            return true
        }
    }

    @Test("a persisted-query reference is read and its hash lowercased; version 2 is refused")
    func readsPersistedQueryReference() throws {
        let hash = String(repeating: "AB", count: 32)
        let parameters = try fromJSON(#"{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "\#(hash)"}}}"#)
        #expect(parameters.persistedQuery == PersistedQueryReference(sha256Hash: hash.lowercased()))
        #expect(throws: RequestParametersError.persistedQueryVersionNotSupported) {
            try fromJSON(#"{"extensions": {"persistedQuery": {"version": 2, "sha256Hash": "\#(hash)"}}}"#)
        }
        #expect(throws: RequestParametersError.self) {
            try fromJSON(#"{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "xyz"}}}"#)
        }
    }

    @Test("a GET query string is form-decoded; variables and extensions are JSON; empty values are absent")
    func readsGetParameters() throws {
        let parameters = try RequestParameters(
            queryString: "query=query+Q(%24n%3A+String)%7Bhello(name%3A%24n)%7D&operationName=Q&variables=%7B%22n%22%3A%22%C3%A9%22%7D&extensions=")
        #expect(parameters.query == "query Q($n: String){hello(name:$n)}")
        #expect(parameters.operationName == "Q")
        #expect(parameters.variables == ["n": .string("é")])
        #expect(parameters.persistedQuery == nil)
    }

    @Test("GET variables that are not JSON, or not an object, are refused")
    func refusesBadGetVariables() {
        #expect(
            throws: RequestParametersError.invalidJSON(
                "the \"variables\" parameter is not JSON: expected a string key in the object (at byte 1)")
        ) { try RequestParameters(queryString: "query=%7Ba%7D&variables=%7B") }
        #expect(
            throws: RequestParametersError.malformedRequest(
                "the \"variables\" parameter must be a JSON object (a map of names to values)")
        ) { try RequestParameters(queryString: "query=%7Ba%7D&variables=%5B7%5D") }
    }

    @Test("form decoding: + is a space, bad escapes stay, bytes that are not UTF-8 are refused")
    func formDecoding() throws {
        let pairs = try FormURLEncoding.pairs("a=1+2&b=%zz&c&=d&&e=%41%42")
        #expect(pairs.map(\.name) == ["a", "b", "c", "", "e"])
        #expect(pairs.map(\.value) == ["1 2", "%zz", "", "d", "AB"])
        #expect(throws: RequestParametersError.self) { try FormURLEncoding.pairs("a=%FF") }
    }
}
