/// A problem in the seed files, naming the file and the record, so that the person editing
/// them can find and fix it: `organizations.csv:14 (ca-montreal): unknown country "CAN"`.
public struct SeedIssue: Hashable, Sendable, CustomStringConvertible {
    /// A problem's text, before it is placed in a file and record.
    struct Problem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// The file, relative to the seed folder, e.g. `partnerships.json`.
    public var file: String
    /// The record: `line 14` in a CSV file, `record 3` in a JSON file, with its key when it has one.
    public var record: String
    public var message: String

    public var description: String {
        record.isEmpty ? "\(file): \(message)" : "\(file): \(record): \(message)"
    }
}

/// The seed files could not be loaded; every problem found is listed.
public struct SeedError: Error, Sendable, CustomStringConvertible {
    /// Each problem, in file order.
    public var issues: [SeedIssue]

    public var description: String {
        let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        return "the seed files have \(count):\n" + issues.map { "  " + $0.description }.joined(separator: "\n")
    }
}
