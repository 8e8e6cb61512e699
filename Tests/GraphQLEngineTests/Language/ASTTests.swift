import Testing

@testable import GraphQLEngine

@Suite("Syntax tree")
struct ASTTests {
    /// The first field of the document's first operation.
    private func firstField(_ text: String) throws -> FieldNode {
        let document = try parse(text)
        guard case .operation(let operation) = document.definitions.first,
            case .field(let field) = operation.selectionSet.selections.first
        else {
            Issue.record("no field in \(text)")
            return FieldNode(name: NameNode(value: "missing"))
        }
        return field
    }

    @Test("a field built in code equals the same field parsed, with or without arguments and directives")
    func builtFieldsEqualParsedOnes() throws {
        let argument = ArgumentNode(name: NameNode(value: "first"), value: .int("2", .none))
        let directive = DirectiveNode(name: NameNode(value: "skip"))
        #expect(try firstField("{ a }") == FieldNode(name: NameNode(value: "a")))
        #expect(try firstField("{ a }") == FieldNode(name: NameNode(value: "a"), arguments: [], directives: []))
        #expect(try firstField("{ a(first: 2) }") == FieldNode(name: NameNode(value: "a"), arguments: [argument]))
        #expect(try firstField("{ a @skip }") == FieldNode(name: NameNode(value: "a"), directives: [directive]))
        #expect(
            try firstField("{ a(first: 2) @skip }")
                == FieldNode(name: NameNode(value: "a"), arguments: [argument], directives: [directive]))
        #expect(try firstField("{ a(first: 2) }") != FieldNode(name: NameNode(value: "a")))
    }

    @Test("a field's arguments and directives are changed through their properties, apart")
    func fieldListsChangeApart() throws {
        var field = try firstField("{ a(first: 2) @skip }")
        field.arguments.append(ArgumentNode(name: NameNode(value: "after"), value: .string("x", block: false, .none)))
        #expect(field.arguments.map(\.name.value) == ["first", "after"])
        #expect(field.directives.map(\.name.value) == ["skip"])
        field.directives = []
        #expect(field.arguments.count == 2 && field.directives.isEmpty)
        field.arguments = []
        #expect(field == FieldNode(name: NameNode(value: "a")))
        #expect(printSelectionSet(SelectionSetNode(selections: [.field(field)])) == "{\n  a\n}")
    }
}
