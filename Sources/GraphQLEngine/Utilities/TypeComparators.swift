// Relations between types used by validation (spec §5.6.4 "All Variable Usages Are Allowed",
// §5.5.2.3 "Fragment spread is possible", §5.3.2 "Field Selection Merging").

/// Whether two type references are the same type: the same named type under the same
/// wrappers (graphql-js `isEqualType`).
public func isEqualType(_ typeA: GraphQLType, _ typeB: GraphQLType) -> Bool {
    switch (typeA, typeB) {
    case (.named(let a), .named(let b)): a == b
    case (.list(let a), .list(let b)), (.nonNull(let a), .nonNull(let b)): isEqualType(a, b)
    default: false
    }
}

/// Whether a value of `maybeSubType` can always be used where `superType` is expected:
/// non-null where nullable is allowed, and an implementation or member where an interface or
/// union is expected (graphql-js `isTypeSubTypeOf`).
public func isTypeSubTypeOf(
    _ schema: GraphQLSchema, _ maybeSubType: GraphQLType, _ superType: GraphQLType
) -> Bool {
    if isEqualType(maybeSubType, superType) { return true }
    switch (maybeSubType, superType) {
    case (.nonNull(let sub), .nonNull(let sup)):
        return isTypeSubTypeOf(schema, sub, sup)
    case (_, .nonNull):
        return false
    case (.nonNull(let sub), _):
        return isTypeSubTypeOf(schema, sub, superType)
    case (.list(let sub), .list(let sup)):
        return isTypeSubTypeOf(schema, sub, sup)
    case (_, .list), (.list, _):
        return false
    case (.named(let sub), .named(let sup)):
        guard sup.isAbstractType else { return false }
        switch sub {
        case .object, .interface: return schema.isSubType(sup, sub)
        default: return false
        }
    }
}

/// Whether two composite types can have an object type in common at run time: the same type,
/// or an abstract type that includes the other, or two abstract types with a shared possible
/// type (graphql-js `doTypesOverlap`).
public func doTypesOverlap(
    _ schema: GraphQLSchema, _ typeA: GraphQLNamedType, _ typeB: GraphQLNamedType
) -> Bool {
    if typeA == typeB { return true }
    if typeA.isAbstractType {
        if typeB.isAbstractType {
            return schema.possibleTypes(of: typeA).contains { schema.isSubType(typeB, .object($0)) }
        }
        return schema.isSubType(typeA, typeB)
    }
    if typeB.isAbstractType {
        return schema.isSubType(typeB, typeA)
    }
    return false
}
