/// Walks a document once, depth first in source order, calling every visitor's typed callbacks
/// for each node and keeping the shared `TypeInfo` up to date (graphql-js `visit` with
/// `visitInParallel` and `visitWithTypeInfo`).
///
/// A visitor is called only for the kinds of node it lists in `visitedNodeKinds`, as
/// graphql-js's `visitInParallel` calls only the functions a visitor has; on GitHub's schema and
/// the introspection query most rules care about a few kinds, and calling every rule at every
/// node cost more than the rules' own work. Each visitor may skip a subtree for itself
/// (`VisitAction.skipChildren`) without affecting the others. When the context's error limit is
/// reached the walk stops at once.
struct DocumentWalker {
    /// Thrown through the walk when the context has been aborted.
    struct Aborted: Error {}

    private var visitors: [any ValidationVisitor]
    private let typeInfo: TypeInfo?
    private let context: ASTValidationContext
    /// The indices of the visitors of each kind of node, in order: those of kind `k` are
    /// `visitorsByKind[kindStart[k]..<kindStart[k + 1]]`.
    private let visitorsByKind: [Int]
    private let kindStart: [Int]
    /// Whether some visitor has callbacks for values or object fields; values are not walked
    /// otherwise.
    private let walksValues: Bool
    /// For each visitor, the depth of the node whose subtree it skips, or 0.
    private var skipDepth: [Int]
    /// The visitors skipping a subtree, innermost last.
    private var skipping: [Int] = []
    private var depth = 0

    init(visitors: [any ValidationVisitor], typeInfo: TypeInfo?, context: ASTValidationContext) {
        self.visitors = visitors
        self.typeInfo = typeInfo
        self.context = context
        self.skipDepth = Array(repeating: 0, count: visitors.count)
        let kinds = visitors.map { type(of: $0).visitedNodeKinds }
        var visitorsByKind: [Int] = []
        var kindStart: [Int] = []
        for kind in NodeKind.allCases {
            kindStart.append(visitorsByKind.count)
            let bit = VisitedNodeKinds(kind)
            visitorsByKind += kinds.indices.filter { kinds[$0].contains(bit) }
        }
        kindStart.append(visitorsByKind.count)
        self.visitorsByKind = visitorsByKind
        self.kindStart = kindStart
        self.walksValues = kinds.contains { !$0.isDisjoint(with: [.value, .objectField]) }
    }

    /// Visits the whole document; returns early if the context aborts.
    mutating func walk(_ document: DocumentNode) {
        do throws(Aborted) {
            try walkDocument(document)
        } catch {
            return
        }
    }

    /// Visits one operation and everything inside it.
    mutating func walk(_ operation: OperationDefinitionNode) {
        do throws(Aborted) { try walkOperation(operation) } catch { return }
    }

    /// Visits one fragment definition and everything inside it.
    mutating func walk(_ fragment: FragmentDefinitionNode) {
        do throws(Aborted) { try walkFragmentDefinition(fragment) } catch { return }
    }

    // MARK: Dispatch

    @inline(__always)
    private mutating func enter(
        _ kind: NodeKind, _ call: (inout any ValidationVisitor) -> VisitAction
    ) throws(Aborted) {
        depth += 1
        for position in kindStart[kind.rawValue]..<kindStart[kind.rawValue + 1] {
            let index = visitorsByKind[position]
            if skipDepth[index] == 0 && call(&visitors[index]) == .skipChildren {
                skipDepth[index] = depth
                skipping.append(index)
            }
        }
        // Checked once per node: a rule called after the limit was reached only adds reports
        // that the context ignores.
        if context.isAborted { throw Aborted() }
    }

