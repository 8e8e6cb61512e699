/// Where the walk is in terms of the schema: the type of the current field, the type whose
/// fields are being selected, the input type expected for the current value, and the field,
/// directive, argument and enum value definitions in scope (graphql-js `TypeInfo`).
///
/// The walk calls `enter…` before a node's callbacks and `leave…` after them. Every lookup
/// tolerates an invalid document: an unknown field or type yields `nil` rather than an error,
/// and reporting it is the business of the rules.
///
/// Performance: the stacks are updated at every node, so they skip the runtime exclusivity
/// checks (`@exclusivity(unchecked)`); that is safe because a `TypeInfo` belongs to one walk on
/// one thread and no access to a stack ever overlaps another. Field definitions are held by
/// reference (`FieldDefinitionReference`), as copying a `GraphQLField` at every field costs a
/// dozen reference counts.
final class TypeInfo {
    let schema: GraphQLSchema
    @exclusivity(unchecked) private var typeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var parentTypeStack: [GraphQLNamedType?] = []
    @exclusivity(unchecked) private var inputTypeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var fieldDefStack: [FieldDefinitionReference?] = []
    @exclusivity(unchecked) private var defaultValueStack: [ValueNode?] = []
    @exclusivity(unchecked) private(set) var directive: GraphQLDirective?
    @exclusivity(unchecked) private(set) var argument: GraphQLInputValue?
    @exclusivity(unchecked) private(set) var enumValue: GraphQLEnumValue?

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    /// The output type of the current field, operation or fragment.
    var type: GraphQLType? { typeStack.last ?? nil }
    /// The composite type whose selection set is being visited.
    var parentType: GraphQLNamedType? { parentTypeStack.last ?? nil }
    /// The input type expected where the current value stands.
    var inputType: GraphQLType? { inputTypeStack.last ?? nil }
    /// The input type of the enclosing value: the list or input object holding the current one.
    var parentInputType: GraphQLType? {
        inputTypeStack.count > 1 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }
    /// The definition of the current field.
    var fieldDef: GraphQLField? { (fieldDefStack.last ?? nil)?.field }
    /// Whether the current field's definition is known; cheaper than `fieldDef`, which copies it.
    var hasFieldDef: Bool { (fieldDefStack.last ?? nil) != nil }
    /// The argument definitions of the current field, when its definition is known.
    var fieldArguments: [GraphQLInputValue]? { (fieldDefStack.last ?? nil)?.arguments }
    /// The default value of the current argument or input field; nil when it has none (and in
    /// list items, which never have one).
    var defaultValue: ValueNode? { defaultValueStack.last ?? nil }

    // MARK: Executable nodes

    func enterSelectionSet() {
        let named = type?.namedType
        parentTypeStack.append(named?.isCompositeType == true ? named : nil)
    }
    func leaveSelectionSet() { parentTypeStack.removeLast() }

    func enterField(_ node: FieldNode) {
        let fieldDef = parentType.flatMap { Self.fieldDefinition(schema, $0, node.name.value) }
        fieldDefStack.append(fieldDef)
        typeStack.append(fieldDef.flatMap { $0.type.isOutputType ? $0.type : nil })
    }
    func leaveField() {
        fieldDefStack.removeLast()
        typeStack.removeLast()
    }

    func enterDirective(_ node: DirectiveNode) { directive = schema.directive(named: node.name.value) }
    func leaveDirective() { directive = nil }

    func enterOperationDefinition(_ node: OperationDefinitionNode) {
        typeStack.append(schema.rootType(for: node.operation).map { .named(.object($0)) })
    }
    func leaveOperationDefinition() { typeStack.removeLast() }

    /// An inline fragment or fragment definition: its type condition, or else the enclosing type.
    func enterFragment(typeCondition: NamedTypeNode?) {
        var type: GraphQLType?
        if let typeCondition {
            type = typeFromAST(schema, .named(typeCondition))
        } else {
            type = self.type.map { .named($0.namedType) }
        }
        typeStack.append(type.flatMap { $0.isOutputType ? $0 : nil })
    }
    func leaveFragment() { typeStack.removeLast() }

