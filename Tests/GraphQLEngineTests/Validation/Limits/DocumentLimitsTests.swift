import Testing

@testable import GraphQLEngine

/// `DocumentLimits.check(_:)` and the executor applying it between parsing and validation.
struct DocumentLimitsTests {
    private func check(_ limits: DocumentLimits, _ text: String) -> [GraphQLError] {
        guard let document = parseForTest(text) else { return [] }
        return limits.check(document)
    }

    @Test("the default limits accept the full introspection query")
    func defaultsAcceptTheFullIntrospectionQuery() {
        #expect(check(DocumentLimits(), IntrospectionQuery.full).isEmpty)
    }

    @Test("a document exactly at every limit passes")
    func documentAtTheLimitsPasses() {
        let limits = DocumentLimits(maxDepth: 3, maxAliases: 2, maxDirectives: 2)
        #expect(check(limits, "{ a: dog @include(if: true) { b: name @skip(if: false) owner { name } } }").isEmpty)
    }

    @Test("an operation one level too deep is refused at its name, with the depth and the limit")
    func tooDeepOperationIsRefused() {
        let errors = check(DocumentLimits(maxDepth: 2), "query Deep {\n  dog { owner { name } }\n}")
        #expect(errors.map(\.message) == [
            "Operation \"Deep\" nests selections 3 levels deep (fragments counted), more than the 2 allowed; "
                + "ask for fewer nested levels, or split the request."
        ])
        #expect(errors.first?.locations == [SourceLocation(line: 1, column: 7)])
        #expect(errors.first?.code == ErrorCode.depthLimitExceeded)
    }

    @Test("fragments count at the depth where they are spread, inline fragments add no level")
    func fragmentsCountAtTheirSpreadDepth() {
        let text = """
            { dog { ...OwnerName } }
            fragment OwnerName on Dog { ... on Dog { owner { ...Name } } }
            fragment Name on Human { name }
            """
        #expect(check(DocumentLimits(maxDepth: 3), text).isEmpty)
        #expect(check(DocumentLimits(maxDepth: 2), text).map(\.code) == [ErrorCode.depthLimitExceeded])
    }

    @Test("a fragment cycle does not loop: its repeat counts as nothing")
    func fragmentCyclesTerminate() {
        let text = """
            { dog { ...A } }
            fragment A on Dog { mother { ...B } }
            fragment B on Dog { father { ...A } }
            """
        #expect(check(DocumentLimits(maxDepth: 3), text).isEmpty)
        #expect(check(DocumentLimits(maxDepth: 2), text).map(\.code) == [ErrorCode.depthLimitExceeded])
    }

    @Test("a fragment spread many times is measured once")
    func widelySpreadFragmentsAreMeasuredOnce() {
        // 40 levels of fragments each spreading the next twice: 2^40 paths, measured in 40 steps.
        var text = "{ ...F0 }\n"
        for level in 0..<40 { text += "fragment F\(level) on Query { dog { ...F\(level + 1) ...F\(level + 1) } }\n" }
        text += "fragment F40 on Query { __typename }\n"
        let errors = check(DocumentLimits(maxDepth: 25), text)
        #expect(errors.first?.message.contains("41 levels deep") == true)
    }

    @Test("the alias beyond the limit is the one located")
    func tooManyAliasesAreRefused() {
        let errors = check(DocumentLimits(maxAliases: 2), "{ a: dog { name } b: dog { name }\n  c: dog { n: name } }")
        #expect(errors.map(\.message) == [
            "The document has 4 aliases, more than the 2 allowed; ask for fewer aliased fields, or split the request."
        ])
        #expect(errors.first?.locations == [SourceLocation(line: 2, column: 3)])
        #expect(errors.first?.code == ErrorCode.aliasLimitExceeded)
    }

    @Test("directives on operations, variables, fields, spreads and fragments all count")
    func directivesEverywhereCount() {
        let text = """
            query Q($v: Boolean = true @onVariableDefinition) @onQuery {
              dog @include(if: $v) { ...F @skip(if: false) ... @include(if: true) { name } }
            }
            fragment F on Dog @onFragmentDefinition { name }
            """
        #expect(check(DocumentLimits(maxDirectives: 6), text).isEmpty)
        let errors = check(DocumentLimits(maxDirectives: 5), text)
        #expect(errors.map(\.code) == [ErrorCode.directiveLimitExceeded])
        #expect(errors.first?.message.hasPrefix("The document uses 6 directives, more than the 5 allowed") == true)
        #expect(errors.first?.locations == [SourceLocation(line: 4, column: 19)])
    }

    @Test("every limit exceeded is reported, depth first")
    func everyExceededLimitIsReported() {
        let errors = check(
            DocumentLimits(maxDepth: 1, maxAliases: 0, maxDirectives: 0), "{ a: dog @skip(if: false) { name } }")
        #expect(
            errors.map(\.code) == [
                ErrorCode.depthLimitExceeded, ErrorCode.aliasLimitExceeded, ErrorCode.directiveLimitExceeded,
            ])
    }

    @Test("the executor refuses a document beyond a limit before validating it")
    func executorChecksLimitsBeforeValidation() {
        let executor = RequestExecutor(schema: validationTestSchema, limits: DocumentLimits(maxDepth: 1))
        // `unknownField` would be a validation error; the depth limit is reported instead.
        guard case .failure(let failure) = executor.prepare(GraphQLRequest(query: "{ dog { unknownField } }")) else {
            Issue.record("a document over the depth limit was prepared")
            return
        }
        #expect(failure.errors.map(\.code) == [ErrorCode.depthLimitExceeded])
    }

    @Test("the executor's token limit is the smaller of the limits' and the parser's, with its own code")
    func executorTokenLimitHasItsOwnCode() {
        let executor = RequestExecutor(
            schema: validationTestSchema, parseOptions: ParseOptions(maxTokens: 100),
            limits: DocumentLimits(maxTokens: 5))
        guard case .failure(let failure) = executor.prepare(GraphQLRequest(query: "{ dog { name owner { name } } }"))
        else {
            Issue.record("a document over the token limit was prepared")
            return
        }
        #expect(failure.errors.map(\.message) == ["Syntax Error: Document contains more that 5 tokens. Parsing aborted."])
        #expect(failure.errors.map(\.code) == [ErrorCode.tokenLimitExceeded])
    }

    @Test("other syntax errors keep their parse code under limits")
    func otherSyntaxErrorsKeepTheirCode() {
        let executor = RequestExecutor(schema: validationTestSchema, limits: DocumentLimits())
        guard case .failure(let failure) = executor.prepare(GraphQLRequest(query: "{ dog {")) else {
            Issue.record("an unparseable document was prepared")
            return
        }
        #expect(failure.errors.map(\.code) == [ErrorCode.parseFailed])
    }
}
