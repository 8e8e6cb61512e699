import Synchronization

// The execution plan: what the executor would otherwise work out again for every object of
// every request — the fields collected per selection set and object type (spec §6.3.2), their
// definitions and resolvers, constant arguments already coerced (§6.4.1), and how each value
// is completed (§6.4.3). It depends only on the document, the schema and the values of the
// variables `@skip`/`@include` read, so it is cached with the parsed document and shared by
// concurrent requests. Sub-plans are built the first time a value needs them.

/// The plan of one operation, for one assignment of the variables `@skip`/`@include` read.
final class OperationPlan: Sendable {
    let schema: GraphQLSchema
    let operation: OperationDefinitionNode
    let fragments: [String: FragmentDefinitionNode]
    let rootType: GraphQLObjectType
    let root: SelectionPlan
    /// How many values the last execution of this plan wrote: the next one reserves that much
    /// room at once instead of growing its response tree step by step.
    let responseSizeHint = Atomic<Int>(0)

    init(
        schema: GraphQLSchema, operation: OperationDefinitionNode,
        fragments: [String: FragmentDefinitionNode], rootType: GraphQLObjectType,
        conditionValues: [String: InputValue]
    ) {
        self.schema = schema
        self.operation = operation
        self.fragments = fragments
        self.rootType = rootType
        let planner = Planner(
            collector: FieldCollector(schema: schema, fragments: fragments, variables: conditionValues))
        self.root = planner.selectionPlan(rootType, CollectionOfOne(operation.selectionSet))
    }

    /// `plan` with another root selection: a subscription's events resolve its root field
    /// differently from a query's.
    init(_ plan: OperationPlan, root: SelectionPlan) {
        self.schema = plan.schema
        self.operation = plan.operation
        self.fragments = plan.fragments
        self.rootType = plan.rootType
        self.root = root
    }
}

/// The fields one selection set asks of one object type, in response order.
final class SelectionPlan: Sendable {
    let objectType: GraphQLObjectType
    let fields: [FieldPlan]
    /// `fields` again, unretained: the executor's loop over an object's fields borrows each
    /// plan (`fields` keeps them alive) instead of counting a reference per field.
    let unretainedFields: [Unmanaged<FieldPlan>]
    /// Whether each field's type is non-null, in field order: the links of an object's slots.
    let fieldIsNonNull: [Bool]
    /// What JSON writes before each field's value, one after the other: `{"first":` for the
    /// first field, `,"next":` for the others.
    let jsonKeys: [UInt8]
    /// Where each field's part of `jsonKeys` ends.
    let jsonKeyEnds: [Int]

    init(objectType: GraphQLObjectType, fields: [FieldPlan]) {
        self.objectType = objectType
        self.fields = fields
        self.unretainedFields = fields.map(Unmanaged.passUnretained)
        self.fieldIsNonNull = fields.map(\.completion.isNonNull)
        var keys: [UInt8] = []
        var ends: [Int] = []
        for (offset, field) in fields.enumerated() {
            keys.append(offset == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
            keys += field.jsonKey
            ends.append(keys.count)
        }
        self.jsonKeys = keys
        self.jsonKeyEnds = ends
    }
}

/// One response key of a selection plan: the field to resolve and how to complete its value.
final class FieldPlan: Sendable {
    /// How the field's value is found.
    enum Action: Sendable {
        case resolve(FieldResolver.Body)
        /// The default resolver: read the field by name from an `ObjectValue` parent.
        case readByName
        /// `__typename`: the name of the object type, no resolver needed (spec §4.1).
        case typename
    }

    /// The field's arguments, coerced once when they are constants.
    enum Arguments: Sendable {
        case constant([String: InputValue])
        /// Some argument reads a variable: coerced again for every request.
        case perRequest
        /// Coercion fails whatever the variables; a field error every time.
        case invalid(GraphQLError)
    }

    /// What the executor does first, without copying `action`'s payload.
    enum Step: Sendable {
        case resolveSync, resolveAsync, readByName, typename
    }

    let responseKey: String
    /// `"key":` as JSON bytes, written before the field's value.
    let jsonKey: [UInt8]
    let parentType: GraphQLObjectType
    let definition: GraphQLField
    let fieldNodes: [FieldNode]
    let action: Action
    let step: Step
    /// The synchronous resolver when `step` is `.resolveSync` (a stored closure is called
    /// without retaining it, where one bound out of `action` is copied).
    let resolveSync: FieldResolver.Sync
    let arguments: Arguments
    /// The field takes no arguments at all (`arguments` is an empty constant): the case the
    /// executor checks first, without copying `arguments`.
    let takesNoArguments: Bool
    let completion: Completion

