/// The `extensions.code` values the engine gives its errors, so clients can tell a mistake in
/// their request from a failure on the server without reading messages. The names follow the
/// codes GraphQL servers commonly use.
public enum ErrorCode {
    /// The document is not valid GraphQL syntax.
    public static let parseFailed = "GRAPHQL_PARSE_FAILED"
    /// The document breaks a validation rule for this schema.
    public static let validationFailed = "GRAPHQL_VALIDATION_FAILED"
    /// A variable or argument value does not fit its type, or no operation can be chosen.
    public static let badUserInput = "BAD_USER_INPUT"
    /// A resolver failed, or a value could not be completed to its type.
    public static let internalServerError = "INTERNAL_SERVER_ERROR"
    /// The execution's deadline passed before it finished.
    public static let deadlineExceeded = "DEADLINE_EXCEEDED"
    /// The task running the execution was cancelled.
    public static let cancelled = "CANCELLED"
}
