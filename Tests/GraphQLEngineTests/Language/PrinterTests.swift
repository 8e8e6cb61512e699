import Testing

@testable import GraphQLEngine

@Suite struct PrinterTests {
    @Test func printsAnAnonymousQueryInShortForm() {
        let field = FieldNode(name: NameNode(value: "practices"))
        let operation = OperationDefinitionNode(
            operation: .query, selectionSet: SelectionSetNode(selections: [.field(field)]))
        #expect(printDocument(DocumentNode(definitions: [.operation(operation)])) == "{\n  practices\n}")
    }
}
