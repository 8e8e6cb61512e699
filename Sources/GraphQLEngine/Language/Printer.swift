// The document printer: a syntax tree back to GraphQL text, in graphql-js 16's canonical form.
//
// The output is byte for byte what graphql-js's `print` gives for the same tree: two-space
// indentation, `{ }` blocks one item a line, the `query` keyword left out of an anonymous query
// with no variables or directives, a field's arguments moved onto their own lines when the
// one-line form would pass 80 characters, and definitions separated by a blank line.
//
// Every node is printed bottom up into a string and the parent composes its children's strings,
// the way graphql-js does. Indenting a block indents every line of its items, the lines of block
// strings included; that is what keeps `parse(printDocument(d)) == d`.

/// Prints a document as graphql-js 16's `print` does: canonical GraphQL text, definitions
/// separated by a blank line, no trailing newline.
///
/// ```swift
/// let document = try parse("query { practices(first: 2) { title } }")
/// print(printDocument(document))
/// // {
/// //   practices(first: 2) {
/// //     title
/// //   }
/// // }
/// ```
public func printDocument(_ document: DocumentNode) -> String {
    PrintLayout.join(document.definitions.map(printDefinition), "\n\n")
}

/// Prints one top-level definition (an operation, a fragment, or a type-system definition or
/// extension) as it appears in `printDocument`'s output.
public func printDefinition(_ definition: DefinitionNode) -> String {
    switch definition {
    case .operation(let node): DocumentPrinter.operation(node)
    case .fragment(let node): DocumentPrinter.fragment(node)
    case .schema(let node): TypeSystemPrinter.schema(node)
    case .type(let node): TypeSystemPrinter.type(node)
    case .directive(let node): TypeSystemPrinter.directive(node)
    case .schemaExtension(let node): TypeSystemPrinter.schemaExtension(node)
    case .typeExtension(let node): TypeSystemPrinter.typeExtension(node)
    }
}

/// Prints a selection set as a `{ }` block, one selection a line.
public func printSelectionSet(_ selectionSet: SelectionSetNode) -> String {
    DocumentPrinter.selectionSet(selectionSet)
}

/// Prints an input value as written in a document: `"text"`, `[1, 2]`, `{a: $v}` (spec §2.9).
public func printValue(_ value: ValueNode) -> String {
    switch value {
    case .variable(let node): "$" + node.name.value
    case .int(let text, _), .float(let text, _): text
    case .string(let text, let block, _): block ? printBlockString(text) : printString(text)
    case .boolean(let flag, _): flag ? "true" : "false"
    case .null: "null"
    case .enumValue(let name, _): name
    case .list(let values, _): "[" + PrintLayout.join(values.map(printValue), ", ") + "]"
    case .object(let fields, _):
        "{" + PrintLayout.join(fields.map { $0.name.value + ": " + printValue($0.value) }, ", ") + "}"
    }
}

/// Prints a type reference as written: `String`, `[ID!]!` (spec §2.11).
public func printType(_ type: TypeNode) -> String {
    switch type {
    case .named(let node): node.name.value
    case .list(let inner, _): "[" + printType(inner) + "]"
    case .nonNull(let inner, _): printType(inner) + "!"
    }
}

/// Prints a directive application: `@name(arg: value)` (spec §2.12).
public func printDirective(_ directive: DirectiveNode) -> String {
    "@" + directive.name.value + PrintLayout.wrap("(", DocumentPrinter.arguments(directive.arguments), ")")
}

/// The executable half of the printer: operations, fragments, selections (spec §2.3 – §2.12).
enum DocumentPrinter {
    /// graphql-js's MAX_LINE_LENGTH: past it, a field's arguments go one a line.
    static let maxLineLength = 80

    /// `query Name($v: T) @d { … }`, or the bare selection set for an anonymous query with
    /// neither variables nor directives (spec §2.3, "query shorthand").
    static func operation(_ node: OperationDefinitionNode) -> String {
        let variables = PrintLayout.wrap(
            "(", PrintLayout.join(node.variableDefinitions.map(variableDefinition), ", "), ")")
        let prefix = PrintLayout.join(
            [
                node.operation.rawValue,
                PrintLayout.join([node.name?.value ?? "", variables]),
                directives(node.directives),
            ], " ")
        return (prefix == "query" ? "" : prefix + " ") + selectionSet(node.selectionSet)
    }

