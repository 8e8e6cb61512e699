// Prints a schema as SDL, the way graphql-js 16's `printSchema` does (spec §3, the
// type-system language): the schema definition when it is needed, then the directives that are
// not built in, then every named type that is neither a specified scalar nor an introspection
// type, in the schema's type order, separated by blank lines.

/// Prints the schema as SDL exactly as graphql-js 16's `printSchema` does.
///
/// Built-in directives, the five specified scalars and the introspection types are left out;
/// the `schema { … }` block is printed only when the schema has a description or a root type
/// is not named `Query`, `Mutation` or `Subscription`. Descriptions are block strings when they
/// can be, `@deprecated` carries its reason only when it is not the default one.
///
/// ```swift
/// let schema = try buildSchema(Source("type Query { hello: String }"))
/// print(printSchema(schema))
/// // type Query {
/// //   hello: String
/// // }
/// ```
public func printSchema(_ schema: GraphQLSchema) -> String {
    var parts: [String] = []
    if let definition = SchemaPrinter.schemaDefinition(schema) { parts.append(definition) }
    for directive in schema.directives where !directive.isSpecified {
        parts.append(printDirective(directive))
    }
    for type in schema.types where !SchemaPrinter.isSpecifiedScalar(type) && !SchemaPrinter.isIntrospectionType(type) {
        parts.append(printType(type))
    }
    return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
}

/// Prints one named type's SDL definition as `printSchema` writes it, description included.
public func printType(_ type: GraphQLNamedType) -> String {
    switch type {
    case .scalar(let scalar):
        return SchemaPrinter.description(scalar.description) + "scalar " + scalar.name
            + SchemaPrinter.specifiedBy(scalar.specifiedByURL)
    case .object(let object):
        return SchemaPrinter.description(object.description) + "type " + object.name
            + SchemaPrinter.implementedInterfaces(object.interfaces) + SchemaPrinter.fields(object.fields)
    case .interface(let interface):
        return SchemaPrinter.description(interface.description) + "interface " + interface.name
            + SchemaPrinter.implementedInterfaces(interface.interfaces) + SchemaPrinter.fields(interface.fields)
    case .union(let union):
        let members = union.types.isEmpty ? "" : " = " + union.types.map(\.name).joined(separator: " | ")
        return SchemaPrinter.description(union.description) + "union " + union.name + members
    case .enumType(let enumType):
        let values = enumType.values.enumerated().map { index, value in
            SchemaPrinter.description(value.description, indentation: "  ", firstInBlock: index == 0)
                + "  " + value.name + SchemaPrinter.deprecated(value.deprecationReason)
        }
        return SchemaPrinter.description(enumType.description) + "enum " + enumType.name
            + SchemaPrinter.block(values)
    case .inputObject(let input):
        let fields = input.fields.enumerated().map { index, field in
            SchemaPrinter.description(field.description, indentation: "  ", firstInBlock: index == 0)
                + "  " + SchemaPrinter.inputValue(field)
        }
        return SchemaPrinter.description(input.description) + "input " + input.name
            + (input.isOneOf ? " @oneOf" : "") + SchemaPrinter.block(fields)
    }
}

/// Prints a directive's SDL definition as `printSchema` writes it:
/// `directive @name(arguments) repeatable on LOCATION | …`.
public func printDirective(_ directive: GraphQLDirective) -> String {
    SchemaPrinter.description(directive.description) + "directive @" + directive.name
        + SchemaPrinter.arguments(directive.arguments) + (directive.isRepeatable ? " repeatable" : "")
        + " on " + directive.locations.map(\.rawValue).joined(separator: " | ")
}

/// The pieces `printSchema` assembles.
enum SchemaPrinter {
    /// Specified scalars are recognised by name, as graphql-js does.
    static func isSpecifiedScalar(_ type: GraphQLNamedType) -> Bool {
        if case .scalar(let scalar) = type { return scalar.isSpecified }
        return false
    }

    static func isIntrospectionType(_ type: GraphQLNamedType) -> Bool {
        IntrospectionTypes.isIntrospectionTypeName(type.name)
    }

