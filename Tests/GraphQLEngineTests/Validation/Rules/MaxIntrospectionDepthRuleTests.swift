import Foundation
import Testing

@testable import GraphQLEngine

/// `MaxIntrospectionDepthRule`: errors and locations as graphql-js 16.9 (and graphql-core 3.2.8)
/// report them.
struct MaxIntrospectionDepthRuleTests {
    @Test("three flat lists are valid")
    func threeFlatListsAreValid() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            """
            {
              __type(name: "Query") {
                trueFields: fields(includeDeprecated: true) {
                  name
                }
                falseFields: fields(includeDeprecated: false) {
                  name
                }
                omittedFields: fields {
                  name
                }
              }
            }
            """)
    }

    @Test("fields three deep from __schema are reported at __schema")
    func fieldsThreeDeepFromSchemaAreReportedAtSchema() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("fields two deep are valid")
    func fieldsTwoDeepAreValid() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type { name }
                      }
                    }
                  }
                }
              }
            }
            """)
    }

    @Test("interfaces three deep are reported")
    func interfacesThreeDeepAreReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  interfaces {
                    interfaces {
                      interfaces {
                        name
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("possible types three deep are reported")
    func possibleTypesThreeDeepAreReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  possibleTypes {
                    possibleTypes {
                      possibleTypes {
                        name
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("input fields three deep are reported")
    func inputFieldsThreeDeepAreReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  inputFields {
                    type {
                      inputFields {
                        type {
                          inputFields {
                            type {
                              name
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("each __schema field too deep is reported")
    func eachSchemaFieldTooDeepIsReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              one: __schema {
                types { fields { type { fields { type { fields { name } } } } } }
              }
              two: __schema {
                types { fields { type { fields { type { fields { name } } } } } }
              }
              three: __schema {
                types { name }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)]),
                ("Maximum introspection depth exceeded", [(5, 3)]),
            ])
    }

    @Test("fields three deep from __type are reported at __type")
    func fieldsThreeDeepFromTypeAreReportedAtType() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __type(name: "Query") {
                fields {
                  type {
                    fields {
                      type {
                        fields {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("three lists deep counted across different list fields are reported")
    func threeListsDeepCountedAcrossDifferentListFieldsAreReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      interfaces {
                        possibleTypes {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("one list deep with three sibling lists is valid")
    func oneListDeepWithThreeSiblingListsIsValid() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      oneFields: fields {
                        name
                      }
                      twoFields: fields {
                        name
                      }
                      threeFields: fields {
                        name
                      }
                    }
                  }
                }
              }
            }
            """)
    }

    @Test("lists three deep through other fields are reported")
    func listsThreeDeepThroughOtherFieldsAreReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          ofType {
                            fields {
                              name
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("lists three deep through inline fragments are reported")
    func listsThreeDeepThroughInlineFragmentsAreReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            query test {
              __schema {
                types {
                  ... on __Type {
                    fields {
                      type {
                        ... on __Type {
                          ofType {
                            fields {
                              type {
                                ... on __Type {
                                  fields {
                                    name
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("lists three deep through fragments are reported")
    func listsThreeDeepThroughFragmentsAreReported() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            query test {
              __schema {
                types {
                  ...One
                }
              }
            }

            fragment One on __Type {
              fields {
                type {
                  ...Two
                }
              }
            }

            fragment Two on __Type {
              fields {
                type {
                  ...Three
                }
              }
            }

            fragment Three on __Type {
              fields {
                name
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("a fragment used at several depths is judged at each")
    func aFragmentUsedAtSeveralDepthsIsJudgedAtEach() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              shallow: __schema { types { ...TypeFields } }
              deep: __schema { types { fields { type { interfaces { ...TypeFields } } } } }
            }

            fragment TypeFields on __Type {
              fields { type { name } }
              interfaces { name }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(3, 3)])
            ])
    }

    @Test("a __type field inside a fragment definition is checked there too")
    func aTypeFieldInsideAFragmentDefinitionIsCheckedThereToo() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            query {
              ...Deep
            }

            fragment Deep on QueryRoot {
              __type(name: "Dog") {
                fields { type { fields { type { fields { name } } } } }
              }
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(6, 3)])
            ])
    }

    @Test("lists in fields named like introspection lists outside introspection are not counted")
    func listsInFieldsNamedLikeIntrospectionListsOutsideIntrospectionAreNotCounted() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            """
            {
              dog {
                fields { fields { fields { name } } }
              }
            }
            """)
    }

    @Test("spreads of unknown fragments count for nothing")
    func spreadsOfUnknownFragmentsCountForNothing() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema { types { fields { type { fields { ...Missing } } } } }
            }
            """)
    }

    @Test("a fragment cycle counts for nothing once the fragment is being followed")
    func aFragmentCycleCountsForNothingOnceTheFragmentIsBeingFollowed() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema { types { ...A } }
            }

            fragment A on __Type {
              fields { type { ...B } }
            }

            fragment B on __Type {
              ofType { ...A }
            }
            """)
    }

    @Test("a fragment cycle still counts the lists on its way")
    func aFragmentCycleStillCountsTheListsOnItsWay() {
        expectValidationErrors(
            MaxIntrospectionDepthRule.self,
            """
            {
              __schema { types { ...A } }
            }

            fragment A on __Type {
              fields { type { ...B } }
            }

            fragment B on __Type {
              interfaces { ...C }
              ofType { ...A }
            }

            fragment C on __Type {
              possibleTypes { name }
              ...A
            }
            """,
            [
                ("Maximum introspection depth exceeded", [(2, 3)])
            ])
    }

    @Test("graphql-core's full introspection query is valid")
    func graphqlCoresFullIntrospectionQueryIsValid() throws {
        let query = try String(contentsOf: fixtureURL("introspection-query.graphql"), encoding: .utf8)
        expectValid(MaxIntrospectionDepthRule.self, query)
    }

    @Test("a fragment spread many times on many paths is walked once per depth")
    func aFragmentSpreadManyTimesOnManyPathsIsWalkedOncePerDepth() {
        // Each fragment spreads the next twice: 2^40 paths, which a plain recursive walk would
        // follow one by one.
        let levels = 40
        var query = "{ __schema { types { ...F0 } } }\n"
        for level in 0..<levels {
            query += "fragment F\(level) on __Type { a: ofType { ...F\(level + 1) } b: ofType { ...F\(level + 1) } }\n"
        }
        query += "fragment F\(levels) on __Type { fields { name } }\n"
        expectValid(MaxIntrospectionDepthRule.self, query)

        let deepQuery = query.replacingOccurrences(
            of: "fragment F\(levels) on __Type { fields { name } }",
            with: "fragment F\(levels) on __Type { fields { type { fields { type { fields { name } } } } } }")
        expectValidationErrors(
            MaxIntrospectionDepthRule.self, deepQuery, [("Maximum introspection depth exceeded", [(1, 3)])])
    }

    @Test("the rule is one of the specified rules")
    func theRuleIsOneOfTheSpecifiedRules() {
        #expect(specifiedRules.contains { $0 == MaxIntrospectionDepthRule.self })
    }
}
