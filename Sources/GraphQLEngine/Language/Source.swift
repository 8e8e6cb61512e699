/// The text of a GraphQL document or schema, as UTF-8 bytes, with a name used in error messages.
///
/// The lexer reads the bytes directly; nothing is decoded into `Character`s.
///
/// ```swift
/// let source = Source("{ practices { title } }", name: "dashboard.graphql")
/// let document = try parse(source)
/// ```
public struct Source: Sendable {
    /// The document's UTF-8 bytes, exactly as given (a byte order mark included, if any).
    public let bytes: [UInt8]
    /// A name for the document, such as its file path; `"GraphQL request"` when none is given.
    public let name: String

    /// A source holding the UTF-8 encoding of `body`.
    public init(_ body: String, name: String = "GraphQL request") {
        self.bytes = Array(body.utf8)
        self.name = name
    }

    /// A source over raw bytes, which may not be valid UTF-8; the lexer reports where they are not.
    public init(bytes: [UInt8], name: String = "GraphQL request") {
        self.bytes = bytes
        self.name = name
    }
}

/// A line and column in a source, both counted from 1. Columns count UTF-16 code units, as
/// graphql-js does, so that locations agree with every JavaScript tool.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// Where a syntax node was written: its byte range in the source and the line and column of its
/// first character.
///
/// Locations take no part in equality or hashing: two nodes are equal when they say the same
/// thing, wherever they were written. That is what makes `parse(print(document)) == document`
/// a meaningful check.
public struct Location: Hashable, Sendable {
    /// The offset of the node's first byte in the source.
    public var start: UInt32
    /// The offset just past the node's last byte.
    public var end: UInt32
    /// The line of the first character, from 1.
    public var line: UInt32
    /// The column of the first character, from 1.
    public var column: UInt32

    public init(start: UInt32, end: UInt32, line: UInt32, column: UInt32) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    /// A placeholder for nodes built in code rather than parsed.
    public static let none = Location(start: 0, end: 0, line: 0, column: 0)

    /// The line and column of the node's first character.
    public var sourceLocation: SourceLocation { SourceLocation(line: Int(line), column: Int(column)) }

    public static func == (lhs: Location, rhs: Location) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
