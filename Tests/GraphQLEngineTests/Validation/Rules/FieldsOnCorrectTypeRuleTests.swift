import Testing

@testable import GraphQLEngine

/// `FieldsOnCorrectTypeRule`: messages and locations as graphql-js 16 reports them.
struct FieldsOnCorrectTypeRuleTests {
    @Test("an object field selection is valid")
    func anObjectFieldSelectionIsValid() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """)
    }

    @Test("an aliased object field selection is valid")
    func anAliasedObjectFieldSelectionIsValid() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """)
    }

    @Test("an interface field selection is valid")
    func anInterfaceFieldSelectionIsValid() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """)
    }

    @Test("a lying alias selection is valid")
    func aLyingAliasSelectionIsValid() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """)
    }

    @Test("fields on an unknown type are ignored")
    func fieldsOnAnUnknownTypeAreIgnored() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """)
    }

    @Test("errors are reported again once the type is known")
    func errorsAreReportedAgainOnceTheTypeIsKnown() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """,
            [
                ("Cannot query field \"unknown_pet_field\" on type \"Pet\".", [(2, 3)]),
                ("Cannot query field \"unknown_cat_field\" on type \"Cat\".", [(4, 7)]),
            ])
    }

    @Test("a field not defined on a fragment's type is reported with field suggestions")
    func aFieldNotDefinedOnAFragmentsTypeIsReportedWithFieldSuggestions() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            [
                ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(2, 3)])
            ])
    }

    @Test("fields below an unknown field are ignored")
    func fieldsBelowAnUnknownFieldAreIgnored() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            [
                ("Cannot query field \"unknown_field\" on type \"Dog\".", [(2, 3)])
            ])
    }

    @Test("an unknown sub-field is reported")
    func anUnknownSubfieldIsReported() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            [
                ("Cannot query field \"unknown_field\" on type \"Pet\".", [(3, 5)])
            ])
    }

    @Test("a field not defined on an inline fragment's type is reported")
    func aFieldNotDefinedOnAnInlineFragmentsTypeIsReported() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            [
                ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(3, 5)])
            ])
    }

    @Test("an aliased field whose target is not defined is reported")
    func anAliasedFieldWhoseTargetIsNotDefinedIsReported() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """,
            [
                ("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(2, 3)])
            ])
    }

    @Test("an aliased lying field whose target is not defined is reported")
    func anAliasedLyingFieldWhoseTargetIsNotDefinedIsReported() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """,
            [
                ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(2, 3)])
            ])
    }

    @Test("a field defined nowhere on an interface is reported")
    func aFieldDefinedNowhereOnAnInterfaceIsReported() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """,
            [
                ("Cannot query field \"tailLength\" on type \"Pet\".", [(2, 3)])
            ])
    }

    @Test("a field defined on implementors but not on the interface suggests inline fragments")
    func aFieldDefinedOnImplementorsButNotOnTheInterfaceSuggestsInlineFragments() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            [
                (
                    "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?",
                    [(2, 3)]
                )
            ])
    }

    @Test("the meta-field __typename may be selected on a union")
    func theMetafieldTypenameMayBeSelectedOnAUnion() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """)
    }

    @Test("a direct field selection on a union is reported")
    func aDirectFieldSelectionOnAUnionIsReported() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            [
                ("Cannot query field \"directField\" on type \"CatOrDog\".", [(2, 3)])
            ])
    }

    @Test("a field defined on a union's members suggests interfaces first, then objects")
    func aFieldDefinedOnAUnionsMembersSuggestsInterfacesFirstThenObjects() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
            [
                (
                    "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?",
                    [(2, 3)]
                )
            ])
    }

    @Test("valid fields in inline fragments")
    func validFieldsInInlineFragments() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """)
    }

    @Test("__schema and __type are only defined on the query type")
    func schemaAndTypeAreOnlyDefinedOnTheQueryType() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            {
              dog { __schema { queryType { name } } __type(name: "Dog") { name } }
              __schema { queryType { name } }
              __type(name: "Dog") { name }
            }
            """,
            [
                ("Cannot query field \"__schema\" on type \"Dog\".", [(2, 9)]),
                ("Cannot query field \"__type\" on type \"Dog\".", [(2, 41)]),
            ])
    }

    @Test("an unknown root field is reported on the root type")
    func anUnknownRootFieldIsReportedOnTheRootType() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            {
              unknownRoot
            }
            """,
            [
                ("Cannot query field \"unknownRoot\" on type \"QueryRoot\".", [(2, 3)])
            ])
    }

    @Test("subscription root fields are checked on the subscription type")
    func subscriptionRootFieldsAreCheckedOnTheSubscriptionType() {
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            subscription {
              importantEmails
              unknownEmails
            }
            """,
            [
                ("Cannot query field \"unknownEmails\" on type \"SubscriptionRoot\".", [(3, 3)])
            ])
    }

    @Test("operations on a root type the schema lacks are ignored")
    func operationsOnARootTypeTheSchemaLacksAreIgnored() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            """
            mutation {
              anything
            }
            """)
    }

    @Test("the error has no suggestions when nothing is close")
    func theErrorHasNoSuggestionsWhenNothingIsClose() throws {
        let schema = try buildSchema(
            Source(
                """
                type T {
                  fieldWithVeryLongNameThatWillNeverBeSuggested: String
                }
                type Query {
                  t: T
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { t { f } }
            """,
            [
                ("Cannot query field \"f\" on type \"T\".", [(1, 7)])
            ], schema: schema)
    }

    @Test("a few type suggestions are listed")
    func aFewTypeSuggestionsAreListed() throws {
        let schema = try buildSchema(
            Source(
                """
                union T = A | B
                type Query {
                  t: T
                }
                type A {
                  f: String
                }
                type B {
                  f: String
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { t { f } }
            """,
            [
                (
                    "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?",
                    [(1, 7)]
                )
            ], schema: schema)
    }

    @Test("a few field suggestions are listed")
    func aFewFieldSuggestionsAreListed() throws {
        let schema = try buildSchema(
            Source(
                """
                type T {
                  y: String
                  z: String
                }
                type Query {
                  t: T
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { t { f } }
            """,
            [
                ("Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?", [(1, 7)])
            ], schema: schema)
    }

    @Test("only type suggestions are shown when there are both")
    func onlyTypeSuggestionsAreShownWhenThereAreBoth() throws {
        let schema = try buildSchema(
            Source(
                """
                interface T {
                  y: String
                  z: String
                }
                type Query {
                  t: T
                }
                type A implements T {
                  f: String
                  y: String
                  z: String
                }
                type B implements T {
                  f: String
                  y: String
                  z: String
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { t { f } }
            """,
            [
                (
                    "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?",
                    [(1, 7)]
                )
            ], schema: schema)
    }

    @Test("type suggestions are sorted by inheritance order")
    func typeSuggestionsAreSortedByInheritanceOrder() throws {
        let schema = try buildSchema(
            Source(
                """
                interface T {
                  bar: String
                }
                type Query {
                  t: T
                }
                interface Z implements T {
                  foo: String
                  bar: String
                }
                interface Y implements Z & T {
                  foo: String
                  bar: String
                }
                type X implements Y & Z & T {
                  foo: String
                  bar: String
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { t { foo } }
            """,
            [
                (
                    "Cannot query field \"foo\" on type \"T\". Did you mean to use an inline fragment on \"Z\", \"Y\", or \"X\"?",
                    [(1, 7)]
                )
            ], schema: schema)
    }

    @Test("type suggestions are limited to five")
    func typeSuggestionsAreLimitedToFive() throws {
        let schema = try buildSchema(
            Source(
                """
                union T = A | B | C | D | E | F
                type Query {
                  t: T
                }
                type A {
                  f: String
                }
                type B {
                  f: String
                }
                type C {
                  f: String
                }
                type D {
                  f: String
                }
                type E {
                  f: String
                }
                type F {
                  f: String
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { t { f } }
            """,
            [
                (
                    "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?",
                    [(1, 7)]
                )
            ], schema: schema)
    }

    @Test("field suggestions are limited to five")
    func fieldSuggestionsAreLimitedToFive() throws {
        let schema = try buildSchema(
            Source(
                """
                type T {
                  u: String
                  v: String
                  w: String
                  x: String
                  y: String
                  z: String
                }
                type Query {
                  t: T
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { t { f } }
            """,
            [
                ("Cannot query field \"f\" on type \"T\". Did you mean \"u\", \"v\", \"w\", \"x\", or \"y\"?", [(1, 7)])
            ], schema: schema)
    }

    @Test("type suggestions are sorted by how many suggested types use them, then by name")
    func typeSuggestionsAreSortedByHowManySuggestedTypesUseThemThenByName() throws {
        let schema = try buildSchema(
            Source(
                """
                interface Named {
                  name: String
                }
                interface Aged {
                  name: String
                }
                type Query {
                  u: U
                }
                union U = Zebra | Ant | Bee
                type Zebra implements Named {
                  name: String
                }
                type Ant implements Named & Aged {
                  name: String
                }
                type Bee {
                  name: String
                }
                """))
        expectValidationErrors(
            FieldsOnCorrectTypeRule.self,
            """
            { u { name } }
            """,
            [
                (
                    "Cannot query field \"name\" on type \"U\". Did you mean to use an inline fragment on \"Named\", \"Aged\", \"Ant\", \"Bee\", or \"Zebra\"?",
                    [(1, 7)]
                )
            ], schema: schema)
    }
}
