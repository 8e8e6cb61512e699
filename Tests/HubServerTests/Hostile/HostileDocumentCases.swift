import GraphQLEngine

/// Hostile GraphQL documents and variables: nesting, aliases, tokens, fragments, directives,
/// operations, and values too large, too deep or out of range.
enum HostileDocumentCases {
    /// `__Type.ofType` nested `levels` deep: a valid selection as deep as one likes.
    static func nestedTypes(_ levels: Int) -> String {
        #"{ __type(name: "Query") { "# + repeated("ofType { ", levels) + "name" + repeated(" }", levels) + " } }"
    }

    static let all: [HostileCase] = [
        // Nesting.
        .post(
            "selections nested 30 deep are refused by the depth limit", nestedTypes(30), status: 422,
            codes: [ErrorCode.depthLimitExceeded], fragments: ["more than the 25 allowed"]),
        .post(
            "selections nested 30 deep through fragments are refused by the depth limit",
            #"{ __type(name: "Query") { ...T1 } }"# + (1...30).map { "fragment T\($0) on __Type { ofType { ...T\($0 + 1) } }" }
                .joined(separator: " ") + " fragment T31 on __Type { name }",
            status: 422, codes: [ErrorCode.depthLimitExceeded]),
        .post(
            "selections nested 100,000 deep stop the parser at its nesting limit",
            repeated("a { ", 100_000, prefix: "{ ") + repeated("}", 100_001), status: 400, codes: [ErrorCode.parseFailed],
            fragments: ["Document nesting exceeds the maximum depth of 200."]),
        .post(
            "a list value nested 100,000 deep stops the parser at its nesting limit",
            "{ practices(filter: { themes: " + repeated("[", 100_000) + #""x""# + repeated("]", 100_000)
                + " }) { totalCount } }",
            status: 400, codes: [ErrorCode.parseFailed], fragments: ["maximum depth of 200"]),
        .post(
            "an input object nested 150 deep is refused as a value of the wrong type",
            "{ practices(filter: { themes: " + repeated("[", 150) + #""x""# + repeated("]", 150) + " }) { totalCount } }",
            status: 422, codes: [ErrorCode.validationFailed], fragments: ["String cannot represent a non string value"]),

        // Aliases, tokens, directives.
        .post(
            "10,000 aliases are refused by the token limit first",
            "{ " + (0..<10_000).map { "a\($0): __typename" }.joined(separator: " ") + " }", status: 422,
            codes: [ErrorCode.tokenLimitExceeded]),
        .post(
            "10,000 aliases under the parser's own token ceiling are refused by the alias limit",
            "{ " + (0..<10_000).map { "a\($0): __typename" }.joined(separator: " ") + " }", variant: .parserCeiling,
            status: 422, codes: [ErrorCode.aliasLimitExceeded], fragments: ["10000 aliases, more than the 100 allowed"]),
        .post(
            "101 aliases are refused by the alias limit",
            "{ " + (0..<101).map { "a\($0): __typename" }.joined(separator: " ") + " }", status: 422,
            codes: [ErrorCode.aliasLimitExceeded]),
        .post(
            "100,000 tokens are refused by the token limit", repeated("a ", 100_000, prefix: "{ ", suffix: "}"),
            status: 422, codes: [ErrorCode.tokenLimitExceeded], fragments: ["more that 15000 tokens"]),
        .post(
            "100,000 tokens in one list value are refused by the token limit",
            repeated(#""x" "#, 100_000, prefix: "{ practices(filter: { themes: [", suffix: "] }) { totalCount } }"),
            status: 422, codes: [ErrorCode.tokenLimitExceeded]),
        .post(
            "5,000 directives are refused by the token limit first",
            repeated(" @skip(if: false)", 5000, prefix: "{ __typename", suffix: " }"), status: 422,
            codes: [ErrorCode.tokenLimitExceeded]),
        .post(
            "5,000 directives under the parser's own token ceiling are refused by the directive limit",
            repeated(" @skip(if: false)", 5000, prefix: "{ __typename", suffix: " }"), variant: .parserCeiling,
            status: 422, codes: [ErrorCode.directiveLimitExceeded], fragments: ["5000 directives"]),
        .post(
            "3,000 unknown directives under the token ceiling are refused by the directive limit",
            repeated(" @x", 3000, prefix: "{ __typename", suffix: " }"), variant: .parserCeiling, status: 422,
            codes: [ErrorCode.directiveLimitExceeded]),
        .post(
            "101 directives are refused by the directive limit",
            repeated(" @include(if: true)", 101, prefix: "{ __typename", suffix: " }"), status: 422,
            codes: [ErrorCode.directiveLimitExceeded]),
        .post(
            "500 copies of one field are merged and answered once",
            repeated("__typename ", 500, prefix: "{ ", suffix: "}"), status: 200,
            fragments: [#"{"data":{"__typename":"Query"}}"#]),
        .post(
            "60 copies of a field with differing arguments are refused as conflicting, 100 errors at most",
            repeated("practices(first: 1) { totalCount } practices(first: 2) { totalCount } ", 30, prefix: "{ ", suffix: "}"),
            status: 422, codes: [ErrorCode.validationFailed],
            fragments: ["Too many validation errors, error limit reached. Validation aborted."]),

        // Fragments.
        .post(
            "a fragment cycle is refused by validation",
            "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", status: 422,
            codes: [ErrorCode.validationFailed], fragments: [#"Cannot spread fragment \"A\" within itself via \"B\"."#]),
        .post(
            "a fragment spreading itself is refused by validation", "{ ...A } fragment A on Query { __typename ...A }",
            status: 422, codes: [ErrorCode.validationFailed], fragments: [#"Cannot spread fragment \"A\" within itself."#]),
        .post(
            "a fragment cycle inside a field is refused by validation",
            #"{ __type(name: "Query") { ...A } } fragment A on __Type { ofType { ...B } } fragment B on __Type { ofType { ...A } }"#,
            status: 422, codes: [ErrorCode.validationFailed]),
        .post(
            "a fragment bomb of 40 levels over a scalar is answered once",
            fragmentBomb(levels: 40, leaf: "__typename"), status: 200, fragments: [#"{"data":{"__typename":"Query"}}"#]),
        .post(
            "a fragment bomb of 30 levels over a list is refused by the cost budget",
            fragmentBomb(levels: 30, leaf: "practices(first: 100) { totalCount }"), status: 422,
            codes: ["COST_LIMIT_EXCEEDED"]),
        .post(
            "a fragment bomb of 100 levels saturates the cost instead of overflowing it",
            fragmentBomb(levels: 100, leaf: "practices(first: 100) { totalCount }"), status: 422,
            codes: ["COST_LIMIT_EXCEEDED"], fragments: ["costs 9223372036854775807"]),
        .post(
            "a fragment bomb of 30 levels inside a list is refused by the cost budget",
            "{ practices(first: 5) { nodes { ...P30 } } } fragment P0 on Practice { key }"
                + (1...30).map { " fragment P\($0) on Practice { ...P\($0 - 1) ...P\($0 - 1) }" }.joined(),
            status: 422, codes: ["COST_LIMIT_EXCEEDED"]),

        // Operations.
        .post(
            "3,000 operations without an operation name are refused",
            (0..<3000).map { "query q\($0) { __typename }" }.joined(separator: " "), status: 422,
            codes: [ErrorCode.badUserInput], fragments: ["Must provide operation name"]),
        .post(
            "a subscription is refused: the hub has no subscription type", "subscription { __typename }", status: 200,
            codes: [ErrorCode.badUserInput],
            fragments: ["Schema is not configured to execute subscription operation.", #""data":null"#]),
        .post(
            "a 900 KB string argument is read and matches nothing",
            #"{ practice(key: ""# + repeated("x", 900_000) + #"") { key } }"#, status: 200,
            fragments: [#"{"data":{"practice":null}}"#]),
        .post(
            "a 200 KB block string argument is read and matches nothing",
            #"{ practice(key: """"# + repeated("x\n", 100_000) + #"""") { key } }"#, status: 200,
            fragments: [#"{"data":{"practice":null}}"#]),
        .post(
            "a lone surrogate escape in a GraphQL string is a syntax error", #"{ practice(key: "\uD800") { key } }"#,
            status: 400, codes: [ErrorCode.parseFailed], fragments: ["Invalid Unicode escape sequence"]),
        .post(
            "an integer literal beyond 32 bits is refused by validation",
            "{ practices(first: 99999999999999999999999) { totalCount } }", status: 422,
            codes: [ErrorCode.validationFailed], fragments: ["Int cannot represent non 32-bit signed integer value"]),
        .post(
            "a negative page size is a field error, the rest of the data still comes",
            #"{ practice(key: "nam-dinh-land-management") { replications(first: -1) { totalCount } } programs { totalCount } }"#,
            status: 200, codes: [ErrorCode.badUserInput],
            fragments: [#""programs":{"totalCount":"#]),

        // Variables.
        .post(
            "variables nested 100,000 deep are refused by the JSON reader",
            "query($v: String) { practice(key: $v) { key } }", variables: #"{"v":"# + repeated("[", 100_000)
                + repeated("]", 100_000) + "}",
            status: 400, codes: ["INVALID_JSON"], fragments: ["nested more than 128 deep"]),
        .post(
            "a variable object nested 100,000 deep is refused by the JSON reader",
            "query($v: String) { practice(key: $v) { key } }",
            variables: #"{"v":"# + repeated(#"{"a":"#, 100_000) + "1" + repeated("}", 100_000) + "}", status: 400,
            codes: ["INVALID_JSON"]),
        .post(
            "a list variable nested 100 deep does not coerce to its type",
            "query($v: [String!]) { practices(filter: { themes: $v }) { totalCount } }",
            variables: #"{"v":"# + repeated("[", 100) + repeated("]", 100) + "}", status: 422,
            codes: [ErrorCode.badUserInput]),
        .post(
            "50,000 undeclared variables are ignored", "{ __typename }",
            variables: "{" + (0..<50_000).map { #""v\#($0)":\#($0)"# }.joined(separator: ",") + "}", status: 200,
            fragments: [#""__typename":"Query""#]),
        .post(
            "100,000 IDs in one list variable are refused by the cost budget",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            variables: #"{"ids":["# + Array(repeating: #""x""#, count: 100_000).joined(separator: ",") + "]}", status: 422,
            codes: ["COST_LIMIT_EXCEEDED"]),
        .post(
            "a float of 1e308 for an Int variable does not coerce",
            "query($n: Int) { practices(first: $n) { totalCount } }", variables: #"{"n":1e308}"#, status: 422,
            codes: [ErrorCode.badUserInput]),
        .post(
            "a 900 KB variable string is read and matches nothing", "query($k: String!) { practice(key: $k) { key } }",
            variables: #"{"k":""# + repeated("k", 900_000) + #""}"#, status: 200,
            fragments: [#"{"data":{"practice":null}}"#]),
    ]
}