    @inline(__always)
    private mutating func leave(_ kind: NodeKind, _ call: (inout any ValidationVisitor) -> Void) throws(Aborted) {
        for position in kindStart[kind.rawValue]..<kindStart[kind.rawValue + 1] {
            let index = visitorsByKind[position]
            if skipDepth[index] == 0 { call(&visitors[index]) }
        }
        // The visitors that skipped this node's subtree see the walk again.
        while let index = skipping.last, skipDepth[index] == depth {
            skipDepth[index] = 0
            skipping.removeLast()
        }
        depth -= 1
        if context.isAborted { throw Aborted() }
    }

    // MARK: Executable definitions

    private mutating func walkDocument(_ node: DocumentNode) throws(Aborted) {
        try enter(.document) { $0.enterDocument(node) }
        for definition in node.definitions {
            context.isWithinTypeSystemDefinition = !definition.isExecutable
            switch definition {
            case .operation(let operation): try walkOperation(operation)
            case .fragment(let fragment): try walkFragmentDefinition(fragment)
            case .schema(let schema): try walkSchemaDefinition(schema, isExtension: false)
            case .schemaExtension(let schema): try walkSchemaDefinition(schema, isExtension: true)
            case .type(let type): try walkTypeDefinition(type, isExtension: false)
            case .typeExtension(let type): try walkTypeDefinition(type, isExtension: true)
            case .directive(let directive): try walkDirectiveDefinition(directive)
            }
        }
        context.isWithinTypeSystemDefinition = false
        try leave(.document) { $0.leaveDocument(node) }
    }

    private mutating func walkOperation(_ node: OperationDefinitionNode) throws(Aborted) {
        typeInfo?.enterOperationDefinition(node)
        try enter(.operationDefinition) { $0.enterOperationDefinition(node) }
        for variable in node.variableDefinitions { try walkVariableDefinition(variable) }
        try walkDirectives(node.directives, at: Self.directiveLocation(of: node.operation))
        try walkSelectionSet(node.selectionSet)
        try leave(.operationDefinition) { $0.leaveOperationDefinition(node) }
        typeInfo?.leaveOperationDefinition()
    }

    private mutating func walkVariableDefinition(_ node: VariableDefinitionNode) throws(Aborted) {
        typeInfo?.enterVariableDefinition(node)
        try enter(.variableDefinition) { $0.enterVariableDefinition(node) }
        try walkType(node.type)
        if walksValues, let defaultValue = node.defaultValue { try walkValue(defaultValue) }
        try walkDirectives(node.directives, at: .variableDefinition)
        try leave(.variableDefinition) { $0.leaveVariableDefinition(node) }
        typeInfo?.leaveVariableDefinition()
    }

    private mutating func walkSelectionSet(_ node: SelectionSetNode) throws(Aborted) {
        typeInfo?.enterSelectionSet()
        try enter(.selectionSet) { $0.enterSelectionSet(node) }
        for selection in node.selections {
            switch selection {
            case .field(let field): try walkField(field)
            case .fragmentSpread(let spread): try walkFragmentSpread(spread)
            case .inlineFragment(let fragment): try walkInlineFragment(fragment)
            }
        }
        try leave(.selectionSet) { $0.leaveSelectionSet(node) }
        typeInfo?.leaveSelectionSet()
    }

    private mutating func walkField(_ node: FieldNode) throws(Aborted) {
        typeInfo?.enterField(node)
        try enter(.field) { $0.enterField(node) }
        for argument in node.arguments { try walkArgument(argument) }
        try walkDirectives(node.directives, at: .field)
        if let selectionSet = node.selectionSet { try walkSelectionSet(selectionSet) }
        try leave(.field) { $0.leaveField(node) }
        typeInfo?.leaveField()
    }

    private mutating func walkArgument(_ node: ArgumentNode) throws(Aborted) {
        typeInfo?.enterArgument(node)
        try enter(.argument) { $0.enterArgument(node) }
        if walksValues { try walkValue(node.value) }
        try leave(.argument) { $0.leaveArgument(node) }
        typeInfo?.leaveArgument()
    }