    func enterVariableDefinition(_ node: VariableDefinitionNode) {
        let type = typeFromAST(schema, node.type)
        inputTypeStack.append(type.flatMap { $0.isInputType ? $0 : nil })
    }
    func leaveVariableDefinition() { inputTypeStack.removeLast() }

    func enterArgument(_ node: ArgumentNode) {
        let definitions = directive?.arguments ?? (fieldDefStack.last ?? nil)?.arguments ?? []
        let name = node.name.value
        let argument = definitions.indices.first { definitions[$0].name == name }.map { definitions[$0] }
        self.argument = argument
        defaultValueStack.append(argument?.defaultValue)
        inputTypeStack.append(argument.flatMap { $0.type.isInputType ? $0.type : nil })
    }
    func leaveArgument() {
        argument = nil
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    // MARK: Values

    func enterListValue() {
        let listType = inputType?.nullableType
        let itemType: GraphQLType? =
            if case .list(let item) = listType { item } else { listType }
        // List positions never have a default value.
        defaultValueStack.append(nil)
        inputTypeStack.append(itemType.flatMap { $0.isInputType ? $0 : nil })
    }
    func leaveListValue() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    func enterObjectField(_ node: ObjectFieldNode) {
        var field: GraphQLInputValue?
        if case .inputObject(let objectType) = inputType?.namedType {
            field = objectType.field(named: node.name.value)
        }
        defaultValueStack.append(field?.defaultValue)
        inputTypeStack.append(field.flatMap { $0.type.isInputType ? $0.type : nil })
    }
    func leaveObjectField() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    func enterEnumValue(_ name: String) {
        if case .enumType(let enumType) = inputType?.namedType {
            enumValue = enumType.value(named: name)
        } else {
            enumValue = nil
        }
    }
    func leaveEnumValue() { enumValue = nil }

    /// The field `name` of `parentType`, meta-fields included (graphql-js `getFieldDef` in
    /// `TypeInfo`): `__schema` and `__type` on the query type, `__typename` on any composite type.
    static func fieldDefinition(
        _ schema: GraphQLSchema, _ parentType: GraphQLNamedType, _ name: String
    ) -> FieldDefinitionReference? {
        if name.utf8.first == UInt8(ascii: "_") {
            var isQueryType = false
            if case .object(let object) = parentType, object === schema.queryType { isQueryType = true }
            if name == "__schema" && isQueryType { return .schemaMetaField }
            if name == "__type" && isQueryType { return .typeMetaField }
            if name == "__typename" && parentType.isCompositeType { return .typeNameMetaField }
        }
        switch parentType {
        case .object(let object): return object.fieldPosition(named: name).map { .object(object, $0) }
        case .interface(let interface): return interface.fieldPosition(named: name).map { .interface(interface, $0) }
        default: return nil
        }
    }
}

/// A field definition found by `TypeInfo`: its type and position, or one of the meta-fields.
enum FieldDefinitionReference {
    case object(GraphQLObjectType, Int)
    case interface(GraphQLInterfaceType, Int)
    case schemaMetaField, typeMetaField, typeNameMetaField

    /// A copy of the definition.
    var field: GraphQLField {
        switch self {
        case .object(let object, let position): object.fields[position]
        case .interface(let interface, let position): interface.fields[position]
        case .schemaMetaField: GraphQLField.schemaMetaField
        case .typeMetaField: GraphQLField.typeMetaField
        case .typeNameMetaField: GraphQLField.typeNameMetaField
        }
    }

    /// The field's type.
    var type: GraphQLType {
        switch self {
        case .object(let object, let position): object.fields[position].type
        case .interface(let interface, let position): interface.fields[position].type
        default: field.type
        }
    }

    /// The field's argument definitions.
    var arguments: [GraphQLInputValue] {
        switch self {
        case .object(let object, let position): object.fields[position].arguments
        case .interface(let interface, let position): interface.fields[position].arguments
        default: field.arguments
        }
    }
}
