import Foundation
import Testing

@testable import GraphQLEngine

/// Schemas assembled in code rather than SDL: no definitions, so errors have no locations and
/// interfaces and union members come from the model alone.
@Suite struct ValidateSchemaInCodeTests {
    private let string = GraphQLType.named(.scalar(.string))

    @Test func reportsAMissingQueryTypeWithoutLocations() throws {
        let schema = try GraphQLSchema(query: nil)
        let errors = validateSchema(schema)
        #expect(errors.map(\.message) == ["Query root type must be provided."])
        #expect(errors.first?.locations == [])
    }

    @Test func acceptsAMinimalSchema() throws {
        let query = GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "hello", type: string)])
        #expect(validateSchema(try GraphQLSchema(query: query)).isEmpty)
    }

    @Test func checksInterfacesDeclaredInCode() throws {
        let node = GraphQLInterfaceType(name: "Node", fields: [GraphQLField(name: "id", type: .named(.scalar(.id)))])
        let resource = GraphQLInterfaceType(
            name: "Resource", fields: [GraphQLField(name: "id", type: .named(.scalar(.id)))])
        resource.interfaces = [node]
        let practice = GraphQLObjectType(name: "Practice", fields: [GraphQLField(name: "title", type: string)])
        practice.interfaces = [resource, resource]
        let query = GraphQLObjectType(
            name: "Query", fields: [GraphQLField(name: "practice", type: .named(.object(practice)))])
        let errors = validateSchema(try GraphQLSchema(query: query))
        #expect(
            errors.map(\.message) == [
                "Type Practice must implement Node because it is implemented by Resource.",
                "Interface field Resource.id expected but Practice does not provide it.",
                "Type Practice can only implement Resource once.",
            ])
        #expect(errors.allSatisfy { $0.locations.isEmpty })
    }

    @Test func reportsAnInterfaceImplementingItselfInCode() throws {
        let node = GraphQLInterfaceType(name: "Node", fields: [GraphQLField(name: "id", type: .named(.scalar(.id)))])
        node.interfaces = [node]
        let query = GraphQLObjectType(
            name: "Query", fields: [GraphQLField(name: "node", type: .named(.interface(node)))])
        #expect(
            validateSchema(try GraphQLSchema(query: query)).map(\.message) == [
                "Type Node cannot implement itself because it would create a circular reference."
            ])
    }

    @Test func checksUnionMembersAndEmptyTypesDeclaredInCode() throws {
        let practice = GraphQLObjectType(name: "Practice", fields: [GraphQLField(name: "title", type: string)])
        let result = GraphQLUnionType(name: "Result", types: [practice, practice])
        let empty = GraphQLUnionType(name: "Nothing")
        let language = GraphQLEnumType(name: "Language")
        let filter = GraphQLInputObjectType(name: "Filter")
        let query = GraphQLObjectType(
            name: "Query",
            fields: [
                GraphQLField(name: "search", type: .named(.union(result))),
                GraphQLField(
                    name: "nothing", type: .named(.union(empty)),
                    arguments: [
                        GraphQLInputValue(name: "language", type: .named(.enumType(language))),
                        GraphQLInputValue(name: "filter", type: .named(.inputObject(filter))),
                    ]),
            ])
        #expect(
            validateSchema(try GraphQLSchema(query: query)).map(\.message) == [
                "Union type Result can only include type Practice once.",
                "Union type Nothing must define one or more member types.",
                "Enum type Language must define one or more values.",
                "Input Object type Filter must define one or more fields.",
            ])
    }

    @Test func reportsNonNullInputCyclesBuiltInCode() throws {
        let a = GraphQLInputObjectType(name: "A")
        let b = GraphQLInputObjectType(name: "B")
        a.fields = [GraphQLInputValue(name: "b", type: .nonNull(.named(.inputObject(b))))]
        b.fields = [
            GraphQLInputValue(name: "a", type: .nonNull(.named(.inputObject(a)))),
            GraphQLInputValue(name: "many", type: .nonNull(.list(.nonNull(.named(.inputObject(a)))))),
        ]
        let query = GraphQLObjectType(
            name: "Query",
            fields: [
                GraphQLField(
                    name: "f", type: string, arguments: [GraphQLInputValue(name: "a", type: .named(.inputObject(a)))])
            ])
        #expect(
            validateSchema(try GraphQLSchema(query: query)).map(\.message) == [
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."
            ])
    }

    @Test func keepsTheResultWithTheSchema() throws {
        let schema = try GraphQLSchema(query: GraphQLObjectType(name: "Query"))
        let first = validateSchema(schema)
        // The type is mutated after validation: the cached result must be returned unchanged.
        schema.queryType?.fields = [GraphQLField(name: "hello", type: string)]
        #expect(validateSchema(schema) == first)
        #expect(first.map(\.message) == ["Type Query must define one or more fields."])
    }
}