    init(
        responseKey: String, parentType: GraphQLObjectType, definition: GraphQLField,
        fieldNodes: [FieldNode], action: Action, arguments: Arguments, completion: Completion
    ) {
        self.responseKey = responseKey
        var key = JSONWriter()
        key.writeString(responseKey)
        key.writeByte(UInt8(ascii: ":"))
        self.jsonKey = key.bytes
        self.parentType = parentType
        self.definition = definition
        self.fieldNodes = fieldNodes
        self.action = action
        switch action {
        case .resolve(.sync(let resolve)):
            step = .resolveSync
            resolveSync = resolve
        case .resolve(.async):
            step = .resolveAsync
            resolveSync = FieldPlan.unused
        case .readByName:
            step = .readByName
            resolveSync = FieldPlan.unused
        case .typename:
            step = .typename
            resolveSync = FieldPlan.unused
        }
        self.arguments = arguments
        if case .constant(let constant) = arguments, constant.isEmpty {
            self.takesNoArguments = true
        } else {
            self.takesNoArguments = false
        }
        self.completion = completion
    }

    /// `resolveSync` of the fields that have no synchronous resolver; never called.
    private static let unused: FieldResolver.Sync = { _ in .null }

    /// Where the field is written in the document, for its errors.
    var locations: [SourceLocation] {
        fieldNodes.compactMap { $0.location.line == 0 ? nil : $0.location.sourceLocation }
    }
}

/// How a resolved value is completed to a field's type (spec §6.4.3 `CompleteValue`), the
/// type's wrappers unrolled once at planning time.
final class Completion: Sendable {
    enum Kind: Sendable {
        /// A scalar or an enum: result coercion, skipped when a built-in scalar's value
        /// already has its output form.
        case leaf(GraphQLNamedType, BuiltInOutput)
        /// An object type: its sub-selection.
        case object(ObjectSelection)
        /// An interface or a union: the runtime type is resolved first.
        case abstract(AbstractSelection)
        /// A list of items completed by the inner completion.
        case list(Completion)
    }

    let isNonNull: Bool
    let kind: Kind
    /// For a built-in scalar, the values it writes as they are; `.none` for every other kind.
    /// Read before `kind`, so that the most common value, a built-in scalar already in its
    /// output form, is written without copying the kind's payload.
    let builtInOutput: BuiltInOutput
    /// For an enum, the names of its values: a value naming one of them is its own result
    /// coercion (spec §3.9), checked here without the type's locks and linear search.
    let enumValueNames: Set<String>

    init(isNonNull: Bool, kind: Kind) {
        self.isNonNull = isNonNull
        self.kind = kind
        switch kind {
        case .leaf(.enumType(let enumType), _):
            builtInOutput = .none
            enumValueNames = Set(enumType.values.map(\.name))
        case .leaf(_, let builtIn):
            builtInOutput = builtIn
            enumValueNames = []
        default:
            builtInOutput = .none
            enumValueNames = []
        }
    }
}

/// The sub-selection of fields of an object type, planned when first needed.
final class ObjectSelection: Sendable {
    let objectType: GraphQLObjectType
    private let fieldNodes: [FieldNode]
    private let planner: Planner
    /// The plan once made, retained by this selection. Read for every object of the response:
    /// an inlined atomic load, where `AtomicLazyReference` is a generic call into the runtime.
    private let cached = Atomic<Unmanaged<SelectionPlan>?>(nil)

    init(objectType: GraphQLObjectType, fieldNodes: [FieldNode], planner: Planner) {
        self.objectType = objectType
        self.fieldNodes = fieldNodes
        self.planner = planner
    }

    deinit {
        cached.load(ordering: .acquiring)?.release()
    }

    var plan: SelectionPlan {
        if let plan = cached.load(ordering: .acquiring) { return plan.takeUnretainedValue() }
        let made = Unmanaged.passRetained(planner.selectionPlan(objectType, fieldNodes.lazy.compactMap(\.selectionSet)))
        let (stored, existing) = cached.compareExchange(expected: nil, desired: made, ordering: .acquiringAndReleasing)
        guard !stored, let existing else { return made.takeUnretainedValue() }
        // Another request planned it first: use that plan and drop this one.
        made.release()
        return existing.takeUnretainedValue()
    }
}

/// The sub-selections of fields of an interface or union type, one per runtime object type,
/// each planned when a value of that type first appears.
final class AbstractSelection: Sendable {
    let abstractType: GraphQLNamedType
    private let fieldNodes: [FieldNode]
    private let planner: Planner
    private let plans = Mutex<[ObjectIdentifier: SelectionPlan]>([:])

    init(abstractType: GraphQLNamedType, fieldNodes: [FieldNode], planner: Planner) {
        self.abstractType = abstractType
        self.fieldNodes = fieldNodes
        self.planner = planner
    }