    /// `$name: Type = default @d` (spec §2.10).
    static func variableDefinition(_ node: VariableDefinitionNode) -> String {
        "$" + node.variable.name.value + ": " + printType(node.type)
            + PrintLayout.wrap(" = ", node.defaultValue.map(printValue))
            + PrintLayout.wrap(" ", directives(node.directives))
    }

    /// `fragment Name on Type @d { … }` (spec §2.8).
    static func fragment(_ node: FragmentDefinitionNode) -> String {
        "fragment " + node.name.value + " on " + node.typeCondition.name.value + " "
            + PrintLayout.wrap("", directives(node.directives), " ") + selectionSet(node.selectionSet)
    }

    /// `{ selection … }`, one selection a line (spec §2.4).
    static func selectionSet(_ node: SelectionSetNode) -> String {
        PrintLayout.block(node.selections.map(selection))
    }

    /// A field, a fragment spread or an inline fragment (spec §2.4).
    static func selection(_ node: SelectionNode) -> String {
        switch node {
        case .field(let field):
            return self.field(field)
        case .fragmentSpread(let spread):
            return "..." + spread.name.value + PrintLayout.wrap(" ", directives(spread.directives))
        case .inlineFragment(let fragment):
            return PrintLayout.join(
                [
                    "...",
                    PrintLayout.wrap("on ", fragment.typeCondition?.name.value),
                    directives(fragment.directives),
                    selectionSet(fragment.selectionSet),
                ], " ")
        }
    }

    /// `alias: name(arguments) @d { … }` (spec §2.5); arguments go one a line when the
    /// one-line form is longer than 80 UTF-16 code units, as graphql-js measures it.
    static func field(_ node: FieldNode) -> String {
        let prefix = PrintLayout.wrap("", node.alias?.value, ": ") + node.name.value
        let printedArguments = node.arguments.map(argument)
        var argumentsLine = prefix + PrintLayout.wrap("(", PrintLayout.join(printedArguments, ", "), ")")
        if argumentsLine.utf16.count > maxLineLength {
            argumentsLine =
                prefix + PrintLayout.wrap("(\n", PrintLayout.indent(PrintLayout.join(printedArguments, "\n")), "\n)")
        }
        return PrintLayout.join(
            [argumentsLine, directives(node.directives), node.selectionSet.map(selectionSet) ?? ""], " ")
    }

    /// `name: value` (spec §2.6).
    static func argument(_ node: ArgumentNode) -> String {
        node.name.value + ": " + printValue(node.value)
    }

    /// Arguments separated by `, `, without the parentheses.
    static func arguments(_ nodes: [ArgumentNode]) -> String {
        PrintLayout.join(nodes.map(argument), ", ")
    }

    /// Directives separated by spaces.
    static func directives(_ nodes: [DirectiveNode]) -> String {
        PrintLayout.join(nodes.map(printDirective), " ")
    }
}

/// The string helpers graphql-js's printer composes with, with the same meaning: empty strings
/// vanish from joins, wrapping an empty string gives an empty string.
enum PrintLayout {
    /// The non-empty items joined by `separator`.
    static func join(_ items: [String], _ separator: String = "") -> String {
        var result = ""
        var first = true
        for item in items where !item.isEmpty {
            if !first { result += separator }
            result += item
            first = false
        }
        return result
    }

    /// `start + text + end`, or "" when `text` is nil or empty.
    static func wrap(_ start: String, _ text: String?, _ end: String = "") -> String {
        guard let text, !text.isEmpty else { return "" }
        return start + text + end
    }

    /// Items one a line inside an indented `{ }` block; "" when there are none.
    static func block(_ items: [String]) -> String {
        wrap("{\n", indent(join(items, "\n")), "\n}")
    }

    /// Every line of `text` indented by two spaces; "" stays "".
    static func indent(_ text: String) -> String {
        text.isEmpty ? "" : "  " + replacingNewlines(in: text, with: "\n  ")
    }

    /// `text` with every line feed replaced by `replacement`.
    static func replacingNewlines(in text: String, with replacement: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 64)
        var lineStart = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            result += text[lineStart..<index]
            result += replacement
            lineStart = text.utf8.index(after: index)
        }
        result += text[lineStart...]
        return result
    }
}
