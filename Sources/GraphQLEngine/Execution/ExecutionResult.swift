/// The result of executing an operation (spec §7.1 "Response Format"): `data` when execution
/// started, the errors raised, and any extensions the server adds.
public struct ExecutionResult: Sendable {
    /// The operation's result; nil when execution did not start (a request error: no operation
    /// to run, invalid variables), `.null` when a non-null root field failed.
    var tree: ResponseTree?
    /// Whether `data` was set to null: a non-null root field failed, or the execution stopped.
    var dataIsNull: Bool
    /// The errors, in the order they were raised.
    public var errors: [GraphQLError]
    /// Entries written under the response's `extensions`, in order.
    public var extensions: [InputValue.Field] = []

    init(tree: ResponseTree?, dataIsNull: Bool, errors: [GraphQLError]) {
        self.tree = tree
        self.dataIsNull = dataIsNull
        self.errors = errors
    }

    /// A result of request errors only: execution did not start, so there is no `data`
    /// (spec §7.1.2 "Request Errors").
    public init(requestErrors errors: [GraphQLError]) {
        self.init(tree: nil, dataIsNull: false, errors: errors)
    }

    /// A result holding `data` as a JSON-shaped value, for results made outside the executor.
    public init(data: InputValue?, errors: [GraphQLError] = []) {
        self.init(tree: nil, dataIsNull: false, errors: errors)
        self.literalData = data
    }

    private var literalData: InputValue?

    /// Whether the response has a `data` entry (spec §7.1.2: present once execution started).
    public var hasData: Bool { tree != nil || literalData != nil }

    /// `data` as a JSON-shaped value: objects with their keys in response order; nil when
    /// execution did not start.
    public var data: InputValue? {
        if let literalData { return literalData }
        guard let tree else { return nil }
        return dataIsNull ? .null : tree.value(at: ResponseTree.root)
    }

    /// The whole response as JSON: `errors` first when there are any (as spec §7.1 suggests),
    /// then `data`, then `extensions`.
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter(capacity: (tree?.estimatedJSONSize ?? 0) + 64)
        write(to: &writer)
        return writer.bytes
    }

    /// Writes the whole response as JSON into `writer`.
    public func write(to writer: inout JSONWriter) {
        writer.writeByte(UInt8(ascii: "{"))
        var needsComma = false
        if !errors.isEmpty {
            writer.writeASCII("\"errors\":[")
            for (position, error) in errors.enumerated() {
                if position > 0 { writer.writeByte(UInt8(ascii: ",")) }
                error.write(to: &writer)
            }
            writer.writeByte(UInt8(ascii: "]"))
            needsComma = true
        }
        if hasData {
            if needsComma { writer.writeByte(UInt8(ascii: ",")) }
            writer.writeASCII("\"data\":")
            if let literalData {
                writer.writeValue(literalData)
            } else if let tree, !dataIsNull {
                tree.write(ResponseTree.root, to: &writer)
            } else {
                writer.writeASCII("null")
            }
            needsComma = true
        }
        if !extensions.isEmpty {
            if needsComma { writer.writeByte(UInt8(ascii: ",")) }
            writer.writeASCII("\"extensions\":")
            writer.writeValue(.object(extensions))
        }
        writer.writeByte(UInt8(ascii: "}"))
    }
}

extension GraphQLError {
    /// Writes the error as the response format gives it (spec §7.1.2 "Errors"): `message`,
    /// then `locations`, `path` and `extensions` when it has them.
    public func write(to writer: inout JSONWriter) {
        writer.writeASCII("{\"message\":")
        writer.writeString(message)
        if !locations.isEmpty {
            writer.writeASCII(",\"locations\":[")
            for (position, location) in locations.enumerated() {
                if position > 0 { writer.writeByte(UInt8(ascii: ",")) }
                writer.writeASCII("{\"line\":")
                writer.writeInt(location.line)
                writer.writeASCII(",\"column\":")
                writer.writeInt(location.column)
                writer.writeByte(UInt8(ascii: "}"))
            }
            writer.writeByte(UInt8(ascii: "]"))
        }
        if let path {
            writer.writeASCII(",\"path\":[")
            for (position, component) in path.enumerated() {
                if position > 0 { writer.writeByte(UInt8(ascii: ",")) }
                switch component {
                case .key(let key): writer.writeString(key)
                case .index(let index): writer.writeInt(index)
                }
            }
            writer.writeByte(UInt8(ascii: "]"))
        }
        if !extensions.isEmpty {
            writer.writeASCII(",\"extensions\":")
            writer.writeValue(.object(extensions))
        }
        writer.writeByte(UInt8(ascii: "}"))
    }
}
