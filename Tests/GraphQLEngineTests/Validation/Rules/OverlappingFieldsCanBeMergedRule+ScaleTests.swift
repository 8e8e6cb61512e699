import Testing

@testable import GraphQLEngine

/// `OverlappingFieldsCanBeMergedRule` on documents built to be costly: many repeated fields,
/// fragments spreading each other in a lattice (exponential without the fragment-pair memo),
/// fragments recursing through fields, and nodes built in code without locations. Each test
/// asserts graphql-js 16.6's results; finishing at all is the performance check (graphql-js
/// itself takes seconds on the repeated fields).
struct OverlappingFieldsCanBeMergedRuleScaleTests {
    private static let nameAndNicknameConflict =
        "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. "
        + "Use different aliases on the fields to fetch both if this was intentional."

    @Test("a thousand identical fields are valid")
    func aThousandIdenticalFieldsAreValid() {
        let fields = String(repeating: "    name\n", count: 1_000)
        expectValid(OverlappingFieldsCanBeMergedRule.self, "{\n  dog {\n\(fields)  }\n}")
    }

    @Test("three hundred identical fields with selection sets are valid")
    func threeHundredIdenticalFieldsWithSelectionSetsAreValid() {
        let fields = String(repeating: "    mother { name barks }\n", count: 300)
        expectValid(OverlappingFieldsCanBeMergedRule.self, "{\n  dog {\n\(fields)  }\n}")
    }

    @Test("a thousand identical fields and one alias of another field stop at the error limit")
    func aThousandIdenticalFieldsAndOneAliasStopAtTheErrorLimit() {
        let fields = String(repeating: "    name\n", count: 1_000)
        var expected: [ExpectedError] = (0..<100).map { index in
            (Self.nameAndNicknameConflict, [(3 + index, 5), (1_003, 5)])
        }
        expected.append(("Too many validation errors, error limit reached. Validation aborted.", []))
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self, "{\n  dog {\n\(fields)    name: nickname\n  }\n}", expected)
    }

    @Test("sixty fragments each spreading the next two are compared once per pair")
    func sixtyFragmentsEachSpreadingTheNextTwoAreComparedOncePerPair() {
        expectValid(OverlappingFieldsCanBeMergedRule.self, Self.fragmentLattice(count: 60, lastSelects: "name"))
    }

    @Test("a conflict at the end of a lattice of fragments is reported once for each fragment")
    func aConflictAtTheEndOfALatticeOfFragmentsIsReportedOnceForEachFragment() {
        // Each fragment's `name` (column 22 for F0 to F9, 23 after) against F59's alias.
        let expected: [ExpectedError] = (0..<59).map { index in
            (Self.nameAndNicknameConflict, [(2 + index, index < 10 ? 22 : 23), (61, 23)])
        }
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self, Self.fragmentLattice(count: 60, lastSelects: "name: nickname"),
            expected)
    }

    @Test("a conflict at the end of a lattice spread once is reported as graphql-js 16.6 reports it")
    func aConflictAtTheEndOfALatticeSpreadOnce() {
        // graphql-js 16.6 reaches F59 from F57 and F58 only: its fragment-pair memo, shared by
        // set-against-fragment comparisons, skips the other paths. Reported as it does.
        let document = Self.fragmentLattice(count: 60, lastSelects: "name: nickname", spreadAll: false)
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self, document,
            [
                (Self.nameAndNicknameConflict, [(59, 23), (61, 23)]),
                (Self.nameAndNicknameConflict, [(60, 23), (61, 23)]),
            ])
    }

    @Test("two hundred fragments spread together are valid")
    func twoHundredFragmentsSpreadTogetherAreValid() {
        let spreads = (0..<200).map { "...G\($0)" }.joined(separator: " ")
        let fragments = (0..<200).map { "fragment G\($0) on Dog { name mother { name } }\n" }.joined()
        expectValid(OverlappingFieldsCanBeMergedRule.self, "{ dog { \(spreads) } }\n" + fragments)
    }

    @Test("fragments spreading each other inside fields end, where graphql-js 16.6 overflows its stack")
    func fragmentsSpreadingEachOtherInsideFieldsEnd() {
        // The conflict is found once, between A's and B's `mother { mother { name } }`; the
        // comparisons that would repeat forever through the spreads find nothing more.
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            { dog { ...A ...B } }
            fragment A on Dog { mother { ...A mother { ...B name: nickname } } }
            fragment B on Dog { mother { ...B mother { ...A name } } }
            """,
            [
                (
                    "Fields \"mother\" conflict because subfields \"mother\" conflict because subfields \"name\" "
                        + "conflict because \"nickname\" and \"name\" are different fields. Use different aliases on "
                        + "the fields to fetch both if this was intentional.",
                    [(2, 21), (2, 35), (2, 49), (3, 21), (3, 35), (3, 49)]
                )
            ])
    }

    @Test("nodes built in code, without locations, are compared by content")
    func nodesBuiltInCodeAreComparedByContent() {
        func field(_ name: String, alias: String? = nil, _ selections: [SelectionNode]? = nil) -> SelectionNode {
            .field(
                FieldNode(
                    alias: alias.map { NameNode(value: $0) }, name: NameNode(value: name),
                    selectionSet: selections.map { SelectionSetNode(selections: $0) }))
        }
        let spreadA = SelectionNode.fragmentSpread(FragmentSpreadNode(name: NameNode(value: "A")))
        let document = DocumentNode(definitions: [
            .operation(
                OperationDefinitionNode(
                    operation: .query,
                    selectionSet: SelectionSetNode(selections: [
                        field("dog", [spreadA, field("name", alias: "fido"), field("nickname", alias: "fido")])
                    ]))),
            .fragment(
                FragmentDefinitionNode(
                    name: NameNode(value: "A"), typeCondition: NamedTypeNode(name: NameNode(value: "Dog")),
                    selectionSet: SelectionSetNode(selections: [spreadA, field("mother", [spreadA])]))),
        ])
        let errors = validate(
            schema: validationTestSchema, document: document, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(
            errors == [
                GraphQLError(
                    "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. "
                        + "Use different aliases on the fields to fetch both if this was intentional.")
            ])
    }

    /// `{ dog { ...F0 … } }` and fragments F0 to F(count-1), each selecting `name` and spreading
    /// the next two; the last selects `lastSelects`. Fragment Fi is on line i + 2.
    private static func fragmentLattice(count: Int, lastSelects: String, spreadAll: Bool = true) -> String {
        let spreads = spreadAll ? (0..<count).map { "...F\($0)" }.joined(separator: " ") : "...F0"
        var document = "{ dog { \(spreads) } }\n"
        for index in 0..<count {
            let next = (index + 1..<min(index + 3, count)).map { " ...F\($0)" }.joined()
            let selection = index == count - 1 ? lastSelects : "name"
            document += "fragment F\(index) on Dog { \(selection)\(next) }\n"
        }
        return document
    }
}
