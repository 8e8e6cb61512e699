import Testing

@testable import GraphQLEngine

/// `OverlappingFieldsCanBeMergedRule` on fields and fragments repeated many times, which it
/// compares once per pair of content classes rather than once per pair: copies give no error,
/// and copies mixed with fields that conflict give exactly graphql-js 16's errors.
///
/// The expected errors were produced by graphql-core 3.2.8 (a port of graphql-js 16) running
/// only this rule on the same documents against the same schema (`validationTestSDL`), its
/// single quotes in messages changed to graphql-js's double quotes.
/// (Long because it holds one test per case, each with its document and expected errors.)
struct OverlappingFieldsCanBeMergedRuleRepeatTests {
    private static let tooManyErrors = "Too many validation errors, error limit reached. Validation aborted."

    @Test("two thousand identical fields with sub-selections are valid")
    func twoThousandIdenticalFieldsWithSubSelectionsAreValid() {
        let fields = String(repeating: "    mother { name mother { barks } }\n", count: 2_000)
        expectValid(OverlappingFieldsCanBeMergedRule.self, "{\n  dog {\n\(fields)  }\n}")
    }

    @Test("identical copies nested in identical copies are valid")
    func identicalCopiesNestedInIdenticalCopiesAreValid() {
        let inner = String(repeating: "name ", count: 30)
        let middle = String(repeating: "mother { \(inner)} ", count: 30)
        let outer = String(repeating: "    mother { \(middle)}\n", count: 30)
        expectValid(OverlappingFieldsCanBeMergedRule.self, "{\n  dog {\n\(outer)  }\n}")
    }

