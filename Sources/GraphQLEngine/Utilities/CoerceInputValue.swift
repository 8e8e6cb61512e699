/// Coerces a runtime value (a variable's JSON value) to an input type (spec §3.10 "Input
/// Coercion", §6.1.2 "CoerceVariableValues"; graphql-js `coerceInputValue`).
///
/// Each problem is reported to `onError` with the path inside the value (input field names
/// and list indexes), the offending value and an error worded as graphql-js words it; coercion
/// goes on so that every problem is reported. Returns nil when the value is invalid.
///
/// ```swift
/// let value = coerceInputValue(.list([1, "x"]), .list(.named(.scalar(.int)))) { path, value, error in
///     print(path, error.message)  // [.index(1)] Int cannot represent non-integer value: "x"
/// }
/// ```
public func coerceInputValue(
    _ value: InputValue, _ type: GraphQLType,
    onError: (_ path: [PathComponent], _ invalidValue: InputValue, _ error: GraphQLError) -> Void
) -> InputValue? {
    var coercer = InputCoercer()
    let result = coercer.coerce(value, type)
    for problem in coercer.problems { onError(problem.path, problem.value, problem.error) }
    return coercer.problems.isEmpty ? result : nil
}

/// As `coerceInputValue(_:_:onError:)`, throwing the first problem with graphql-js's default
/// wording: `Invalid value {…} at "value.a[0]": Int cannot represent non-integer value: "x"`.
public func coerceInputValue(_ value: InputValue, _ type: GraphQLType) throws(GraphQLError) -> InputValue {
    var firstError: GraphQLError?
    let result = coerceInputValue(value, type) { path, invalidValue, error in
        guard firstError == nil else { return }
        var prefix = "Invalid value " + inspect(invalidValue)
        if !path.isEmpty { prefix += " at \"value\(printPath(path))\"" }
        var described = error
        described.message = prefix + ": " + error.message
        firstError = described
    }
    if let firstError { throw firstError }
    return result ?? .null
}

/// A path inside a value as graphql-js prints it: `.field[0].other`.
func printPath(_ path: [PathComponent]) -> String {
    path.map { component in
        switch component {
        case .key(let key): "." + key
        case .index(let index): "[\(index)]"
        }
    }.joined()
}

/// Walks a value and its type together, collecting problems in the order found.
private struct InputCoercer {
    var path: [PathComponent] = []
    var problems: [(path: [PathComponent], value: InputValue, error: GraphQLError)] = []

    mutating func report(_ value: InputValue, _ message: String, at extra: PathComponent? = nil) {
        problems.append((extra.map { path + [$0] } ?? path, value, GraphQLError(message)))
    }

    mutating func report(_ value: InputValue, _ error: GraphQLError) {
        problems.append((path, value, error))
    }

    mutating func coerce(_ value: InputValue, _ type: GraphQLType) -> InputValue? {
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                report(value, "Expected non-nullable type \"\(type)\" not to be null.")
                return nil
            }
            return coerce(value, inner)
        case .list(let itemType):
            if value.isNull { return .null }
            guard case .list(let items) = value else {
                // A single value is accepted as a list of one.
                return coerce(value, itemType).map { .list([$0]) }
            }
            var coerced: [InputValue] = []
            coerced.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                path.append(.index(index))
                coerced.append(coerce(item, itemType) ?? .null)
                path.removeLast()
            }
            return .list(coerced)
        case .named(let named):
            if value.isNull { return .null }
            switch named {
            case .inputObject(let inputObject):
                return coerceObject(value, inputObject)
            case .scalar, .enumType:
                do {
                    return try named.parseLeafValue(value)
                } catch {
                    report(value, error)
                    return nil
                }
            case .object, .interface, .union:
                report(value, "Expected type \"\(named.name)\".")
                return nil
            }
        }
    }

    private mutating func coerceObject(_ value: InputValue, _ type: GraphQLInputObjectType) -> InputValue? {
        guard case .object(let given) = value else {
            report(value, "Expected type \"\(type.name)\" to be an object.")
            return nil
        }
        var coerced: [InputValue.Field] = []
        coerced.reserveCapacity(type.fields.count)
        for field in type.fields {
            guard let fieldValue = given.first(where: { $0.name == field.name })?.value else {
                if let defaultValue = field.coercedDefaultValue {
                    coerced.append(InputValue.Field(name: field.name, value: defaultValue))
                } else if field.type.isNonNull {
                    report(value, "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.")
                }
                continue
            }
            path.append(.key(field.name))
            let fieldResult = coerce(fieldValue, field.type)
            path.removeLast()
            coerced.append(InputValue.Field(name: field.name, value: fieldResult ?? .null))
        }
        for entry in given where type.field(named: entry.name) == nil {
            let suggestions = suggestionList(entry.name, type.fields.map(\.name))
            report(
                value, "Field \"\(entry.name)\" is not defined by type \"\(type.name)\"." + didYouMean(suggestions))
        }
        if type.isOneOf {
            // As graphql-js: both checks run, so `{a: null, b: null}` reports twice.
            if coerced.count != 1 {
                report(value, "Exactly one key must be specified for OneOf type \"\(type.name)\".")
            }
            if let first = coerced.first, first.value.isNull {
                report(.null, "Field \"\(first.name)\" must be non-null.", at: .key(first.name))
            }
        }
        return .object(coerced)
    }
}
