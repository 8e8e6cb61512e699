// The type-system half of the document printer (spec §3): schema, type and directive
// definitions and every `extend` form, as graphql-js 16's `print` writes them.

/// Prints type-system definitions and extensions.
enum TypeSystemPrinter {
    typealias Layout = PrintLayout

    /// `"description"\nschema @d { query: Q … }` (spec §3.3).
    static func schema(_ node: SchemaDefinitionNode) -> String {
        description(node.description)
            + Layout.join(["schema", directives(node.directives), operationTypes(node.operationTypes)], " ")
    }

    /// `extend schema @d { … }` (spec §3.3.2).
    static func schemaExtension(_ node: SchemaDefinitionNode) -> String {
        Layout.join(["extend schema", directives(node.directives), operationTypes(node.operationTypes)], " ")
    }

    /// A named type's definition, with its description (spec §3.4).
    static func type(_ node: TypeDefinitionNode) -> String {
        description(node.description) + body(of: node, keywordPrefix: "")
    }

    /// `extend scalar|type|interface|union|enum|input …` (spec §3.4.3).
    static func typeExtension(_ node: TypeDefinitionNode) -> String {
        body(of: node, keywordPrefix: "extend ")
    }

    /// `"description"\ndirective @name(arguments) repeatable on A | B` (spec §3.13).
    static func directive(_ node: DirectiveDefinitionNode) -> String {
        description(node.description) + "directive @" + node.name.value + arguments(node.arguments)
            + (node.isRepeatable ? " repeatable" : "") + " on "
            + Layout.join(node.locations.map(\.value), " | ")
    }

    /// A definition without its description: keyword, name, interfaces, directives, body.
    private static func body(of node: TypeDefinitionNode, keywordPrefix: String) -> String {
        switch node {
        case .scalar(let scalar):
            return Layout.join([keywordPrefix + "scalar", scalar.name.value, directives(scalar.directives)], " ")
        case .object(let object):
            return fieldsContainer(keywordPrefix + "type", object)
        case .interface(let interface):
            return fieldsContainer(keywordPrefix + "interface", interface)
        case .union(let union):
            return Layout.join(
                [
                    keywordPrefix + "union", union.name.value, directives(union.directives),
                    Layout.wrap("= ", Layout.join(union.types.map(\.name.value), " | ")),
                ], " ")
        case .enumType(let enumType):
            let values = enumType.values.map { value in
                description(value.description) + Layout.join([value.name.value, directives(value.directives)], " ")
            }
            return Layout.join(
                [keywordPrefix + "enum", enumType.name.value, directives(enumType.directives), Layout.block(values)],
                " ")
        case .inputObject(let input):
            return Layout.join(
                [
                    keywordPrefix + "input", input.name.value, directives(input.directives),
                    Layout.block(input.fields.map(inputValue)),
                ], " ")
        }
    }

    /// `type|interface Name implements A & B @d { fields }` (spec §3.6, §3.7).
    private static func fieldsContainer(_ keyword: String, _ node: ObjectTypeDefinitionNode) -> String {
        Layout.join(
            [
                keyword, node.name.value,
                Layout.wrap("implements ", Layout.join(node.interfaces.map(\.name.value), " & ")),
                directives(node.directives), Layout.block(node.fields.map(field)),
            ], " ")
    }

    /// `"description"\nname(arguments): Type @d` (spec §3.6.1).
    static func field(_ node: FieldDefinitionNode) -> String {
        description(node.description) + node.name.value + arguments(node.arguments) + ": "
            + printType(node.type) + Layout.wrap(" ", directives(node.directives))
    }

    /// `"description"\nname: Type = default @d` (spec §3.6.1, §3.10).
    static func inputValue(_ node: InputValueDefinitionNode) -> String {
        description(node.description)
            + Layout.join(
                [
                    node.name.value + ": " + printType(node.type),
                    Layout.wrap("= ", node.defaultValue.map(printValue)),
                    directives(node.directives),
                ], " ")
    }

    /// Argument definitions in parentheses: on one line, or one a line when any printed
    /// argument spans several lines (a description, a multi-line block string default).
    private static func arguments(_ nodes: [InputValueDefinitionNode]) -> String {
        let printed = nodes.map(inputValue)
        if printed.contains(where: { $0.utf8.contains(UInt8(ascii: "\n")) }) {
            return Layout.wrap("(\n", Layout.indent(Layout.join(printed, "\n")), "\n)")
        }
        return Layout.wrap("(", Layout.join(printed, ", "), ")")
    }

    /// `{ query: Q … }` of a schema definition or extension; "" when there are none.
    private static func operationTypes(_ nodes: [OperationTypeDefinitionNode]) -> String {
        Layout.block(nodes.map { $0.operation.rawValue + ": " + $0.type.name.value })
    }

    /// The description as written (block or quoted) and a line break, or "" when absent.
    private static func description(_ node: DescriptionNode?) -> String {
        guard let node else { return "" }
        return (node.block ? printBlockString(node.value) : printString(node.value)) + "\n"
    }

    private static func directives(_ nodes: [DirectiveNode]) -> String {
        DocumentPrinter.directives(nodes)
    }
}
