/// An error a resolver may throw to control what the client sees: its message and extensions
/// (a `code`, details) instead of the error's plain description.
public protocol GraphQLErrorConvertible: Error {
    /// The error as the response shows it; the executor adds locations and path.
    var graphQLError: GraphQLError { get }
}

extension GraphQLError {
    /// The error a client sees for `error`, thrown by a resolver or a loader: itself when it is
    /// a `GraphQLError`, its `graphQLError` when it is `GraphQLErrorConvertible`, else its
    /// description (graphql-js uses the thrown error's message).
    public init(executionError error: any Error) {
        switch error {
        case let graphQLError as GraphQLError: self = graphQLError
        case let convertible as any GraphQLErrorConvertible: self = convertible.graphQLError
        default: self.init(String(describing: error))
        }
    }
}
