// What a validation rule can ask while the document is walked (graphql-js `ValidationContext`,
// `SDLValidationContext` and their base `ASTValidationContext`).

/// What every rule can ask, whatever the kind of document: the document, its fragments, and
/// where to report errors.
///
/// Lookups that walk selection sets are computed once per node and cached for the pass.
public class ASTValidationContext {
    /// The document being validated.
    public let document: DocumentNode
    /// The errors reported so far, in order.
    public private(set) var errors: [GraphQLError] = []
    /// Whether the error limit was reached; the walk stops and further reports are ignored.
    /// (Read at every node; one walk on one thread uses a context, so exclusivity needs no
    /// runtime check.)
    @exclusivity(unchecked) public private(set) var isAborted = false
    /// Whether the walk is inside a type-system definition or extension (rather than an
    /// operation or fragment); graphql-js rules tell the two apart by the node's ancestors.
    @exclusivity(unchecked) public internal(set) var isWithinTypeSystemDefinition = false
    /// Where the directives being visited are applied (`FIELD`, `QUERY`, `ARGUMENT_DEFINITION` …):
    /// set while the walk is in a directive (`enterDirective` to `leaveDirective`, its arguments
    /// included), nil elsewhere (graphql-js `getDirectiveLocationForASTPath`).
    @exclusivity(unchecked) public internal(set) var directiveLocation: DirectiveLocation?

    private let maxErrors: Int?
    private var fragmentsByName: [String: FragmentDefinitionNode]?
    private var spreadsCache: [UInt32: [FragmentSpreadNode]] = [:]
    private var referencedFragmentsCache: [UInt32: [FragmentDefinitionNode]] = [:]

    init(document: DocumentNode, maxErrors: Int?) {
        self.document = document
        self.maxErrors = maxErrors
    }

    /// Records an error. Once `maxErrors` errors are recorded, the next report records
    /// `Too many validation errors, error limit reached. Validation aborted.` instead and stops
    /// the pass (graphql-js `validate`'s `maxErrors`).
    public func reportError(_ error: GraphQLError) {
        if isAborted { return }
        if let maxErrors, errors.count >= maxErrors {
            abortForTooManyErrors()
            return
        }
        errors.append(error)
    }

    /// How many more errors can be reported before the pass stops, the last of them being
    /// replaced by the error-limit error; nil when there is no limit. A rule that finds errors
    /// in bulk stops looking once it has this many.
    var errorsUntilAbort: Int? {
        maxErrors.map { max($0 - errors.count, 0) + 1 }
    }

    /// Stops the pass as if the error limit were reached, recording the error-limit error: for
    /// a rule whose search would cost more than any real document needs.
    func abortForTooManyErrors() {
        if isAborted { return }
        errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted."))
        isAborted = true
    }

    /// The fragment definition named `name`; the last one when several share the name.
    public func fragment(named name: String) -> FragmentDefinitionNode? {
        if let fragmentsByName { return fragmentsByName[name] }
        var fragments: [String: FragmentDefinitionNode] = [:]
        for case .fragment(let fragment) in document.definitions {
            fragments[fragment.name.value] = fragment
        }
        fragmentsByName = fragments
        return fragments[name]
    }

    /// The fragment spreads in `selectionSet` and the selection sets nested in it, not following
    /// spreads into their fragments, in graphql-js's order (the set's own spreads first, then
    /// nested sets, last first).
    public func fragmentSpreads(of selectionSet: SelectionSetNode) -> [FragmentSpreadNode] {
        let key = Self.cacheKey(selectionSet.location)
        if let key, let cached = spreadsCache[key] { return cached }
        var spreads: [FragmentSpreadNode] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let nested = field.selectionSet { setsToVisit.append(nested) }
                case .inlineFragment(let fragment): setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        if let key { spreadsCache[key] = spreads }
        return spreads
    }

    /// Every fragment definition the operation uses, directly or through other fragments, each
    /// once, in graphql-js's order. Spreads of unknown fragments are ignored.
    public func recursivelyReferencedFragments(of operation: OperationDefinitionNode) -> [FragmentDefinitionNode] {
        let key = Self.cacheKey(operation.location)
        if let key, let cached = referencedFragmentsCache[key] { return cached }
        var fragments: [FragmentDefinitionNode] = []
        var collectedNames: Set<String> = []
        var setsToVisit = [operation.selectionSet]
        while let set = setsToVisit.popLast() {
            for spread in fragmentSpreads(of: set) where collectedNames.insert(spread.name.value).inserted {
                if let fragment = fragment(named: spread.name.value) {
                    fragments.append(fragment)
                    setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        if let key { referencedFragmentsCache[key] = fragments }
        return fragments
    }

    /// Nodes built in code carry no location and are not cached; parsed nodes of one kind never
    /// share a start offset.
    static func cacheKey(_ location: Location) -> UInt32? {
        location.line == 0 ? nil : location.start
    }
}

/// The context of a type-system (SDL) validation pass: the document and, when the document
/// extends an existing schema, that schema.
public final class SDLValidationContext: ASTValidationContext {
    /// The schema being extended, or nil when the document defines a new schema.
    public let schema: GraphQLSchema?

    init(document: DocumentNode, schema: GraphQLSchema?) {
        self.schema = schema
        super.init(document: document, maxErrors: nil)
    }
}

/// The context of an executable-document validation pass: the schema, the shared type
/// information of the walk, and the variable usages of operations and fragments.
public final class ValidationContext: ASTValidationContext {
    /// The schema the document is validated against.
    public let schema: GraphQLSchema
    let typeInfo: TypeInfo
    var usagesCache: [UInt32: [VariableUsage]] = [:]
    var recursiveUsagesCache: [UInt32: [VariableUsage]] = [:]
    var referencesCache: [UInt32: [VariableNode]] = [:]
    var recursiveReferencesCache: [UInt32: [VariableNode]] = [:]

    init(schema: GraphQLSchema, document: DocumentNode, maxErrors: Int?) {
        self.schema = schema
        self.typeInfo = TypeInfo(schema: schema)
        super.init(document: document, maxErrors: maxErrors)
    }

    /// The output type of the current field, operation or fragment (graphql-js `getType`).
    public var type: GraphQLType? { typeInfo.type }
    /// The composite type whose selection set is being visited (`getParentType`).
    public var parentType: GraphQLNamedType? { typeInfo.parentType }
    /// The input type expected for the current argument, value or input field (`getInputType`).
    public var inputType: GraphQLType? { typeInfo.inputType }
    /// The input type of the enclosing list or input object value (`getParentInputType`).
    public var parentInputType: GraphQLType? { typeInfo.parentInputType }
    /// The current field's definition, meta-fields included (`getFieldDef`).
    public var fieldDef: GraphQLField? { typeInfo.fieldDef }
    /// The default value of the current argument or input field, if any (`getDefaultValue`).
    public var defaultValue: ValueNode? { typeInfo.defaultValue }
    /// The directive being visited, if the schema knows it (`getDirective`).
    public var directive: GraphQLDirective? { typeInfo.directive }
    /// The current argument's definition, if known (`getArgument`).
    public var argument: GraphQLInputValue? { typeInfo.argument }
    /// The current enum value's definition, if known (`getEnumValue`).
    public var enumValue: GraphQLEnumValue? { typeInfo.enumValue }
}
