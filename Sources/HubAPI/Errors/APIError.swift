import GraphQLEngine

/// An error a client can act on, raised by the API's resolvers, loaders and checks: the
/// message says what was wrong and how to fix it, `code` lets programs branch on it.
struct APIError: Error, GraphQLErrorConvertible, Hashable {
    /// `extensions.code`.
    var code: String
    /// What went wrong and how to fix it.
    var message: String
    /// More machine-readable details, after `code`.
    var details: [InputValue.Field] = []

    var graphQLError: GraphQLError {
        GraphQLError(message, extensions: [InputValue.Field(name: "code", value: .string(code))] + details)
    }

    /// A client error in an argument's value (`BAD_USER_INPUT`).
    static func badInput(_ message: String) -> APIError {
        APIError(code: ErrorCode.badUserInput, message: message)
    }
}

extension AuthorizationError: GraphQLErrorConvertible {
    /// `UNAUTHENTICATED` or `FORBIDDEN`, with the refusal's message.
    public var graphQLError: GraphQLError {
        GraphQLError(message, extensions: [InputValue.Field(name: "code", value: .string(reason.rawValue))])
    }
}

extension RateLimited: GraphQLErrorConvertible {
    /// `RATE_LIMITED`, with `retryAfter` in seconds.
    public var graphQLError: GraphQLError {
        GraphQLError(
            message,
            extensions: [
                InputValue.Field(name: "code", value: .string("RATE_LIMITED")),
                InputValue.Field(name: "retryAfter", value: .int(retryAfterSeconds)),
            ])
    }
}
