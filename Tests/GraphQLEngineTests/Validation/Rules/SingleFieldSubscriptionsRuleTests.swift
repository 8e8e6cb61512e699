import Testing

@testable import GraphQLEngine

/// A schema without a subscription type.
private let schemaWithoutSubscriptions: GraphQLSchema = {
    do throws(SchemaBuildError) {
        return try buildSchema(Source("type Query { dummy: String }"))
    } catch {
        fatalError("The test schema does not build: \(error.errors)")
    }
}()

/// `SingleFieldSubscriptionsRule`: messages and locations as graphql-js 16 reports them.
struct SingleFieldSubscriptionsRuleTests {
    @Test("a valid subscription")
    func aValidSubscription() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ImportantEmails {
              importantEmails
            }
            """)
    }

    @Test("a valid subscription with a fragment")
    func aValidSubscriptionWithAFragment() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              importantEmails
            }
            """)
    }

    @Test("a valid subscription with a fragment and a field selecting the same response name")
    func aValidSubscriptionWithAFragmentAndAFieldSelectingTheSameResponseName() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription sub {
              importantEmails
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              importantEmails
            }
            """)
    }

    @Test("more than one root field fails")
    func moreThanOneRootFieldFails() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """,
            [
                ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3)])
            ])
    }

    @Test("more than one root field including introspection fails twice")
    func moreThanOneRootFieldIncludingIntrospectionFailsTwice() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """,
            [
                ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3)]),
                ("Subscription \"ImportantEmails\" must not select an introspection top level field.", [(3, 3)]),
            ])
    }

    @Test("more than one root field including aliased introspection via a fragment fails twice")
    func moreThanOneRootFieldIncludingAliasedIntrospectionViaAFragmentFailsTwice() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ImportantEmails {
              importantEmails
              ...Introspection
            }
            fragment Introspection on SubscriptionRoot {
              typename: __typename
            }
            """,
            [
                ("Subscription \"ImportantEmails\" must select only one top level field.", [(6, 3)]),
                ("Subscription \"ImportantEmails\" must not select an introspection top level field.", [(6, 3)]),
            ])
    }

    @Test("many more than one root field fails once, at every extra field")
    func manyMoreThanOneRootFieldFailsOnceAtEveryExtraField() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """,
            [
                ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3), (4, 3)])
            ])
    }

    @Test("many more than one root field via fragments fails")
    func manyMoreThanOneRootFieldViaFragmentsFails() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ImportantEmails {
              importantEmails
              ... {
                more: moreImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
            }
            """,
            [
                (
                    "Subscription \"ImportantEmails\" must select only one top level field.",
                    [(4, 5), (9, 3), (10, 3), (14, 3)]
                )
            ])
    }

    @Test("recursive fragments do not loop forever")
    func recursiveFragmentsDoNotLoopForever() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription NoInfiniteLoop {
              ...A
            }
            fragment A on SubscriptionRoot {
              ...A
            }
            """)
    }

    @Test("many more than one root field via fragments in an anonymous subscription fails")
    func manyMoreThanOneRootFieldViaFragmentsInAnAnonymousSubscriptionFails() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              ... {
                more: moreImportantEmails
                ...NotImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
            }
            """,
            [
                ("Anonymous Subscription must select only one top level field.", [(4, 5), (10, 3), (11, 3), (15, 3)])
            ])
    }

    @Test("more than one root field in an anonymous subscription fails")
    func moreThanOneRootFieldInAnAnonymousSubscriptionFails() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              notImportantEmails
            }
            """,
            [
                ("Anonymous Subscription must select only one top level field.", [(3, 3)])
            ])
    }

    @Test("an introspection field fails")
    func anIntrospectionFieldFails() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ImportantEmails {
              __typename
            }
            """,
            [
                ("Subscription \"ImportantEmails\" must not select an introspection top level field.", [(2, 3)])
            ])
    }

    @Test("an introspection field in an anonymous subscription fails")
    func anIntrospectionFieldInAnAnonymousSubscriptionFails() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              __typename
            }
            """,
            [
                ("Anonymous Subscription must not select an introspection top level field.", [(2, 3)])
            ])
    }

    @Test("an introspection field selected twice fails once, at both fields")
    func anIntrospectionFieldSelectedTwiceFailsOnceAtBothFields() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              __typename
              __typename
            }
            """,
            [
                ("Anonymous Subscription must not select an introspection top level field.", [(2, 3), (3, 3)])
            ])
    }

    @Test("a schema without a subscription type is skipped")
    func aSchemaWithoutASubscriptionTypeIsSkipped() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              __typename
            }
            """, schema: schemaWithoutSubscriptions)
    }

    @Test("queries and mutations are not checked")
    func queriesAndMutationsAreNotChecked() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            query {
              dog { name }
              cat { name }
            }
            """)
    }

    @Test("fields with the same response name count once")
    func fieldsWithTheSameResponseNameCountOnce() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              emails: importantEmails
              emails: spamEmails
            }
            """)
    }

    @Test("a field skipped by a literal condition is not counted")
    func aFieldSkippedByALiteralConditionIsNotCounted() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              spamEmails @skip(if: true)
              deletedEmails @include(if: false)
            }
            """)
    }

    @Test("a field kept by a literal condition is counted")
    func aFieldKeptByALiteralConditionIsCounted() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              spamEmails @skip(if: false)
              deletedEmails @include(if: true)
            }
            """,
            [
                ("Anonymous Subscription must select only one top level field.", [(3, 3), (4, 3)])
            ])
    }

    @Test("skipped fragments are not counted")
    func skippedFragmentsAreNotCounted() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              ...Spam @skip(if: true)
              ... @include(if: false) {
                deletedEmails
              }
            }
            fragment Spam on SubscriptionRoot {
              spamEmails
            }
            """)
    }

    @Test("only the first skip directive of a selection counts")
    func onlyTheFirstSkipDirectiveOfASelectionCounts() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              spamEmails @skip(if: true) @skip(if: false)
            }
            """)
    }

    @Test("fragments whose type condition does not apply are not counted")
    func fragmentsWhoseTypeConditionDoesNotApplyAreNotCounted() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              ... on QueryRoot {
                dog { name }
              }
              ...OnDog
            }
            fragment OnDog on Dog {
              name
            }
            """)
    }

    @Test("fragments on unknown types and unknown fragments are not counted")
    func fragmentsOnUnknownTypesAndUnknownFragmentsAreNotCounted() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription {
              importantEmails
              ... on Unknown {
                spamEmails
              }
              ...UnknownFragment
            }
            """)
    }

    // graphql-js 16 throws here (the variable has no value during validation); we keep the field,
    // so a subscription that may select two fields is reported.
    @Test("a field whose condition is a variable is counted")
    func aFieldWhoseConditionIsAVariableIsCounted() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ($skip: Boolean!) {
              importantEmails
              spamEmails @skip(if: $skip)
            }
            """,
            [
                ("Anonymous Subscription must select only one top level field.", [(3, 3)])
            ])
    }

    // graphql-js 16 throws here; we keep both fields.
    @Test("a field whose condition is missing or not a boolean is counted")
    func aFieldWhoseConditionIsMissingOrNotABooleanIsCounted() {
        expectValidationErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription Emails {
              importantEmails
              spamEmails @include
              deletedEmails @include(if: "yes")
            }
            """,
            [
                ("Subscription \"Emails\" must select only one top level field.", [(3, 3), (4, 3)])
            ])
    }
}
