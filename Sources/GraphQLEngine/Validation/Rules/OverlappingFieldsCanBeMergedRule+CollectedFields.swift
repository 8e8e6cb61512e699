// The fields each selection set selects, grouped by response name, and the fragments it spreads
// (graphql-js `getFieldsAndFragmentNames`), for OverlappingFieldsCanBeMergedRule.
//
// Performance: this runs for every selection set of every validated document, so collections
// live in a few arrays shared by the whole pass (an arena) rather than in objects and arrays of
// their own: a collection is a range of fields, a range of response-name groups and a range of
// fragments, and is identified by its position. A field is kept as its place in its selection
// set (copying a `FieldNode` costs a few reference counts, and most fields are never compared),
// and the type of its definition is looked up only when it is compared with another.

extension OverlappingFieldsCanBeMergedRule {
    /// One collected field: its place, and what most comparisons need without the node.
    struct CollectedField {
        /// The field's name (not its alias).
        let name: String
        /// Where the field is: the position of its selection set in `selectionSets`, and its
        /// own position among that set's selections.
        let selectionSet: Int32
        let selection: Int32
        let hasArguments: Bool
        let hasSelectionSet: Bool
        /// The type of the field's definition, once looked up (see `fieldType(_:)`).
        var type: GraphQLType? = nil
        var typeIsResolved = false
        /// The collection of the field's own selection set, once made, or -1.
        var subfields: Int32 = -1
        /// The next field of the same response name in the collection, or -1.
        var next: Int32 = -1
        /// The field's content class, once computed (see `ContentClasses`), or -1.
        var contentClass: Int32 = -1
    }

    /// A selection set whose fields were collected (an inline fragment's included), with the
    /// type its fields are selected on (nil when unknown).
    struct CollectedSelectionSet {
        let node: SelectionSetNode
        let parentType: GraphQLNamedType?
        /// The parent type's identity, and whether it is an object type, compared for every
        /// pair of fields without copying the type.
        let parentIdentity: ObjectIdentifier?
        let parentIsObject: Bool

        init(node: SelectionSetNode, parentType: GraphQLNamedType?) {
            self.node = node
            self.parentType = parentType
            switch parentType {
            case .object(let type): (parentIdentity, parentIsObject) = (ObjectIdentifier(type), true)
            case .interface(let type): (parentIdentity, parentIsObject) = (ObjectIdentifier(type), false)
            case .union(let type): (parentIdentity, parentIsObject) = (ObjectIdentifier(type), false)
            case .scalar(let type): (parentIdentity, parentIsObject) = (ObjectIdentifier(type), false)
            case .enumType(let type): (parentIdentity, parentIsObject) = (ObjectIdentifier(type), false)
            case .inputObject(let type): (parentIdentity, parentIsObject) = (ObjectIdentifier(type), false)
            case nil: (parentIdentity, parentIsObject) = (nil, false)
            }
        }
    }

    /// The fields of one collection sharing a response name, as a linked list through the
    /// fields, in selection order.
    struct ResponseNameGroup {
        let responseName: String
        let first: Int32
        var last: Int32
    }

    /// One selection set's fields, inline fragments flattened in, grouped by response name in
    /// the order names first appear, and the fragments it spreads (each once, in order; unknown
    /// fragments left out, as they can conflict with nothing).
    struct Collection {
        var groups: Range<Int>
        var fragments: Range<Int>
    }

    /// The document's fragment definitions by position, and which one each name refers to (the
    /// last of that name, as graphql-js's `getFragment`), with their collections once made.
    struct FragmentTable {
        private(set) var definitions: [FragmentDefinitionNode] = []
        private var ordinalsByName: [String: Int] = [:]
        /// The collection of each definition's selection set, once made.
        var collections: [Int32?] = []

        init(_ document: DocumentNode) {
            for case .fragment(let fragment) in document.definitions {
                ordinalsByName[fragment.name.value] = definitions.count
                definitions.append(fragment)
            }
            collections = Array(repeating: nil, count: definitions.count)
        }

        /// The position of the fragment a spread of `name` refers to; nil when none is defined.
        func ordinal(named name: String) -> Int? { ordinalsByName[name] }
    }
}

extension OverlappingFieldsCanBeMergedRule.ConflictFinder {
    typealias CollectedField = OverlappingFieldsCanBeMergedRule.CollectedField

