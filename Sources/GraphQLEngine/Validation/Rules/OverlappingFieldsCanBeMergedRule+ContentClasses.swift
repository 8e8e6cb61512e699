// Content classes for OverlappingFieldsCanBeMergedRule: fields written alike, wherever they are,
// share a class, so that a comparison made once stands for every pair of fields of the same two
// classes (see `ConflictFinder.collectConflicts(_:exclusive:responseName:_:_:within:)`).
//
// A field's class is its parent type and its shape: alias, name, arguments (as bytes, the way
// graphql-js compares them) and the shape of its selection set, places left out. Directives play
// no part: the rule never reads them. Shapes are interned, so a selection set's shape is a list
// of small integers, computed once per node and cached by place: the cost is linear in the
// document, however often a subtree is repeated.

extension OverlappingFieldsCanBeMergedRule {
    /// One selection with its place left out, its selection set (if any) by shape number (-1
    /// for none).
    enum SelectionShape: Hashable {
        case field(alias: String?, name: String, arguments: [UInt8], selectionSet: Int32)
        case fragmentSpread(name: String)
        case inlineFragment(typeCondition: String?, selectionSet: Int32)
        /// A selection that must not share its class with any other (see
        /// `ContentClasses.shape(of:)`), numbered in order of appearance.
        case unique(Int32)
    }

    /// The interned shapes and classes of one validation pass.
    struct ContentClasses {
        private var selectionShapes: [SelectionShape: Int32] = [:]
        private var selectionSetShapes: [[Int32]: Int32] = [:]
        private var selectionSetShapesByPlace: [Int: Int32] = [:]
        private var fieldClasses: [FieldClassKey: Int32] = [:]
        private var uniqueCount: Int32 = 0

        private struct FieldClassKey: Hashable {
            let parent: ObjectIdentifier?
            let shape: Int32
        }

        /// The class of `field` selected on the type identified by `parent`.
        mutating func fieldClass(_ field: FieldNode, parent: ObjectIdentifier?) -> Int32 {
            let key = FieldClassKey(parent: parent, shape: shape(of: field))
            if let known = fieldClasses[key] { return known }
            let new = Int32(fieldClasses.count)
            fieldClasses[key] = new
            return new
        }

        /// The shape number of a field.
        ///
        /// A meta-field with a selection set (`__schema { … }`, `__type { … }`) is unique: the
        /// type its subfields are collected on depends on whether the walk or a comparison met
        /// them first (the walk knows meta-fields; the comparison, like graphql-js's, does not),
        /// so two of them written alike need not compare alike.
        private mutating func shape(of field: FieldNode) -> Int32 {
            let shape: SelectionShape
            if let selectionSet = field.selectionSet {
                if field.name.value.hasPrefix("__") {
                    uniqueCount += 1
                    shape = .unique(uniqueCount)
                } else {
                    shape = .field(
                        alias: field.alias?.value, name: field.name.value, arguments: Self.bytes(field.arguments),
                        selectionSet: self.shape(of: selectionSet))
                }
            } else {
                shape = .field(
                    alias: field.alias?.value, name: field.name.value, arguments: Self.bytes(field.arguments),
                    selectionSet: -1)
            }
            return intern(shape)
        }

        /// The shape number of a selection set: equal numbers, equal selections in equal order.
        private mutating func shape(of selectionSet: SelectionSetNode) -> Int32 {
            // Parsed nodes of one kind never span the same bytes; nodes built in code (no place)
            // are not cached.
            let location = selectionSet.location
            let place = location.line == 0 ? nil : Int(location.start) << 32 | Int(location.end)
            if let place, let known = selectionSetShapesByPlace[place] { return known }
            var selections: [Int32] = []
            selections.reserveCapacity(selectionSet.selections.count)
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    selections.append(shape(of: field))
                case .fragmentSpread(let spread):
                    selections.append(intern(.fragmentSpread(name: spread.name.value)))
                case .inlineFragment(let fragment):
                    selections.append(
                        intern(
                            .inlineFragment(
                                typeCondition: fragment.typeCondition?.name.value,
                                selectionSet: shape(of: fragment.selectionSet))))
                }
            }
            let number: Int32
            if let known = selectionSetShapes[selections] {
                number = known
            } else {
                number = Int32(selectionSetShapes.count)
                selectionSetShapes[selections] = number
            }
            if let place { selectionSetShapesByPlace[place] = number }
            return number
        }

        private mutating func intern(_ shape: SelectionShape) -> Int32 {
            if let known = selectionShapes[shape] { return known }
            let new = Int32(selectionShapes.count)
            selectionShapes[shape] = new
            return new
        }

        /// The arguments as printed, as bytes: two lists print alike exactly when graphql-js
        /// treats them alike without sorting, and Swift's `==` on strings would equate text
        /// that differs in bytes (Unicode equivalence).
        private static func bytes(_ arguments: [ArgumentNode]) -> [UInt8] {
            if arguments.isEmpty { return [] }
            var bytes: [UInt8] = []
            for argument in arguments {
                bytes.append(contentsOf: argument.name.value.utf8)
                bytes.append(UInt8(ascii: ":"))
                bytes.append(contentsOf: printValue(argument.value).utf8)
                bytes.append(UInt8(ascii: ","))
            }
            return bytes
        }
    }
}