    private mutating func walkFragmentSpread(_ node: FragmentSpreadNode) throws(Aborted) {
        try enter(.fragmentSpread) { $0.enterFragmentSpread(node) }
        try walkDirectives(node.directives, at: .fragmentSpread)
        try leave(.fragmentSpread) { $0.leaveFragmentSpread(node) }
    }

    private mutating func walkInlineFragment(_ node: InlineFragmentNode) throws(Aborted) {
        typeInfo?.enterFragment(typeCondition: node.typeCondition)
        try enter(.inlineFragment) { $0.enterInlineFragment(node) }
        if let typeCondition = node.typeCondition { try walkNamedType(typeCondition) }
        try walkDirectives(node.directives, at: .inlineFragment)
        try walkSelectionSet(node.selectionSet)
        try leave(.inlineFragment) { $0.leaveInlineFragment(node) }
        typeInfo?.leaveFragment()
    }

    private mutating func walkFragmentDefinition(_ node: FragmentDefinitionNode) throws(Aborted) {
        typeInfo?.enterFragment(typeCondition: node.typeCondition)
        try enter(.fragmentDefinition) { $0.enterFragmentDefinition(node) }
        try walkNamedType(node.typeCondition)
        try walkDirectives(node.directives, at: .fragmentDefinition)
        try walkSelectionSet(node.selectionSet)
        try leave(.fragmentDefinition) { $0.leaveFragmentDefinition(node) }
        typeInfo?.leaveFragment()
    }

    // MARK: Values, directives, type references

    private mutating func walkValue(_ node: ValueNode) throws(Aborted) {
        switch node {
        case .list(let items, _):
            typeInfo?.enterListValue()
            try enter(.value) { $0.enterValue(node) }
            for item in items { try walkValue(item) }
            try leave(.value) { $0.leaveValue(node) }
            typeInfo?.leaveListValue()
        case .object(let fields, _):
            try enter(.value) { $0.enterValue(node) }
            for field in fields { try walkObjectField(field) }
            try leave(.value) { $0.leaveValue(node) }
        case .enumValue(let name, _):
            typeInfo?.enterEnumValue(name)
            try enter(.value) { $0.enterValue(node) }
            try leave(.value) { $0.leaveValue(node) }
            typeInfo?.leaveEnumValue()
        case .variable, .int, .float, .string, .boolean, .null:
            try enter(.value) { $0.enterValue(node) }
            try leave(.value) { $0.leaveValue(node) }
        }
    }

    private mutating func walkObjectField(_ node: ObjectFieldNode) throws(Aborted) {
        typeInfo?.enterObjectField(node)
        try enter(.objectField) { $0.enterObjectField(node) }
        try walkValue(node.value)
        try leave(.objectField) { $0.leaveObjectField(node) }
        typeInfo?.leaveObjectField()
    }

    /// Visits the directives applied at `location`, which `ASTValidationContext.directiveLocation`
    /// reports meanwhile.
    private mutating func walkDirectives(_ nodes: [DirectiveNode], at location: DirectiveLocation) throws(Aborted) {
        if nodes.isEmpty { return }
        context.directiveLocation = location
        defer { context.directiveLocation = nil }
        for node in nodes {
            typeInfo?.enterDirective(node)
            try enter(.directive) { $0.enterDirective(node) }
            for argument in node.arguments { try walkArgument(argument) }
            try leave(.directive) { $0.leaveDirective(node) }
            typeInfo?.leaveDirective()
        }
    }

    private mutating func walkType(_ node: TypeNode) throws(Aborted) {
        switch node {
        case .named(let named): try walkNamedType(named)
        case .list(let inner, _), .nonNull(let inner, _): try walkType(inner)
        }
    }

    private mutating func walkNamedType(_ node: NamedTypeNode) throws(Aborted) {
        try enter(.namedType) { $0.enterNamedType(node) }
        try leave(.namedType) { $0.leaveNamedType(node) }
    }

    // MARK: Type-system definitions

