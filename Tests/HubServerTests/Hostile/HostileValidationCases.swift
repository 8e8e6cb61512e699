import GraphQLEngine

/// Hostile documents within the default limits (15,000 tokens, 100 KB, depth 25, 100 aliases)
/// aimed at validation's costliest rule, OverlappingFieldsCanBeMerged, which compares fields
/// sharing a response name: before it compared copies once per class and merged distinct
/// fields, each took seconds to validate, before the execution deadline starts.
enum HostileValidationCases {
    /// The leaf fields of `Organization` whose bits are set in `mask`.
    private static func organizationFields(_ mask: Int) -> String {
        let leaves = [
            "id", "key", "kind", "name", "acronym", "population", "populationYear", "website", "municipalType",
            "latitude", "longitude", "isFCMMember",
        ]
        return leaves.indices.filter { mask & (1 << $0) != 0 }.map { leaves[$0] }.joined(separator: " ")
    }

    static let all: [HostileCase] = [
        .post(
            "3,700 copies of a field with a sub-selection are merged and answered once",
            repeated("practices { totalCount } ", 3700, prefix: "{ ", suffix: "}"), status: 200,
            fragments: [#"{"data":{"practices":{"totalCount":"#]),
        .post(
            "1,600 copies of a field and one with other arguments are refused as conflicting, 100 errors at most",
            repeated(
                "practices(first: 1) { totalCount } ", 1600, prefix: "{ ",
                suffix: "practices(first: 2) { totalCount } }"),
            status: 422, codes: [ErrorCode.validationFailed],
            fragments: ["Too many validation errors, error limit reached. Validation aborted."]),
        .post(
            "1,000 distinct sub-selections of one field are validated merged, then refused by the cost budget",
            "{ " + (1...1000).map { "organizations { nodes { \(organizationFields($0)) } } " }.joined() + "}",
            status: 422, codes: ["COST_LIMIT_EXCEEDED"]),
        .post(
            "1,200 fragments of the same content spread together are validated once",
            "{ " + (0..<1200).map { "...F\($0) " }.joined() + "}\n"
                + (0..<1200).map { "fragment F\($0) on Query { practices { totalCount } }\n" }.joined(),
            status: 200, fragments: [#"{"data":{"practices":{"totalCount":"#]),
    ]
}