    /// `schema { query: … }`, or nil when the description is absent and every root type has its
    /// conventional name (graphql-js's `isSchemaOfCommonNames`).
    static func schemaDefinition(_ schema: GraphQLSchema) -> String? {
        let roots: [(String, GraphQLObjectType?, String)] = [
            ("query", schema.queryType, "Query"),
            ("mutation", schema.mutationType, "Mutation"),
            ("subscription", schema.subscriptionType, "Subscription"),
        ]
        let hasCommonNames = roots.allSatisfy { _, type, commonName in type.map { $0.name == commonName } ?? true }
        if schema.description == nil && hasCommonNames { return nil }
        let operationTypes = roots.compactMap { operation, type, _ in type.map { "  \(operation): \($0.name)" } }
        return description(schema.description) + "schema {\n" + operationTypes.joined(separator: "\n") + "\n}"
    }

    /// ` implements A & B`, or "".
    static func implementedInterfaces(_ interfaces: [GraphQLInterfaceType]) -> String {
        interfaces.isEmpty ? "" : " implements " + interfaces.map(\.name).joined(separator: " & ")
    }

    /// The `{ }` block of an object's or interface's fields.
    static func fields(_ fields: [GraphQLField]) -> String {
        block(
            fields.enumerated().map { index, field in
                description(field.description, indentation: "  ", firstInBlock: index == 0)
                    + "  " + field.name + arguments(field.arguments, indentation: "  ") + ": "
                    + field.type.description + deprecated(field.deprecationReason)
            })
    }

    /// Items one a line in ` {\n…\n}`, or "" when there are none.
    static func block(_ items: [String]) -> String {
        items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
    }

    /// Arguments on one line when none has a description, else one a line with descriptions.
    static func arguments(_ arguments: [GraphQLInputValue], indentation: String = "") -> String {
        if arguments.isEmpty { return "" }
        if arguments.allSatisfy({ ($0.description ?? "").isEmpty }) {
            return "(" + arguments.map(inputValue).joined(separator: ", ") + ")"
        }
        let lines = arguments.enumerated().map { index, argument in
            description(argument.description, indentation: "  " + indentation, firstInBlock: index == 0)
                + "  " + indentation + inputValue(argument)
        }
        return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
    }

    /// `name: Type = default @deprecated(…)`.
    static func inputValue(_ value: GraphQLInputValue) -> String {
        var declaration = value.name + ": " + value.type.description
        if let defaultValue = defaultValueLiteral(value) {
            declaration += " = " + printValue(defaultValue)
        }
        return declaration + deprecated(value.deprecationReason)
    }

    /// The default value as graphql-js prints it: the literal read through the type and written
    /// back (`astFromValue(valueFromAST(literal))`), so `1.0` for a `Float` prints `1` and input
    /// object fields follow the type's order. A literal the type refuses has no default in
    /// graphql-js and prints none. Where graphql-js would fail (a custom scalar's object value
    /// has no literal form) the literal is printed as written, block strings quoted.
    static func defaultValueLiteral(_ value: GraphQLInputValue) -> ValueNode? {
        guard let literal = value.defaultValue else { return nil }
        guard let coerced = valueFromAST(literal, value.type, nil) else { return nil }
        do {
            return try astFromValue(coerced, value.type)
        } catch {
            return unblocked(literal)
        }
    }

    private static func unblocked(_ value: ValueNode) -> ValueNode {
        switch value {
        case .string(let text, _, let location): .string(text, block: false, location)
        case .list(let items, let location): .list(items.map(unblocked), location)
        case .object(let fields, let location):
            .object(
                fields.map { ObjectFieldNode(name: $0.name, value: unblocked($0.value), location: $0.location) },
                location)
        default: value
        }
    }

    /// ` @deprecated`, ` @deprecated(reason: "…")`, or "" when not deprecated.
    static func deprecated(_ reason: String?) -> String {
        guard let reason else { return "" }
        if reason == GraphQLDirective.defaultDeprecationReason { return " @deprecated" }
        return " @deprecated(reason: " + printString(reason) + ")"
    }

    /// ` @specifiedBy(url: "…")`, or "".
    static func specifiedBy(_ url: String?) -> String {
        guard let url else { return "" }
        return " @specifiedBy(url: " + printString(url) + ")"
    }

    /// The description as a block string when it can be one (else quoted), indented, followed by
    /// a line break; items after the first in a block get a blank line before their description.
    static func description(_ text: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
        guard let text else { return "" }
        let literal = isPrintableAsBlockString(text) ? printBlockString(text) : printString(text)
        let prefix = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
        return prefix + PrintLayout.replacingNewlines(in: literal, with: "\n" + indentation) + "\n"
    }
}
