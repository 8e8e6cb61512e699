/// Settings of a validation pass.
public struct ValidationOptions: Sendable {
    /// How many errors to collect before giving up; the pass then adds one last error,
    /// `Too many validation errors, error limit reached. Validation aborted.` (graphql-js's
    /// default is 100). It bounds the work an invalid document can cause.
    public var maxErrors: Int

    /// Options with graphql-js's defaults.
    public init(maxErrors: Int = 100) {
        self.maxErrors = maxErrors
    }
}

/// Checks an executable document against a schema with the given rules and returns every
/// error, in the order the rules find them (spec §5, "Validation"; graphql-js `validate`).
///
/// All rules see the document in one walk, with shared type information. An empty result
/// means the document may be executed. The schema is assumed valid (`validateSchema`).
///
/// ```swift
/// let schema = try buildSchema(Source("type Query { title: String }"))
/// let document = try parse("{ title tittle }")
/// for error in validate(schema: schema, document: document) { print(error) }
/// // Cannot query field "tittle" on type "Query". Did you mean "title"? (1:9)
/// ```
public func validate(
    schema: GraphQLSchema, document: DocumentNode,
    rules: [any ValidationRule.Type] = specifiedRules,
    options: ValidationOptions = ValidationOptions()
) -> [GraphQLError] {
    let context = ValidationContext(schema: schema, document: document, maxErrors: options.maxErrors)
    let visitors: [any ValidationVisitor] = rules.map { $0.init(context: context) }
    var walker = DocumentWalker(visitors: visitors, typeInfo: context.typeInfo, context: context)
    walker.walk(document)
    return context.errors
}

/// Checks a type-system document before a schema is built from it, or before it extends
/// `schemaToExtend` (graphql-js `validateSDL` with `specifiedSDLRules`): unique names, known
/// types and directives, possible extensions. Returns every error, with no limit.
public func validateSDL(
    _ document: DocumentNode, schemaToExtend: GraphQLSchema? = nil,
    rules: [any SDLValidationRule.Type] = specifiedSDLRules
) -> [GraphQLError] {
    let context = SDLValidationContext(document: document, schema: schemaToExtend)
    let visitors: [any ValidationVisitor] = rules.map { $0.init(context: context) }
    var walker = DocumentWalker(visitors: visitors, typeInfo: nil, context: context)
    walker.walk(document)
    return context.errors
}
