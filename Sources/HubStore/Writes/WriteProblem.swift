/// Why the store refused a write: one problem with one field of the input, worded for the person
/// who filled it in, with a stable code for programs.
///
/// `field` is the path to the input field concerned, spelled as the API's input spells it
/// (`["texts", "0", "title"]`, `["themeIds", "2"]`); empty when the problem is with the input as
/// a whole or with the record it names (a practice already published). Messages never repeat
/// what was typed beyond a short name or number.
public struct WriteProblem: Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem; more may come.
    public struct Code: StoreVocabulary {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A value is required and missing or blank.
        public static let required = Code(rawValue: "required")
        /// A text is longer than the field allows, or a list has too many entries.
        public static let tooLong = Code(rawValue: "too_long")
        /// A value is not one the field accepts (a malformed date, a year out of range, a
        /// language given twice, a partnership of another program).
        public static let invalid = Code(rawValue: "invalid")
        /// The input names a record that does not exist (or that the caller may not see).
        public static let notFound = Code(rawValue: "not_found")
        /// The caller is not the practice's author; the API reports it as `FORBIDDEN`.
        public static let notAuthor = Code(rawValue: "not_author")
        /// The practice's status does not allow this step (publishing a draft, editing a
        /// published practice).
        public static let wrongStatus = Code(rawValue: "wrong_status")
        /// The record exists already (a replication recorded before).
        public static let duplicate = Code(rawValue: "duplicate")
        /// The organization named is not the caller's own.
        public static let notOwnOrganization = Code(rawValue: "not_own_organization")
    }

    /// The path to the input field concerned; empty for the input as a whole.
    public var field: [String]
    /// What is wrong and how to fix it.
    public var message: String
    /// The kind of problem.
    public var code: Code

    /// A problem with the field at `field`.
    public init(_ code: Code, _ field: [String], _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    public var description: String {
        field.isEmpty ? "\(code): \(message)" : "\(field.joined(separator: ".")) (\(code)): \(message)"
    }
}

/// The answer of a write that validates its input: done, with its result, or refused, having
/// changed nothing.
public enum WriteOutcome<Value: Sendable>: Sendable {
    /// The write happened and was committed with its transaction.
    case written(Value)
    /// Nothing was written, for these reasons (never empty).
    case refused([WriteProblem])

    /// The value written, nil when refused.
    public var value: Value? {
        if case .written(let value) = self { return value }
        return nil
    }

    /// The problems, empty when written.
    public var problems: [WriteProblem] {
        if case .refused(let problems) = self { return problems }
        return []
    }

    /// The outcome with `transform` applied to the value written (reading back the record
    /// written, in the same transaction); a refusal stays as it is.
    public func map<T: Sendable>(_ transform: (Value) throws -> T) rethrows -> WriteOutcome<T> {
        switch self {
        case .written(let value): .written(try transform(value))
        case .refused(let problems): .refused(problems)
        }
    }
}

/// Problems gathered while checking an input, so that a form sees all of them at once.
struct ProblemList {
    private(set) var problems: [WriteProblem] = []

    var isEmpty: Bool { problems.isEmpty }

    mutating func add(_ code: WriteProblem.Code, _ field: [String], _ message: String) {
        problems.append(WriteProblem(code, field, message))
    }

    /// `.refused` with the problems gathered, or `.written(make())` when there are none.
    func outcome<Value>(_ make: () throws -> Value) rethrows -> WriteOutcome<Value> {
        problems.isEmpty ? .written(try make()) : .refused(problems)
    }
}
