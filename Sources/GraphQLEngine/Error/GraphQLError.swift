/// An error a client sees: a syntax error, a validation error, a schema error or (later) an error
/// raised while executing (spec §7.1.2).
///
/// It carries what the response format needs: the message, the places in the document it is
/// about, and, for execution errors, the response path and extensions.
///
/// ```swift
/// do { _ = try parse("{ practices { ") }
/// catch let error as GraphQLError { print(error.message, error.locations) }
/// // Syntax Error: Expected Name, found <EOF>. [1:15]
/// ```
public struct GraphQLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, worded as graphql-js words it where graphql-js has the same error.
    public var message: String
    /// The places in the document the error is about, in the order graphql-js lists them.
    public var locations: [SourceLocation]
    /// The response path of the field the error is about, for errors raised while executing.
    public var path: [PathComponent]?
    /// Machine-readable details written under `extensions` in the response (spec §7.1.2), in
    /// order; `code` names the kind of error for clients (`BAD_USER_INPUT`, …).
    public var extensions: [InputValue.Field]

    /// An error at the given places.
    public init(
        _ message: String, locations: [SourceLocation] = [], path: [PathComponent]? = nil,
        extensions: [InputValue.Field] = []
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
    }

    /// The `code` extension: what kind of error this is, for clients to branch on.
    public var code: String? {
        get {
            guard case .string(let code)? = extensions.first(where: { $0.name == "code" })?.value else { return nil }
            return code
        }
        set {
            extensions.removeAll { $0.name == "code" }
            if let newValue { extensions.insert(InputValue.Field(name: "code", value: .string(newValue)), at: 0) }
        }
    }

    /// This error with `code` set, unless it already has one.
    public func withDefaultCode(_ code: String) -> GraphQLError {
        guard self.code == nil else { return self }
        var error = self
        error.code = code
        return error
    }

    /// An error about the given syntax nodes, located at each node's first character.
    public init(_ message: String, at nodeLocations: [Location]) {
        self.init(message, locations: nodeLocations.compactMap { $0.line == 0 ? nil : $0.sourceLocation })
    }

    /// The message followed by each location, as `message (line:column)`.
    public var description: String {
        locations.isEmpty
            ? message
            : message + " (" + locations.map(\.description).joined(separator: ", ") + ")"
    }
}

/// One step of a response path: a field's response key or a list index (spec §7.1.2, "path").
public enum PathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)
}
