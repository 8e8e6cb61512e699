// Coercing the arguments written on a field or directive to their definitions' types
// (spec §6.4.1 "CoerceArgumentValues"; graphql-js `getArgumentValues`, `getDirectiveValues`).
// The schema builder uses it to read `@deprecated(reason:)` and `@specifiedBy(url:)`.

/// The coerced argument values for `definitions` given the `arguments` written at a node
/// (spec §6.4.1 "CoerceArgumentValues"). Arguments left out take their default values.
///
/// - Parameters:
///   - nodeLocation: where the field or directive was written, for missing-argument errors.
///   - variables: the operation's coerced variable values; nil where variables cannot appear.
/// - Throws: graphql-js's errors: `Argument "if" of required type "Boolean!" was not
///   provided.`, `… must not be null.`, `Argument "reason" has invalid value 1.`.
func argumentValues(
    definitions: [GraphQLInputValue], arguments: [ArgumentNode], nodeLocation: Location,
    variables: [String: InputValue]?
) throws(GraphQLError) -> [String: InputValue] {
    var coerced: [String: InputValue] = [:]
    for definition in definitions {
        let name = definition.name
        let type = definition.type
        // As graphql-js's keyMap, the last argument of a name wins.
        guard let argument = arguments.last(where: { $0.name.value == name }) else {
            if let defaultValue = definition.coercedDefaultValue {
                coerced[name] = defaultValue
            } else if type.isNonNull {
                throw GraphQLError(
                    "Argument \"\(name)\" of required type \"\(type)\" was not provided.", at: [nodeLocation])
            }
            continue
        }
        let valueNode = argument.value
        var isNull: Bool
        if case .null = valueNode { isNull = true } else { isNull = false }
        if case .variable(let variable) = valueNode {
            let variableName = variable.name.value
            guard let value = variables?[variableName] else {
                if let defaultValue = definition.coercedDefaultValue {
                    coerced[name] = defaultValue
                } else if type.isNonNull {
                    throw GraphQLError(
                        "Argument \"\(name)\" of required type \"\(type)\" was provided the variable \"$\(variableName)\" which was not provided a runtime value.",
                        at: [valueNode.location])
                }
                continue
            }
            isNull = value.isNull
        }
        if isNull && type.isNonNull {
            throw GraphQLError(
                "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.", at: [valueNode.location])
        }
        guard let value = valueFromAST(valueNode, type, variables) else {
            throw GraphQLError(
                "Argument \"\(name)\" has invalid value \(printValue(valueNode)).", at: [valueNode.location])
        }
        coerced[name] = value
    }
    return coerced
}

/// The coerced arguments of the first use of `directive` among `directives`, or nil when it
/// is not used (graphql-js `getDirectiveValues`).
func directiveValues(
    _ directive: GraphQLDirective, in directives: [DirectiveNode], variables: [String: InputValue]? = nil
) throws(GraphQLError) -> [String: InputValue]? {
    guard let node = directives.first(where: { $0.name.value == directive.name }) else { return nil }
    return try argumentValues(
        definitions: directive.arguments, arguments: node.arguments, nodeLocation: node.location,
        variables: variables)
}

/// The reason given by `@deprecated` among `directives`: its `reason`, "No longer supported"
/// when none is written, nil when there is no `@deprecated` or the reason is `null`.
func deprecationReason(_ directives: [DirectiveNode]) throws(GraphQLError) -> String? {
    guard !directives.isEmpty,
        case .string(let reason)? = try directiveValues(.deprecated, in: directives)?["reason"]
    else { return nil }
    return reason
}

/// The URL given by `@specifiedBy(url:)` among `directives`, if any.
func specifiedByURL(_ directives: [DirectiveNode]) throws(GraphQLError) -> String? {
    guard !directives.isEmpty,
        case .string(let url)? = try directiveValues(.specifiedBy, in: directives)?["url"]
    else { return nil }
    return url
}
