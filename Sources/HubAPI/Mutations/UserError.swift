import GraphQLEngine
import HubStore

/// A problem with a mutation's input that the person can fix, as the schema's `UserError` shows
/// it: the path to the input field, a message, and a `UserErrorCode`.
///
/// It comes from the store's ``WriteProblem`` (practices, bookmarks, replications), from the
/// authentication service's ``FieldProblem`` (accounts), or from reading the input itself (an
/// ID that is not one of the hub's).
struct UserError: Sendable, Hashable {
    /// The path from the mutation's `input`; nil for the input as a whole.
    var field: [String]?
    /// What is wrong and how to fix it.
    var message: String
    /// A value of the schema's `UserErrorCode`.
    var code: String

    /// A problem the API finds itself.
    init(field: [String]?, message: String, code: String) {
        self.field = field
        self.message = message
        self.code = code
    }

    /// A problem the store found; its code names the same value in capitals
    /// (`not_own_organization` is `NOT_OWN_ORGANIZATION`).
    init(_ problem: WriteProblem) {
        self.init(
            field: problem.field.isEmpty ? nil : problem.field, message: problem.message,
            code: Self.known(problem.code.rawValue.uppercased()))
    }

    /// A problem the authentication service found.
    init(_ problem: FieldProblem) {
        self.init(field: problem.field.map { [$0] }, message: problem.message, code: Self.known(problem.code))
    }

    /// The values of `UserErrorCode`; a code from elsewhere that is not among them is reported
    /// as `INVALID` (with its message), so a new code in a service never breaks a response.
    static let codes: Set<String> = [
        "REQUIRED", "TOO_LONG", "TOO_SHORT", "INVALID", "NOT_FOUND", "WRONG_STATUS", "DUPLICATE",
        "NOT_OWN_ORGANIZATION", "TAKEN", "INVALID_EMAIL", "TOO_COMMON", "CONTAINS_EMAIL", "INVALID_CREDENTIALS",
        "ACCOUNT_DISABLED", "INVALID_INVITATION", "INVITATION_MISMATCH",
    ]

    private static func known(_ code: String) -> String {
        codes.contains(code) ? code : "INVALID"
    }
}

extension ResolverTable {
    /// The fields of `UserError`.
    mutating func addUserErrorResolvers() {
        object("UserError", as: UserError.self) { error in
            error.value("field") { .optional($0.field.map { .list($0.map(FieldValue.string)) }) }
            error.value("message") { .string($0.message) }
            error.value("code") { .enumValue($0.code) }
        }
    }
}
