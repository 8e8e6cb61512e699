import Testing

@testable import GraphQLEngine

/// The lookups rules share: fragments by name, spreads, referenced fragments, variable usages —
/// each in graphql-js's order.
struct ValidationContextTests {
    static let document = """
        query Q($x: Int = 1, $y: Boolean, $z: DogCommand) @onQuery {
          ...A
          dog {
            ...B
            ... on Dog {
              ...C
              isHouseTrained(atOtherHomes: $y)
            }
            ...D
          }
          ...E
          complicatedArgs { complexArgField(complexArg: {requiredField: $y, stringListField: [$w]}) }
        }
        fragment A on QueryRoot { dog { ...B } }
        fragment B on Dog { doesKnowCommand(dogCommand: $z) ...C }
        fragment C on Dog { isAtLocation(x: $x, y: $x) ...A }
        fragment D on Dog { name @include(if: $y) }
        fragment E on QueryRoot { ...Missing }
        """

    private func makeContext() throws -> (ValidationContext, OperationDefinitionNode) {
        let document = try #require(parseForTest(Self.document))
        guard case .operation(let operation) = document.definitions.first else {
            throw ValidationContextTestError.noOperation
        }
        return (ValidationContext(schema: validationTestSchema, document: document, maxErrors: nil), operation)
    }

    @Test("fragment(named:) finds fragment definitions, and nothing for unknown names")
    func fragmentLookup() throws {
        let (context, _) = try makeContext()
        #expect(context.fragment(named: "B")?.typeCondition.name.value == "Dog")
        #expect(context.fragment(named: "Missing") == nil)
    }

    @Test("fragmentSpreads lists the set's own spreads first, then nested sets last first")
    func fragmentSpreadsOrder() throws {
        let (context, operation) = try makeContext()
        #expect(context.fragmentSpreads(of: operation.selectionSet).map(\.name.value) == ["A", "E", "B", "D", "C"])
    }

    @Test("recursivelyReferencedFragments follows spreads once each and skips unknown fragments")
    func recursivelyReferencedFragments() throws {
        let (context, operation) = try makeContext()
        #expect(context.recursivelyReferencedFragments(of: operation).map(\.name.value) == ["A", "E", "B", "D", "C"])
    }

    @Test("variableUsages gives the type and default value expected at each use in the operation")
    func variableUsagesInOperation() throws {
        let (context, operation) = try makeContext()
        let usages = context.variableUsages(in: operation)
        #expect(usages.map(\.node.name.value) == ["y", "y", "w"])
        #expect(usages.map { $0.type.map { "\($0)" } } == ["Boolean", "Boolean!", "String"])
        #expect(usages.map { $0.defaultValue != nil } == [true, false, false])
    }

    @Test("recursiveVariableUsages adds the usages in every referenced fragment, in fragment order")
    func recursiveVariableUsages() throws {
        let (context, operation) = try makeContext()
        let usages = context.recursiveVariableUsages(of: operation)
        #expect(usages.map(\.node.name.value) == ["y", "y", "w", "z", "y", "x", "x"])
        #expect(
            usages.map { $0.type.map { "\($0)" } }
                == ["Boolean", "Boolean!", "String", "DogCommand", "Boolean!", "Int", "Int"])
        #expect(usages.map { $0.defaultValue != nil } == [true, false, false, false, false, false, false])
        #expect(
            usages.map { $0.node.location.sourceLocation }
                == [(7, 36), (12, 65), (12, 87), (15, 49), (17, 39), (16, 37), (16, 44)].map {
                    SourceLocation(line: $0.0, column: $0.1)
                })
    }
}

private enum ValidationContextTestError: Error { case noOperation }