    /// Past this many response names, a collection's names are looked up in a dictionary
    /// rather than searched in order.
    static let linearSearchLimit = 16

    /// The collection of a field's selection set, or of a selection set the walk visits, with
    /// fields selected on `parentType`. Cached per selection set, so whichever caller asks
    /// first decides the parent type, as in graphql-js (`getFieldsAndFragmentNames`).
    ///
    /// A parsed selection set is identified by its place: no two span the same bytes. Hashing a
    /// whole subtree is costly, so only nodes built in code, which have no place, are
    /// identified by their content.
    mutating func collection(_ selectionSet: SelectionSetNode, parentType: GraphQLNamedType?) -> Int32 {
        let location = selectionSet.location
        if location.line == 0 {
            if let cached = unplacedCache[selectionSet] { return cached }
            let collection = collect(selectionSet, parentType: parentType)
            unplacedCache[selectionSet] = collection
            return collection
        }
        let key = Int(location.start) << 32 | Int(location.end)
        if let cached = placedCache[key] { return cached }
        let collection = collect(selectionSet, parentType: parentType)
        placedCache[key] = collection
        return collection
    }

    /// The collection of the fragment definition at `ordinal`, on the type its condition names
    /// unless already made (graphql-js `getReferencedFieldsAndFragmentNames`).
    mutating func fragmentCollection(_ ordinal: Int) -> Int32 {
        if let cached = fragments.collections[ordinal] { return cached }
        let definition = fragments.definitions[ordinal]
        let parentType = typeFromAST(schema, .named(definition.typeCondition))?.namedType
        let collection = collect(definition.selectionSet, parentType: parentType)
        fragments.collections[ordinal] = collection
        return collection
    }

    /// The collection of the fragment definition at `ordinal` when the walk meets its
    /// selection set, on the walk's parent type unless already made.
    mutating func fragmentCollection(_ ordinal: Int, parentType: GraphQLNamedType?) -> Int32 {
        if let cached = fragments.collections[ordinal] { return cached }
        let collection = collect(fragments.definitions[ordinal].selectionSet, parentType: parentType)
        fragments.collections[ordinal] = collection
        return collection
    }

    /// The position of the group named `responseName` in `collection`, if it has one.
    mutating func group(named responseName: String, in collection: Int32) -> Int? {
        let groups = collections[Int(collection)].groups
        if groups.count <= Self.linearSearchLimit {
            for index in groups where self.groups[index].responseName == responseName { return index }
            return nil
        }
        if let index = groupIndexes[collection] { return index[responseName] }
        var index: [String: Int] = [:]
        for position in groups.reversed() { index[self.groups[position].responseName] = position }
        groupIndexes[collection] = index
        return index[responseName]
    }

    /// The type of the definition of the field at `position`: the field of that name of its
    /// parent object or interface type. Meta-fields (`__typename` …) have none, as graphql-js
    /// looks fields up with `getFields()`, which omits them.
    mutating func fieldType(_ position: Int) -> GraphQLType? {
        if fields[position].typeIsResolved { return fields[position].type }
        return resolveFieldType(position)
    }

    @inline(never)  // (keeps the frame of the recursive `findConflict` small)
    private mutating func resolveFieldType(_ position: Int) -> GraphQLType? {
        let name = fields[position].name
        let type: GraphQLType? =
            switch parentType(position) {
            case .object(let object): object.fieldPosition(named: name).map { object.fields[$0].type }
            case .interface(let interface): interface.fieldPosition(named: name).map { interface.fields[$0].type }
            default: nil
            }
        fields[position].type = type
        fields[position].typeIsResolved = true
        return type
    }

    /// The collection of the selection set of the field at `position`, which has one, its
    /// fields selected on the named type of the field's definition unless already collected.
    @inline(never)  // (keeps the frame of the recursive `findConflict` small)
    mutating func subfieldCollection(_ position: Int) -> Int32 {
        if fields[position].subfields >= 0 { return fields[position].subfields }
        let parentType = fieldType(position)?.namedType
        // safe: only called for fields with a selection set.
        let collection = collection(fieldNode(position).selectionSet!, parentType: parentType)
        fields[position].subfields = collection
        return collection
    }

