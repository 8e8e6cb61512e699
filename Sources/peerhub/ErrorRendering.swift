import GraphQLEngine

/// Renders errors as the JSON array a GraphQL response carries in `errors` (spec §7.1.2):
/// `[]` when there are none, otherwise one error object a line, each with its `message` and,
/// when it has any, its `locations`.
///
/// ```
/// [
///   {"message": "Cannot query field \"tittle\" on type \"Query\".", "locations": [{"line": 1, "column": 3}]}
/// ]
/// ```
func renderErrorsAsJSON(_ errors: [GraphQLError]) -> String {
    guard !errors.isEmpty else { return "[]\n" }
    var output = "[\n"
    for (index, error) in errors.enumerated() {
        output += "  {\"message\": " + jsonString(error.message)
        if !error.locations.isEmpty {
            let locations = error.locations.map { "{\"line\": \($0.line), \"column\": \($0.column)}" }
            output += ", \"locations\": [" + locations.joined(separator: ", ") + "]"
        }
        output += index == errors.count - 1 ? "}\n" : "},\n"
    }
    output += "]\n"
    return output
}

/// Renders errors for a person reading a terminal, one a line, as compilers do:
/// `FILE:LINE:COLUMN: message` (the first location), or `FILE: message` when the error has none.
func renderErrorsAsText(_ errors: [GraphQLError], file: String) -> String {
    var output = ""
    for error in errors {
        if let first = error.locations.first {
            output += "\(file):\(first.line):\(first.column): \(error.message)\n"
        } else {
            output += "\(file): \(error.message)\n"
        }
    }
    return output
}
