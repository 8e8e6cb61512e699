import Testing

@testable import GraphQLEngine

/// Printing syntax trees built in code: values, types, strings and layout rules.
@Suite struct PrinterTests {
    private func name(_ value: String) -> NameNode { NameNode(value: value) }

    @Test func printsAnAnonymousQueryInShortForm() {
        let field = FieldNode(name: name("practices"))
        let operation = OperationDefinitionNode(
            operation: .query, selectionSet: SelectionSetNode(selections: [.field(field)]))
        #expect(printDocument(DocumentNode(definitions: [.operation(operation)])) == "{\n  practices\n}")
    }

    @Test func keepsTheKeywordOfAnAnonymousMutation() {
        let operation = OperationDefinitionNode(
            operation: .mutation,
            selectionSet: SelectionSetNode(selections: [.field(FieldNode(name: name("like")))]))
        #expect(printDefinition(.operation(operation)) == "mutation {\n  like\n}")
    }

    @Test func escapesStringsAsGraphqlJsDoes() {
        #expect(printString("plain é 日本 😀") == "\"plain é 日本 😀\"")
        #expect(printString("q\" b\\ /") == #""q\" b\\ /""#)
        #expect(printString("\u{8}\u{C}\n\r\t") == #""\b\f\n\r\t""#)
        #expect(printString("\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}") == "\"\\u0000\\u001F\\u007F\\u0080\\u009F\u{A0}\"")
        #expect(printString("\u{B}\u{E}") == #""\u000B\u000E""#)
    }

    @Test func printsEveryKindOfValue() {
        let object = ValueNode.object(
            [
                ObjectFieldNode(name: name("a"), value: .int("-0", .none)),
                ObjectFieldNode(name: name("b"), value: .list([.float("1.5e3", .none), .null(.none)], .none)),
                ObjectFieldNode(name: name("c"), value: .variable(VariableNode(name: name("v")))),
                ObjectFieldNode(name: name("d"), value: .enumValue("DESC", .none)),
                ObjectFieldNode(name: name("e"), value: .boolean(false, .none)),
            ], .none)
        #expect(printValue(object) == "{a: -0, b: [1.5e3, null], c: $v, d: DESC, e: false}")
        #expect(printValue(.list([], .none)) == "[]")
        #expect(printValue(.object([], .none)) == "{}")
        #expect(printValue(.string("a\nb", block: false, .none)) == #""a\nb""#)
    }

    @Test func printsTypeReferences() {
        let id = TypeNode.named(NamedTypeNode(name: name("ID")))
        #expect(printType(.nonNull(.list(.nonNull(id, .none), .none), .none)) == "[ID!]!")
    }

    @Test func leavesEmptyBlocksOut() {
        let object = ObjectTypeDefinitionNode(name: name("Empty"))
        let union = UnionTypeDefinitionNode(name: name("Nothing"))
        #expect(printDefinition(.type(.object(object))) == "type Empty")
        #expect(printDefinition(.typeExtension(.union(union))) == "extend union Nothing")
    }

    @Test func indentsEveryLineOfANestedBlockString() {
        let argument = ArgumentNode(name: name("text"), value: .string("one\ntwo", block: true, .none))
        let inner = FieldNode(name: name("inner"), arguments: [argument])
        let outer = FieldNode(name: name("outer"), selectionSet: SelectionSetNode(selections: [.field(inner)]))
        let document = DocumentNode(definitions: [
            .operation(
                OperationDefinitionNode(operation: .query, selectionSet: SelectionSetNode(selections: [.field(outer)])))
        ])
        #expect(
            printDocument(document) == """
                {
                  outer {
                    inner(text: \"""
                    one
                    two
                    \""")
                  }
                }
                """)
    }
}