    /// The content class of the field at `position`: fields of one class compare alike.
    mutating func contentClass(_ position: Int) -> Int32 {
        if fields[position].contentClass >= 0 { return fields[position].contentClass }
        let parent = selectionSets[Int(fields[position].selectionSet)].parentIdentity
        let contentClass = contentClasses.fieldClass(fieldNode(position), parent: parent)
        fields[position].contentClass = contentClass
        return contentClass
    }

    /// The type the field at `position` was selected on.
    func parentType(_ position: Int) -> GraphQLNamedType? {
        selectionSets[Int(fields[position].selectionSet)].parentType
    }

    /// The node of the field at `position`.
    func fieldNode(_ position: Int) -> FieldNode {
        let selectionSet = Int(fields[position].selectionSet)
        let selection = Int(fields[position].selection)
        guard case .field(let node) = selectionSets[selectionSet].node.selections[selection] else {
            preconditionFailure("collected fields point at field selections")
        }
        return node
    }

    /// Collects a selection set into a new collection (graphql-js `getFieldsAndFragmentNames`).
    private mutating func collect(_ selectionSet: SelectionSetNode, parentType: GraphQLNamedType?) -> Int32 {
        let groupStart = groups.count
        let fragmentStart = fragmentOrdinals.count
        collect(selectionSet, parentType: parentType, groupStart: groupStart, fragmentStart: fragmentStart)
        scratchGroupIndex.removeAll(keepingCapacity: true)
        collections.append(
            OverlappingFieldsCanBeMergedRule.Collection(
                groups: groupStart..<groups.count, fragments: fragmentStart..<fragmentOrdinals.count))
        return Int32(collections.count - 1)
    }

    /// graphql-js `_collectFieldsAndFragmentNames`: fields in order, inline fragments
    /// flattened in with their type condition (or the enclosing type) as the parent type.
    private mutating func collect(
        _ selectionSet: SelectionSetNode, parentType: GraphQLNamedType?, groupStart: Int, fragmentStart: Int
    ) {
        let selectionSetPosition = Int32(selectionSets.count)
        selectionSets.append(
            OverlappingFieldsCanBeMergedRule.CollectedSelectionSet(node: selectionSet, parentType: parentType))
        let selections = selectionSet.selections
        for position in selections.indices {
            switch selections[position] {
            case .field(let node):
                let field = CollectedField(
                    name: node.name.value, selectionSet: selectionSetPosition, selection: Int32(position),
                    hasArguments: !node.arguments.isEmpty, hasSelectionSet: node.selectionSet != nil)
                append(field, responseName: node.alias?.value ?? node.name.value, groupStart: groupStart)
            case .fragmentSpread(let spread):
                if let ordinal = fragments.ordinal(named: spread.name.value),
                    !fragmentOrdinals[fragmentStart...].contains(ordinal)
                {
                    fragmentOrdinals.append(ordinal)
                }
            case .inlineFragment(let fragment):
                var fragmentType = parentType
                if let typeCondition = fragment.typeCondition {
                    fragmentType = typeFromAST(schema, .named(typeCondition))?.namedType
                }
                collect(
                    fragment.selectionSet, parentType: fragmentType, groupStart: groupStart,
                    fragmentStart: fragmentStart)
            }
        }
    }

    /// Appends a field to the collection being made, at the end of its response name's group.
    private mutating func append(_ field: CollectedField, responseName: String, groupStart: Int) {
        let position = Int32(fields.count)
        fields.append(field)
        let groupCount = groups.count - groupStart
        var existing: Int?
        if groupCount <= Self.linearSearchLimit {
            for index in groupStart..<groups.count where groups[index].responseName == responseName {
                existing = index
                break
            }
            if existing == nil && groupCount == Self.linearSearchLimit {
                for index in groupStart..<groups.count { scratchGroupIndex[groups[index].responseName] = index }
            }
        } else {
            existing = scratchGroupIndex[responseName]
        }
        if let existing {
            fields[Int(groups[existing].last)].next = position
            groups[existing].last = position
            return
        }
        if groupCount >= Self.linearSearchLimit { scratchGroupIndex[responseName] = groups.count }
        groups.append(
            OverlappingFieldsCanBeMergedRule.ResponseNameGroup(
                responseName: responseName, first: position, last: position))
    }
}