    @Test("a fragment spread a thousand times, in one set and in a thousand copies of a field, is valid")
    func aFragmentSpreadAThousandTimesIsValid() {
        let spreads = String(repeating: "...F ", count: 1_000)
        let fields = String(repeating: "mother { ...F } ", count: 1_000)
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            "{ dog { \(spreads)\(fields)} }\nfragment F on Dog { name mother { name } }")
    }

    @Test("a hundred fragments each spreading all the ones before it are valid")
    func aHundredFragmentsEachSpreadingTheOnesBeforeAreValid() {
        var document = "{ dog { ...F99 } }\n"
        for index in 0..<100 {
            let spreads = (0..<index).map { " ...F\($0)" }.joined()
            document += "fragment F\(index) on Dog { name mother { name }\(spreads) }\n"
        }
        expectValid(OverlappingFieldsCanBeMergedRule.self, document)
    }

    @Test("thousands of conflicting pairs stop at the error limit, as graphql-js reports them")
    func thousandsOfConflictingPairsStopAtTheErrorLimit() {
        // 200 copies of a field whose sub-selection conflicts within itself: each pair of
        // copies conflicts, 19,900 pairs; graphql-js reports the first 100 (the first copy
        // against the next 100), then stops.
        let fields = String(repeating: "    mother { x: name x: nickname }\n", count: 200)
        let message =
            "Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are "
            + "different fields and subfields \"x\" conflict because \"nickname\" and \"name\" are different fields. "
            + "Use different aliases on the fields to fetch both if this was intentional."
        var expected: [ExpectedError] = (0..<100).map { index in
            (message, [(3, 5), (3, 14), (3, 22), (4 + index, 5), (4 + index, 22), (4 + index, 14)])
        }
        expected.append((Self.tooManyErrors, []))
        expectValidationErrors(OverlappingFieldsCanBeMergedRule.self, "{\n  dog {\n\(fields)  }\n}", expected)
    }

    @Test("an overlap with more nested conflicts than the search makes stops the pass")
    func anOverlapWithMoreNestedConflictsThanTheSearchMakesStopsThePass() {
        // 120 by 120 conflicting subfields: graphql-js would give one error listing 14,400
        // pairs; the search stops at `maxConflicts` and the pass ends with the limit error.
        let names = String(repeating: "name ", count: 120)
        let nicknames = String(repeating: "name: nickname ", count: 120)
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self, "{ dog { mother { \(names)} mother { \(nicknames)} } }",
            [(Self.tooManyErrors, [])])
    }

    @Test("identical copies around two aliases of another field give graphql-js's errors")
    func identicalCopiesAroundAliasesOfAnotherField() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              dog {
                name
                name
                name: nickname
                name
                name: nickname
                name
              }
            }
            """,
            [
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (5, 5)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (7, 5)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (5, 5)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (7, 5)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (6, 5)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (8, 5)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 5), (7, 5)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(7, 5), (8, 5)]
                )
            ])
    }

    @Test("identical sub-selections around one that differs give graphql-js's errors")
    func identicalSubSelectionsAroundOneThatDiffers() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              dog {
                mother { name }
                mother { name }
                mother { name: nickname }
                mother { name }
                mother { name }
              }
            }
            """,
            [
                (
                    "Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (3, 14), (5, 5), (5, 14)]
                ),
                (
                    "Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (4, 14), (5, 5), (5, 14)]
                ),
                (
                    "Fields \"mother\" conflict because subfields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (5, 14), (6, 5), (6, 14)]
                ),
                (
                    "Fields \"mother\" conflict because subfields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (5, 14), (7, 5), (7, 14)]
                )
            ])
    }

    @Test("identical fields whose sub-selections conflict within themselves conflict with each other")
    func identicalSelfConflictingFieldsConflictWithEachOther() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              dog {
                mother { x: name x: nickname }
                mother { x: name x: nickname }
                mother { x: name x: nickname }
              }
            }
            """,
            [
                (
                    "Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (3, 14), (3, 22), (4, 5), (4, 22), (4, 14)]
                ),
                (
                    "Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (3, 14), (3, 22), (5, 5), (5, 22), (5, 14)]
                ),
                (
                    "Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (4, 14), (4, 22), (5, 5), (5, 22), (5, 14)]
                ),
                (
                    "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 14), (3, 22)]
                ),
                (
                    "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 14), (4, 22)]
                ),
                (
                    "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 14), (5, 22)]
                )
            ])
    }

    @Test("repeated arguments with one differing value give graphql-js's errors")
    func repeatedArgumentsWithOneDifferingValue() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
                doesKnowCommand(dogCommand: SIT)
                doesKnowCommand(dogCommand: HEEL)
                doesKnowCommand(dogCommand: SIT)
                doesKnowCommand(dogCommand: HEEL)
              }
            }
            """,
            [
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (5, 5)]
                ),
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (7, 5)]
                ),
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (5, 5)]
                ),
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (7, 5)]
                ),
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (6, 5)]
                ),
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 5), (7, 5)]
                )
            ])
    }

    @Test("strings equal in Swift but not in bytes are different arguments")
    func stringsEqualInSwiftButNotInBytesAreDifferentArguments() {
        // "\u{E9}" and "e\u{301}" are equal as Swift strings; graphql-js compares printed bytes.
        let precomposed = "\u{E9}"
        let decomposed = "e\u{301}"
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            "{\n  complicatedArgs {\n" + [precomposed, precomposed, decomposed, precomposed]
            .map { "    stringArgField(stringArg: \"\($0)\")\n" }.joined() + "  }\n}",
            [
                (
                    "Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (5, 5)]
                ),
                (
                    "Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (5, 5)]
                ),
                (
                    "Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (6, 5)]
                )
            ])
    }

    @Test("repeated fields in a set and the fragments it spreads give graphql-js's errors")
    func repeatedFieldsInASetAndItsFragments() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              dog {
                name
                name
                ...A
                ...B
                ...A
              }
            }
            fragment A on Dog { name name name: nickname name }
            fragment B on Dog { name name: barkVolume name }
            """,
            [
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (10, 31)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (10, 31)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 21), (11, 26)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 26), (11, 26)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 31), (11, 21)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 31), (11, 26)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 31), (11, 43)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 46), (11, 26)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (11, 26)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (11, 26)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 21), (10, 31)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 26), (10, 31)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 31), (10, 46)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(11, 21), (11, 26)]
                ),
                (
                    "Fields \"name\" conflict because \"barkVolume\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(11, 26), (11, 43)]
                )
            ])
    }

    @Test("repeated fields on both sides of an overlap give one error listing each pair")
    func repeatedFieldsOnBothSidesOfAnOverlap() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              dog {
                mother { name name name }
                mother { name name: nickname name name: nickname }
              }
            }
            """,
            [
                (
                    "Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields and subfields \"name\" conflict because \"name\" and \"nickname\" are different fields and subfields \"name\" conflict because \"name\" and \"nickname\" are different fields and subfields \"name\" conflict because \"name\" and \"nickname\" are different fields and subfields \"name\" conflict because \"name\" and \"nickname\" are different fields and subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (3, 14), (3, 14), (3, 19), (3, 19), (3, 24), (3, 24), (4, 5), (4, 19), (4, 39), (4, 19), (4, 39), (4, 19), (4, 39)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 14), (4, 19)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 14), (4, 39)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 19), (4, 34)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 34), (4, 39)]
                )
            ])
    }

    @Test("repeated fields under mutually exclusive parents give graphql-js's errors")
    func repeatedFieldsUnderExclusiveParents() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              catOrDog {
                ... on Dog { name: nickname name: nickname name }
                ... on Cat { name: nickname name: nickname name: meows }
                ... on Dog { name: nickname }
              }
            }
            """,
            [
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 18), (3, 48)]
                ),
                (
                    "Fields \"name\" conflict because they return conflicting types \"String\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 18), (4, 48)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 33), (3, 48)]
                ),
                (
                    "Fields \"name\" conflict because they return conflicting types \"String\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 33), (4, 48)]
                ),
                (
                    "Fields \"name\" conflict because they return conflicting types \"String\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 48), (4, 48)]
                ),
                (
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 48), (5, 18)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"meows\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 18), (4, 48)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"meows\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 33), (4, 48)]
                ),
                (
                    "Fields \"name\" conflict because they return conflicting types \"Boolean\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 48), (5, 18)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 18), (3, 48)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 33), (3, 48)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"meows\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 18), (4, 48)]
                ),
                (
                    "Fields \"name\" conflict because \"nickname\" and \"meows\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 33), (4, 48)]
                )
            ])
    }
}
