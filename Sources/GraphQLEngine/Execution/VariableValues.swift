// Coercing the values a request gives for an operation's variables (spec §6.1.2
// "CoerceVariableValues"), with graphql-js 16's messages.

/// The coerced values of `operation`'s variables from the request's raw `inputs`, or every
/// problem found (the first 50, then graphql-js's limit error), each located at its variable
/// definition. The values are usable only when there are no errors.
func coerceVariableValues(
    schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: [String: InputValue]
) -> (values: [String: InputValue], errors: [GraphQLError]) {
    var coerced: [String: InputValue] = [:]
    var errors: [GraphQLError] = []
    let maxErrors = 50
    var limitReached = false

    // As graphql-js, the limit counts errors, not variables: the error after the 50th (in one
    // variable's items or in a later variable) is replaced by the limit error, and coercion stops.
    func record(_ error: GraphQLError) {
        guard !limitReached else { return }
        guard errors.count < maxErrors else {
            limitReached = true
            errors.append(
                GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.")
                    .withDefaultCode(ErrorCode.badUserInput))
            return
        }
        errors.append(error.withDefaultCode(ErrorCode.badUserInput))
    }

    func report(_ message: String, _ node: VariableDefinitionNode, at location: Location? = nil) {
        record(GraphQLError(message, at: [location ?? node.location]))
    }

    for definition in operation.variableDefinitions where !limitReached {
        let name = definition.variable.name.value
        guard let type = typeFromAST(schema, definition.type), type.isInputType else {
            report(
                "Variable \"$\(name)\" expected value of type \"\(printType(definition.type))\" which cannot be used as an input type.",
                definition, at: definition.type.location)
            continue
        }
        guard let value = inputs[name] else {
            if let defaultValue = definition.defaultValue {
                coerced[name] = valueFromAST(defaultValue, type, nil)
            } else if type.isNonNull {
                report("Variable \"$\(name)\" of required type \"\(type)\" was not provided.", definition)
            }
            continue
        }
        if value.isNull && type.isNonNull {
            report("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.", definition)
            continue
        }
        let result = coerceInputValue(value, type) { path, invalidValue, error in
            var prefix = "Variable \"$\(name)\" got invalid value \(inspect(invalidValue))"
            if !path.isEmpty { prefix += " at \"\(name)\(printPath(path))\"" }
            var located = error
            located.message = prefix + "; " + error.message
            located.locations = [definition.location.sourceLocation]
            record(located)
        }
        if let result { coerced[name] = result }
    }
    return (coerced, errors)
}