    func plan(for objectType: GraphQLObjectType) -> SelectionPlan {
        let id = ObjectIdentifier(objectType)
        if let plan = plans.withLock({ $0[id] }) { return plan }
        // Planned outside the lock; when two requests race, the first stored plan wins.
        let plan = planner.selectionPlan(objectType, fieldNodes.lazy.compactMap(\.selectionSet))
        return plans.withLock { plans in
            if let existing = plans[id] { return existing }
            plans[id] = plan
            return plan
        }
    }
}

/// Builds selection plans: collects fields, looks up their definitions and resolvers, coerces
/// constant arguments and unrolls return types.
final class Planner: Sendable {
    let collector: FieldCollector

    init(collector: FieldCollector) {
        self.collector = collector
    }

    func selectionPlan(
        _ objectType: GraphQLObjectType, _ selectionSets: some Sequence<SelectionSetNode>
    ) -> SelectionPlan {
        let collected = collector.collectFields(objectType, selectionSets)
        var fields: [FieldPlan] = []
        fields.reserveCapacity(collected.keys.count)
        for (key, nodes) in zip(collected.keys, collected.fieldNodes) {
            // Fields the type does not have are left out, as graphql-js does for documents
            // that skipped validation.
            guard let plan = fieldPlan(objectType, key, nodes) else { continue }
            fields.append(plan)
        }
        return SelectionPlan(objectType: objectType, fields: fields)
    }

    private func fieldPlan(_ parentType: GraphQLObjectType, _ key: String, _ nodes: [FieldNode]) -> FieldPlan? {
        let name = nodes[0].name.value  // safe: collected keys have at least one node
        let definition: GraphQLField
        let action: FieldPlan.Action
        if name == "__typename" {
            definition = .typeNameMetaField
            action = .typename
        } else if let position = parentType.fieldPosition(named: name) {
            definition = parentType.fields[position]
            action = definition.resolve.map { .resolve($0.body) } ?? .readByName
        } else if parentType === collector.schema.queryType,
            let meta = name == "__schema" ? GraphQLField.schemaMetaField : name == "__type" ? .typeMetaField : nil
        {
            definition = meta
            action = meta.resolve.map { .resolve($0.body) } ?? .readByName
        } else {
            return nil
        }
        return FieldPlan(
            responseKey: key, parentType: parentType, definition: definition, fieldNodes: nodes,
            action: action, arguments: constantArguments(definition, nodes[0]),
            completion: completion(definition.type, nodes))
    }

    private func constantArguments(_ definition: GraphQLField, _ node: FieldNode) -> FieldPlan.Arguments {
        if definition.arguments.isEmpty { return .constant([:]) }
        if node.arguments.contains(where: { $0.value.containsVariable }) { return .perRequest }
        do throws(GraphQLError) {
            return .constant(
                try argumentValues(
                    definitions: definition.arguments, arguments: node.arguments, nodeLocation: node.location,
                    variables: nil))
        } catch {
            return .invalid(error)
        }
    }

    private func completion(_ type: GraphQLType, _ nodes: [FieldNode]) -> Completion {
        switch type {
        case .nonNull(let inner):
            return Completion(isNonNull: true, kind: completion(inner, nodes).kind)
        case .list(let item):
            return Completion(isNonNull: false, kind: .list(completion(item, nodes)))
        case .named(let named):
            switch named {
            case .object(let object):
                return Completion(
                    isNonNull: false, kind: .object(ObjectSelection(objectType: object, fieldNodes: nodes, planner: self)))
            case .interface, .union:
                return Completion(
                    isNonNull: false,
                    kind: .abstract(AbstractSelection(abstractType: named, fieldNodes: nodes, planner: self)))
            case .scalar, .enumType, .inputObject:
                return Completion(isNonNull: false, kind: .leaf(named, BuiltInOutput(named)))
            }
        }
    }
}

/// The values a built-in scalar's result coercion returns unchanged (spec §3.5.1–§3.5.5), so
/// the executor can skip calling it for them.
enum BuiltInOutput: Sendable {
    case int, float, string, boolean
    /// Not a built-in scalar: always coerce.
    case none

    init(_ type: GraphQLNamedType) {
        guard case .scalar(let scalar) = type else {
            self = .none
            return
        }
        if scalar === GraphQLScalarType.string || scalar === GraphQLScalarType.id {
            self = .string
        } else if scalar === GraphQLScalarType.int {
            self = .int
        } else if scalar === GraphQLScalarType.float {
            self = .float
        } else if scalar === GraphQLScalarType.boolean {
            self = .boolean
        } else {
            self = .none
        }
    }

    /// Whether coercing `value` would return it unchanged.
    func isOutputForm(_ value: InputValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.boolean, .boolean): true
        case (.int, .int(let number)): Int(Int32.min)...Int(Int32.max) ~= number
        case (.float, .float(let number)): number.isFinite
        default: false
        }
    }
}

extension ValueNode {
    /// Whether a variable appears anywhere in this value.
    var containsVariable: Bool {
        switch self {
        case .variable: true
        case .list(let items, _): items.contains { $0.containsVariable }
        case .object(let fields, _): fields.contains { $0.value.containsVariable }
        default: false
        }
    }
}
