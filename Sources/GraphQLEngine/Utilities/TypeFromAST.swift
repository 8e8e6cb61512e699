/// The schema type a type reference names (`[Repository!]!` → list of non-null `Repository`),
/// or nil when its named type is not in the schema (graphql-js `typeFromAST`).
///
/// ```swift
/// let type = typeFromAST(schema, try parseType("[String!]"))  // [String!]
/// ```
public func typeFromAST(_ schema: GraphQLSchema, _ typeNode: TypeNode) -> GraphQLType? {
    switch typeNode {
    case .named(let named):
        return schema.type(named: named.name.value).map { .named($0) }
    case .list(let inner, _):
        return typeFromAST(schema, inner).map { .list($0) }
    case .nonNull(let inner, _):
        return typeFromAST(schema, inner).map { .nonNull($0) }
    }
}
