import GraphQLEngine

/// The arguments of a Relay connection field (Relay's "Cursor Connections Specification",
/// §4 "Arguments"): `first`/`after` to page forwards, `last`/`before` to page backwards.
///
/// Every list is bounded so that an operation's cost is known before it runs: a page has at
/// most `maximumPageSize` items, and the schema gives `first` a default.
struct ConnectionArguments: Hashable, Sendable {
    /// The page size when neither `first` nor `last` is given.
    static let defaultPageSize = 10
    /// The largest page a client may ask for.
    static let maximumPageSize = 100

    var first: Int?
    var after: String?
    var last: Int?
    var before: String?

    /// The arguments of the field being resolved, checked: `BAD_USER_INPUT` for a negative or
    /// too large `first` or `last`, or both given.
    init(_ input: ResolverInput) throws {
        first = input[argument: "first"].flatMap(\.intValue)
        after = input[argument: "after"].flatMap(\.stringValue)
        last = input[argument: "last"].flatMap(\.intValue)
        before = input[argument: "before"].flatMap(\.stringValue)
        let field = "\(input.info.parentType.name).\(input.info.fieldName)"
        if first != nil, last != nil {
            throw APIError.badInput(
                "\(field) takes `first` (with `after`) or `last` (with `before`), not both; page forwards or backwards."
            )
        }
        if last != nil { first = nil }
        for (name, value) in [("first", first), ("last", last)] {
            guard let value else { continue }
            guard (0...Self.maximumPageSize).contains(value) else {
                throw APIError.badInput(
                    "\(field) was asked for \(name): \(value); it must be between 0 and \(Self.maximumPageSize). Ask for more pages with `after`/`before` and the cursors of `pageInfo`."
                )
            }
        }
        if first == nil, last == nil { first = Self.defaultPageSize }
    }

    /// Arguments for tests and internal callers.
    init(first: Int? = nil, after: String? = nil, last: Int? = nil, before: String? = nil) {
        self.first = first
        self.after = after
        self.last = last
        self.before = before
    }

    /// How many items the page holds at most.
    var limit: Int { last ?? first ?? Self.defaultPageSize }

    /// Whether the page is taken from the end (`last`).
    var fromEnd: Bool { last != nil }
}

extension InputValue {
    /// The value as an `Int`, when it is one.
    var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The value as a `String` (or an `ID`), when it is one.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value as a list of strings (IDs, codes), skipping anything else.
    var stringList: [String]? {
        if case .list(let items) = self { return items.compactMap(\.stringValue) }
        return nil
    }

    /// The value as an enum value's name.
    var enumName: String? {
        if case .enumValue(let name) = self { return name }
        return nil
    }

    /// The value as a Boolean.
    var boolValue: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }
}