/// `validateSchema` on schemas built from SDL, against graphql-js 16's
/// `validateSchema(buildSchema(sdl, {assumeValidSDL: true}))`: messages, locations and order
/// (graphql-core's `validate_schema` for `@oneOf`, which graphql-js 16.6 predates).
@Suite struct ValidateSchemaTests {
    private func expectSchemaErrors(
        _ sdl: String, _ expected: [(message: String, locations: [(Int, Int)])],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let schema: GraphQLSchema
        do {
            schema = try buildSchema(Source(sdl))
        } catch {
            Issue.record("buildSchema failed: \(error.errors)", sourceLocation: sourceLocation)
            return
        }
        let errors = validateSchema(schema)
        let actual = errors.map { error in
            error.message + " @ " + error.locations.map { "\($0.line):\($0.column)" }.joined(separator: ",")
        }
        let wanted = expected.map { message, locations in
            message + " @ " + locations.map { "\($0.0):\($0.1)" }.joined(separator: ",")
        }
        #expect(actual == wanted, sourceLocation: sourceLocation)
    }

    @Test func reportsAMissingQueryRootType() {
        expectSchemaErrors(
            """
            type Practice { title: String }
            """,
            [
                ("Query root type must be provided.", [])
            ])
    }

    @Test func reportsAMissingQueryRootTypeAtTheSchemaDefinition() {
        expectSchemaErrors(
            """
            schema { mutation: Mutation }
            type Mutation { ok: Int }
            """,
            [
                ("Query root type must be provided.", [(1, 1)])
            ])
    }

    @Test func acceptsCustomRootTypeNames() {
        expectSchemaErrors(
            """
            schema { query: Root mutation: Change subscription: Feed }
            type Root { ok: Int }
            type Change { ok: Int }
            type Feed { ok: Int }
            """,
            [])
    }

    @Test func reportsAQueryRootTypeThatIsAnInputObject() {
        expectSchemaErrors(
            """
            input Query { ok: Int }
            """,
            [
                ("Query root type must be Object type, it cannot be Query.", [(1, 1)])
            ])
    }

    @Test func reportsANamedQueryRootTypeThatIsNotAnObject() {
        expectSchemaErrors(
            """
            schema { query: Root }
            interface Root { ok: Int }
            """,
            [
                ("Query root type must be Object type, it cannot be Root.", [(1, 17)])
            ])
    }

    @Test func reportsMutationAndSubscriptionRootTypesThatAreNotObjects() {
        expectSchemaErrors(
            """
            schema {
              query: Query
              mutation: Change
            }
            extend schema { subscription: Feed }
            type Query { ok: Int }
            input Change { ok: Int }
            union Feed = Query
            """,
            [
                ("Mutation root type must be Object type if provided, it cannot be Change.", [(3, 13)]),
                ("Subscription root type must be Object type if provided, it cannot be Feed.", [(5, 31)]),
            ])
    }

