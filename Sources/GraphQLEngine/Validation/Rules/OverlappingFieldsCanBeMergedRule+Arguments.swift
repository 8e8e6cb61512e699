// Argument comparison for OverlappingFieldsCanBeMergedRule, as graphql-js 16 does it
// (`stringifyArguments`): two fields have the same arguments when their arguments, read as one
// input object with every object's fields sorted by name (`sortValueNode`), print the same.
// Variables compare by name; default values play no part.

extension OverlappingFieldsCanBeMergedRule.ConflictFinder {
    /// Whether two fields' arguments are the same for graphql-js 16. Arguments written alike, in
    /// the same order, are the same without printing anything; others are sorted and printed.
    static func haveSameArguments(_ arguments1: [ArgumentNode], _ arguments2: [ArgumentNode]) -> Bool {
        if arguments1.isEmpty && arguments2.isEmpty { return true }
        if arguments1.count == arguments2.count
            && zip(arguments1, arguments2).allSatisfy({ $0.name.value == $1.name.value && same($0.value, $1.value) })
        {
            return true
        }
        // Byte for byte, as JavaScript compares strings: Swift's `==` would equate "é" written
        // as one code point and as two.
        return sortedAndPrinted(arguments1).utf8.elementsEqual(sortedAndPrinted(arguments2).utf8)
    }

    /// Whether two values are written alike (strings compared by their UTF-8 bytes, as printing
    /// them would, not by Unicode equivalence as Swift's `==` does).
    private static func same(_ value1: ValueNode, _ value2: ValueNode) -> Bool {
        switch (value1, value2) {
        case (.variable(let variable1), .variable(let variable2)):
            return variable1.name.value == variable2.name.value
        case (.int(let text1, _), .int(let text2, _)), (.float(let text1, _), .float(let text2, _)),
            (.enumValue(let text1, _), .enumValue(let text2, _)):
            return text1.utf8.elementsEqual(text2.utf8)
        case (.string(let text1, let block1, _), .string(let text2, let block2, _)):
            return block1 == block2 && text1.utf8.elementsEqual(text2.utf8)
        case (.boolean(let flag1, _), .boolean(let flag2, _)):
            return flag1 == flag2
        case (.null, .null):
            return true
        case (.list(let values1, _), .list(let values2, _)):
            return values1.count == values2.count && zip(values1, values2).allSatisfy { same($0, $1) }
        case (.object(let fields1, _), .object(let fields2, _)):
            return fields1.count == fields2.count
                && zip(fields1, fields2).allSatisfy { $0.name.value == $1.name.value && same($0.value, $1.value) }
        default:
            return false
        }
    }

    /// The arguments printed as one input object, sorted (graphql-js `stringifyArguments`).
    private static func sortedAndPrinted(_ arguments: [ArgumentNode]) -> String {
        let fields = arguments.map { ObjectFieldNode(name: $0.name, value: $0.value) }
        return printValue(sorted(.object(fields, .none)))
    }

    /// The value with the fields of every input object in it sorted by name, in natural order,
    /// fields of the same name keeping their order (graphql-js `sortValueNode`).
    private static func sorted(_ value: ValueNode) -> ValueNode {
        switch value {
        case .object(let fields, let location):
            let sortedFields = fields.enumerated()
                .map { (position: $0, field: ObjectFieldNode(name: $1.name, value: sorted($1.value))) }
                .sorted { a, b in
                    let order = naturalCompare(a.field.name.value, b.field.name.value)
                    return order != 0 ? order < 0 : a.position < b.position
                }
                .map(\.field)
            return .object(sortedFields, location)
        case .list(let values, let location):
            return .list(values.map(sorted), location)
        default:
            return value
        }
    }
}