    private mutating func walkSchemaDefinition(_ node: SchemaDefinitionNode, isExtension: Bool) throws(Aborted) {
        if isExtension {
            try enter(.schemaExtension) { $0.enterSchemaExtension(node) }
        } else {
            try enter(.schemaDefinition) { $0.enterSchemaDefinition(node) }
        }
        try walkDirectives(node.directives, at: .schema)
        for operationType in node.operationTypes {
            try enter(.operationTypeDefinition) { $0.enterOperationTypeDefinition(operationType) }
            try walkNamedType(operationType.type)
            try leave(.operationTypeDefinition) { $0.leaveOperationTypeDefinition(operationType) }
        }
        if isExtension {
            try leave(.schemaExtension) { $0.leaveSchemaExtension(node) }
        } else {
            try leave(.schemaDefinition) { $0.leaveSchemaDefinition(node) }
        }
    }

    private mutating func walkTypeDefinition(_ node: TypeDefinitionNode, isExtension: Bool) throws(Aborted) {
        if isExtension {
            try enter(.typeExtension) { $0.enterTypeExtension(node) }
        } else {
            try enter(.typeDefinition) { $0.enterTypeDefinition(node) }
        }
        switch node {
        case .scalar(let scalar):
            try walkDirectives(scalar.directives, at: .scalar)
        case .object(let object), .interface(let object):
            for interface in object.interfaces { try walkNamedType(interface) }
            let isObject = if case .object = node { true } else { false }
            try walkDirectives(object.directives, at: isObject ? .object : .interface)
            for field in object.fields { try walkFieldDefinition(field) }
        case .union(let union):
            try walkDirectives(union.directives, at: .union)
            for member in union.types { try walkNamedType(member) }
        case .enumType(let enumType):
            try walkDirectives(enumType.directives, at: .enumType)
            for value in enumType.values {
                try enter(.enumValueDefinition) { $0.enterEnumValueDefinition(value) }
                try walkDirectives(value.directives, at: .enumValue)
                try leave(.enumValueDefinition) { $0.leaveEnumValueDefinition(value) }
            }
        case .inputObject(let input):
            try walkDirectives(input.directives, at: .inputObject)
            for field in input.fields { try walkInputValueDefinition(field, at: .inputFieldDefinition) }
        }
        if isExtension {
            try leave(.typeExtension) { $0.leaveTypeExtension(node) }
        } else {
            try leave(.typeDefinition) { $0.leaveTypeDefinition(node) }
        }
    }

    private mutating func walkFieldDefinition(_ node: FieldDefinitionNode) throws(Aborted) {
        try enter(.fieldDefinition) { $0.enterFieldDefinition(node) }
        for argument in node.arguments { try walkInputValueDefinition(argument, at: .argumentDefinition) }
        try walkType(node.type)
        try walkDirectives(node.directives, at: .fieldDefinition)
        try leave(.fieldDefinition) { $0.leaveFieldDefinition(node) }
    }

    /// An argument definition (`location` is `.argumentDefinition`) or an input object's field
    /// definition (`.inputFieldDefinition`).
    private mutating func walkInputValueDefinition(
        _ node: InputValueDefinitionNode, at location: DirectiveLocation
    ) throws(Aborted) {
        try enter(.inputValueDefinition) { $0.enterInputValueDefinition(node) }
        try walkType(node.type)
        if walksValues, let defaultValue = node.defaultValue { try walkValue(defaultValue) }
        try walkDirectives(node.directives, at: location)
        try leave(.inputValueDefinition) { $0.leaveInputValueDefinition(node) }
    }

    private mutating func walkDirectiveDefinition(_ node: DirectiveDefinitionNode) throws(Aborted) {
        try enter(.directiveDefinition) { $0.enterDirectiveDefinition(node) }
        for argument in node.arguments { try walkInputValueDefinition(argument, at: .argumentDefinition) }
        try leave(.directiveDefinition) { $0.leaveDirectiveDefinition(node) }
    }

    private static func directiveLocation(of operation: OperationType) -> DirectiveLocation {
        switch operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
    }
}