    @Test func reportsADirectiveNameStartingWithTwoUnderscores() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @__internal on FIELD
            """,
            [
                (
                    "Name \"__internal\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                    [(2, 1)]
                )
            ])
    }

    @Test func reportsADirectiveArgumentNameStartingWithTwoUnderscores() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @cached(__ttl: Int) on FIELD
            """,
            [
                ("Name \"__ttl\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(2, 19)])
            ])
    }

    @Test func reportsADirectiveArgumentWithAnOutputType() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @cached(scope: Query) on FIELD
            """,
            [
                ("The type of @cached(scope:) must be Input Type but got: Query.", [(2, 19)])
            ])
    }

    @Test func reportsARequiredDirectiveArgumentThatIsDeprecated() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @cached(ttl: Int! @deprecated) on FIELD
            """,
            [
                ("Required argument @cached(ttl:) cannot be deprecated.", [(2, 29), (2, 24)])
            ])
    }

    @Test func acceptsADeprecatedDirectiveArgumentWithADefault() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @cached(ttl: Int! = 60 @deprecated, scope: String @deprecated) on FIELD
            """,
            [])
    }

    @Test func reportsTypeFieldArgumentEnumValueAndInputFieldNamesStartingWithTwoUnderscores() {
        expectSchemaErrors(
            """
            type Query { __practices(__first: Int): [__Practice] ok(filter: Filter, kind: Kind): Int }
            type __Practice { title: String }
            input Filter { __text: String }
            enum Kind { __HIDDEN SHOWN }
            """,
            [
                (
                    "Name \"__practices\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                    [(1, 14)]
                ),
                ("Name \"__first\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 26)]),
                (
                    "Name \"__Practice\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                    [(2, 1)]
                ),
                ("Name \"__text\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(3, 16)]),
                (
                    "Name \"__HIDDEN\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                    [(4, 13)]
                ),
            ])
    }

    @Test func reportsAnObjectTypeWithoutFields() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            type Practice
            """,
            [
                ("Type Practice must define one or more fields.", [(2, 1)])
            ])
    }

    @Test func reportsAFieldlessObjectTypeAtItsDefinitionAndExtensions() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @tag on OBJECT
            type Practice
            extend type Practice @tag
            """,
            [
                ("Type Practice must define one or more fields.", [(3, 1), (4, 1)])
            ])
    }

    @Test func reportsAFieldWhoseTypeIsAnInputObject() {
        expectSchemaErrors(
            """
            type Query { practice(id: ID): PracticeInput ok: [PracticeInput!]! }
            input PracticeInput { title: String }
            """,
            [
                ("The type of Query.practice must be Output Type but got: PracticeInput.", [(1, 32)]),
                ("The type of Query.ok must be Output Type but got: [PracticeInput!]!.", [(1, 50)]),
            ])
    }

    @Test func reportsAnArgumentWhoseTypeIsAnOutputType() {
        expectSchemaErrors(
            """
            type Query { practice(similarTo: Practice, kinds: [Kind!]): Practice }
            type Practice { title: String }
            union Kind = Practice
            """,
            [
                ("The type of Query.practice(similarTo:) must be Input Type but got: Practice.", [(1, 34)]),
                ("The type of Query.practice(kinds:) must be Input Type but got: [Kind!].", [(1, 51)]),
            ])
    }

    @Test func reportsARequiredFieldArgumentThatIsDeprecated() {
        expectSchemaErrors(
            """
            type Query {
              practices(first: Int! @deprecated(reason: "Use last."), last: Int! = 10 @deprecated, after: String @deprecated): [String]
            }
            """,
            [
                ("Required argument Query.practices(first:) cannot be deprecated.", [(2, 25), (2, 20)])
            ])
    }

    @Test func reportsEmptyInterfaceFields() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node
            """,
            [
                ("Type Node must define one or more fields.", [(2, 1)])
            ])
    }

    @Test func reportsAnObjectImplementingAnObjectType() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            type Practice implements Partner { id: ID }
            type Partner { id: ID }
            """,
            [
                ("Type Practice must only implement Interface types, it cannot implement Partner.", [(2, 26)])
            ])
    }

    @Test func reportsAnObjectImplementingAUnionAndAnInputObject() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            type Practice implements Result & Filter { id: ID }
            union Result = Query
            input Filter { id: ID }
            """,
            [
                ("Type Practice must only implement Interface types, it cannot implement Result.", [(2, 26)]),
                ("Type Practice must only implement Interface types, it cannot implement Filter.", [(2, 35)]),
            ])
    }

    @Test func reportsAnInterfaceImplementingItself() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node implements Node { id: ID }
            """,
            [
                ("Type Node cannot implement itself because it would create a circular reference.", [(2, 27)])
            ])
    }

    @Test func reportsAnInterfaceImplementedTwice() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { id: ID }
            type Practice implements Node & Node { id: ID }
            extend type Practice implements Node
            """,
            [
                ("Type Practice can only implement Node once.", [(3, 26), (3, 33), (4, 33)]),
                ("Type Practice can only implement Node once.", [(3, 26), (3, 33), (4, 33)]),
            ])
    }

    @Test func reportsAMissingInterfaceField() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { id: ID title: String }
            type Practice implements Node { title: String }
            extend type Practice @tag
            directive @tag on OBJECT
            """,
            [
                ("Interface field Node.id expected but Practice does not provide it.", [(2, 18), (3, 1), (4, 1)])
            ])
    }

    @Test func reportsAnInterfaceFieldWithAnIncompatibleType() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { id: ID! title: String count: Int tags: [String] }
            type Practice implements Node { id: ID title: Int count: Int! tags: [String!]! }
            """,
            [
                ("Interface field Node.id expects type ID! but Practice.id is type ID.", [(2, 22), (3, 37)]),
                ("Interface field Node.title expects type String but Practice.title is type Int.", [(2, 33), (3, 47)]),
            ])
    }

    @Test func acceptsCovariantInterfaceFieldTypes() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { self: Node peers: [Node] any: Result owner: Owner }
            interface Owner { name: String }
            type Person implements Owner { name: String }
            union Result = Practice | Person
            type Practice implements Node { self: Practice! peers: [Practice!]! any: Practice owner: Person }
            """,
            [])
    }

    @Test func reportsInterfaceFieldTypesThatAreNotSubtypes() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { self: Node any: Result list: [Node] }
            union Result = Person
            type Person { name: String }
            type Practice implements Node { self: Person any: Practice list: Node }
            """,
            [
                ("Interface field Node.self expects type Node but Practice.self is type Person.", [(2, 24), (5, 39)]),
                (
                    "Interface field Node.any expects type Result but Practice.any is type Practice.",
                    [(2, 34), (5, 51)]
                ),
                ("Interface field Node.list expects type [Node] but Practice.list is type Node.", [(2, 47), (5, 66)]),
            ])
    }

    @Test func reportsAMissingInterfaceFieldArgument() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { title(language: String, short: Boolean): String }
            type Practice implements Node { title(short: Boolean): String }
            """,
            [
                (
                    "Interface field argument Node.title(language:) expected but Practice.title does not provide it.",
                    [(2, 24), (3, 33)]
                )
            ])
    }

    @Test func reportsAnInterfaceFieldArgumentWithAnotherType() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { title(language: String, limit: Int): String }
            type Practice implements Node { title(language: String!, limit: [Int]): String }
            """,
            [
                (
                    "Interface field argument Node.title(language:) expects type String but Practice.title(language:) is type String!.",
                    [(2, 34), (3, 49)]
                ),
                (
                    "Interface field argument Node.title(limit:) expects type Int but Practice.title(limit:) is type [Int].",
                    [(2, 49), (3, 65)]
                ),
            ])
    }

    @Test func reportsAnAdditionalRequiredArgument() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { title: String }
            type Practice implements Node { title(language: String!, short: Boolean, limit: Int! = 3): String }
            interface Deep implements Node { title(strict: Boolean!): String }
            """,
            [
                (
                    "Object field Practice.title includes required argument language that is missing from the Interface field Node.title.",
                    [(3, 39), (2, 18)]
                ),
                (
                    "Object field Deep.title includes required argument strict that is missing from the Interface field Node.title.",
                    [(4, 40), (2, 18)]
                ),
            ])
    }

    @Test func reportsAMissingTransitiveInterface() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { id: ID }
            interface Resource implements Node { id: ID }
            type Practice implements Resource { id: ID }
            """,
            [
                ("Type Practice must implement Node because it is implemented by Resource.", [(3, 31), (4, 26)])
            ])
    }

    @Test func reportsInterfacesImplementingEachOther() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node implements Resource { id: ID }
            interface Resource implements Node { id: ID }
            """,
            [
                (
                    "Type Node cannot implement Resource because it would create a circular reference.",
                    [(3, 31), (2, 27)]
                ),
                (
                    "Type Resource cannot implement Node because it would create a circular reference.",
                    [(2, 27), (3, 31)]
                ),
            ])
    }

    @Test func reportsATransitiveInterfaceThatIsNotAnInterface() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node implements Query { ok: Int }
            type Practice implements Node { ok: Int }
            """,
            [
                ("Type Node must only implement Interface types, it cannot implement Query.", [(2, 27)]),
                ("Type Practice must implement Query because it is implemented by Node.", [(2, 27), (3, 26)]),
            ])
    }

    @Test func reportsAUnionWithoutMembers() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            union Result
            """,
            [
                ("Union type Result must define one or more member types.", [(2, 1)])
            ])
    }

    @Test func reportsAMemberlessUnionAtItsDefinitionAndExtensions() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @tag on UNION
            union Result
            extend union Result @tag
            """,
            [
                ("Union type Result must define one or more member types.", [(3, 1), (4, 1)])
            ])
    }

    @Test func reportsAUnionMemberIncludedTwice() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            type Practice { id: ID }
            union Result = Practice | Query | Practice
            extend union Result = Query
            """,
            [
                ("Union type Result can only include type Practice once.", [(3, 16), (3, 35)]),
                ("Union type Result can only include type Query once.", [(3, 27), (4, 23)]),
            ])
    }

    @Test func reportsUnionMembersThatAreNotObjectTypes() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            interface Node { id: ID }
            input Filter { id: ID }
            union Result = Query | Node | Int | Filter | Node
            """,
            [
                ("Union type Result can only include Object types, it cannot include Node.", [(4, 24), (4, 46)]),
                ("Union type Result can only include Object types, it cannot include Int.", [(4, 31)]),
                ("Union type Result can only include Object types, it cannot include Filter.", [(4, 37)]),
                ("Union type Result can only include type Node once.", [(4, 24), (4, 46)]),
            ])
    }

    @Test func reportsAnEnumWithoutValues() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            enum Language
            """,
            [
                ("Enum type Language must define one or more values.", [(2, 1)])
            ])
    }

    @Test func reportsAValuelessEnumAtItsDefinitionAndExtensions() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            directive @tag on ENUM
            enum Language
            extend enum Language @tag
            """,
            [
                ("Enum type Language must define one or more values.", [(3, 1), (4, 1)])
            ])
    }

    @Test func reportsAnInputObjectWithoutFields() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input Filter
            """,
            [
                ("Input Object type Filter must define one or more fields.", [(2, 1)])
            ])
    }

    @Test func reportsAnInputFieldWhoseTypeIsAnOutputType() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input Filter { practice: Query kinds: [Kind] ok: Int }
            union Kind = Query
            """,
            [
                ("The type of Filter.practice must be Input Type but got: Query.", [(2, 26)]),
                ("The type of Filter.kinds must be Input Type but got: [Kind].", [(2, 39)]),
            ])
    }

    @Test func reportsARequiredInputFieldThatIsDeprecated() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input Filter { text: String! @deprecated(reason: "No longer supported") first: Int! = 1 @deprecated after: String @deprecated }
            """,
            [
                ("Required input field Filter.text cannot be deprecated.", [(2, 30), (2, 22)])
            ])
    }

    @Test func reportsAnInputObjectThatReferencesItselfThroughNonNullFields() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input Filter { self: Filter! }
            """,
            [
                (
                    "Cannot reference Input Object \"Filter\" within itself through a series of non-null fields: \"self\".",
                    [(2, 16)]
                )
            ])
    }

    @Test func reportsAnInputObjectCycleThroughSeveralTypes() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input A { b: B! }
            input B { c: C! }
            input C { a: A! }
            """,
            [
                (
                    "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\".",
                    [(2, 11), (3, 11), (4, 11)]
                )
            ])
    }

    @Test func acceptsInputObjectCyclesBrokenByListsOrNullableFields() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input A { b: B }
            input B { a: [A!]! self: B c: C! }
            input C { b: [B]! }
            """,
            [])
    }

    @Test func reportsEveryInputObjectCycleOnce() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input A { b: B! c: C! }
            input B { a: A! }
            input C { a: A! d: D! }
            input D { c: C! a: A! }
            """,
            [
                (
                    "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
                    [(2, 11), (3, 11)]
                ),
                (
                    "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"c.a\".",
                    [(2, 17), (4, 11)]
                ),
                (
                    "Cannot reference Input Object \"C\" within itself through a series of non-null fields: \"d.c\".",
                    [(4, 17), (5, 11)]
                ),
                (
                    "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"c.d.a\".",
                    [(2, 17), (4, 17), (5, 17)]
                ),
            ])
    }

    @Test func reportsOneOfInputFieldsThatAreNonNullOrHaveDefaults() {
        expectSchemaErrors(
            """
            type Query { ok: Int }
            input Filter @oneOf { text: String! first: Int = 10 id: ID ok: [String!] both: Int! = 1 }
            """,
            [
                ("OneOf input field Filter.text must be nullable.", [(2, 29)]),
                ("OneOf input field Filter.first cannot have a default value.", [(2, 37)]),
                ("OneOf input field Filter.both must be nullable.", [(2, 80)]),
                ("OneOf input field Filter.both cannot have a default value.", [(2, 74)]),
            ])
    }

    @Test func acceptsAValidOneOfInputObject() {
        expectSchemaErrors(
            """
            type Query { search(by: Filter): Int }
            input Filter @oneOf { text: String id: ID }
            """,
            [])
    }

    @Test func reportsErrorsInGraphqlJsOrder() {
        expectSchemaErrors(
            """
            directive @__d(a: Practice) on FIELD
            type Practice implements Node { __x: Filter }
            interface Node { id: ID }
            union Result
            enum Language
            input Filter { self: Filter! p: Practice }
            """,
            [
                ("Query root type must be provided.", []),
                ("Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 1)]),
                ("The type of @__d(a:) must be Input Type but got: Practice.", [(1, 16)]),
                ("Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(2, 33)]),
                ("The type of Practice.__x must be Output Type but got: Filter.", [(2, 38)]),
                ("Interface field Node.id expected but Practice does not provide it.", [(3, 18), (2, 1)]),
                ("Union type Result must define one or more member types.", [(4, 1)]),
                ("Enum type Language must define one or more values.", [(5, 1)]),
                ("The type of Filter.p must be Input Type but got: Practice.", [(6, 33)]),
                (
                    "Cannot reference Input Object \"Filter\" within itself through a series of non-null fields: \"self\".",
                    [(6, 16)]
                ),
            ])
    }

    @Test func checksNamesAnExtensionAddsToImplementsListsAndUnions() throws {
        let base = try buildSchema(
            Source("type Query { a: Int }\ninterface Node { id: ID }\ntype Practice { id: ID }\n"))
        let extended = try extendSchema(
            base,
            try parse(
                """
                extend type Practice implements Node & Query
                extend type Query { practice: Practice }
                union Result = Practice
                extend union Result = Node | Practice
                """),
            options: BuildSchemaOptions(assumeValidSDL: true))
        let errors = validateSchema(extended)
        #expect(
            errors.map(\.message) == [
                "Type Practice must only implement Interface types, it cannot implement Query.",
                "Union type Result can only include Object types, it cannot include Node.",
                "Union type Result can only include type Practice once.",
            ])
        #expect(
            errors.map { $0.locations.map(\.description) } == [["1:40"], ["4:23"], ["3:16", "4:30"]])
    }

    @Test func acceptsTheGitHubSchema() throws {
        let sdl = try String(contentsOf: fixtureURL("github-schema.graphql"), encoding: .utf8)
        #expect(validateSchema(try buildSchema(Source(sdl))).isEmpty)
    }
}
