import Testing

@testable import GraphQLEngine

/// A small hand-built schema: `Node` implemented by `User` and by the interface `Actor`,
/// which `Bot` implements; union `Result = User | Post`.
struct ComparatorFixture {
    let node = GraphQLInterfaceType(name: "Node")
    let actor = GraphQLInterfaceType(name: "Actor")
    let user = GraphQLObjectType(name: "User")
    let bot = GraphQLObjectType(name: "Bot")
    let post = GraphQLObjectType(name: "Post")
    let result = GraphQLUnionType(name: "Result")
    let query = GraphQLObjectType(name: "Query")
    let schema: GraphQLSchema

    init() throws {
        let id = GraphQLField(name: "id", type: .nonNull(.named(.scalar(.id))))
        node.fields = [id]
        actor.fields = [id]
        actor.interfaces = [node]
        user.fields = [id]
        user.interfaces = [node]
        bot.fields = [id]
        bot.interfaces = [actor, node]
        post.fields = [GraphQLField(name: "title", type: .named(.scalar(.string)))]
        result.types = [user, post]
        query.fields = [
            GraphQLField(name: "node", type: .named(.interface(node))),
            GraphQLField(name: "result", type: .named(.union(result))),
            GraphQLField(name: "bot", type: .named(.object(bot))),
        ]
        schema = try GraphQLSchema(query: query)
    }
}

@Suite struct TypeComparatorsTests {
    let fixture: ComparatorFixture
    init() throws { fixture = try ComparatorFixture() }

    @Test func equalTypesHaveTheSameNamedTypeAndWrappers() {
        let string = GraphQLType.named(.scalar(.string))
        #expect(isEqualType(string, .named(.scalar(.string))))
        #expect(isEqualType(.list(.nonNull(string)), .list(.nonNull(string))))
        #expect(!isEqualType(.list(string), .nonNull(string)))
        #expect(!isEqualType(string, .named(.scalar(.int))))
        #expect(!isEqualType(.named(.scalar(GraphQLScalarType(name: "String"))), string))
    }

    @Test func nonNullIsASubtypeOfNullableButNotTheReverse() {
        let int = GraphQLType.named(.scalar(.int))
        #expect(isTypeSubTypeOf(fixture.schema, .nonNull(int), int))
        #expect(!isTypeSubTypeOf(fixture.schema, int, .nonNull(int)))
        #expect(isTypeSubTypeOf(fixture.schema, .list(.nonNull(int)), .list(int)))
        #expect(!isTypeSubTypeOf(fixture.schema, .list(int), int))
        #expect(!isTypeSubTypeOf(fixture.schema, int, .list(int)))
    }

    @Test func implementationsAndMembersAreSubtypesOfAbstractTypes() {
        let f = fixture
        #expect(isTypeSubTypeOf(f.schema, .named(.object(f.user)), .named(.interface(f.node))))
        #expect(isTypeSubTypeOf(f.schema, .named(.interface(f.actor)), .named(.interface(f.node))))
        #expect(isTypeSubTypeOf(f.schema, .named(.object(f.post)), .named(.union(f.result))))
        #expect(!isTypeSubTypeOf(f.schema, .named(.object(f.post)), .named(.interface(f.node))))
        #expect(!isTypeSubTypeOf(f.schema, .named(.interface(f.node)), .named(.object(f.user))))
        #expect(isTypeSubTypeOf(f.schema, .nonNull(.named(.object(f.bot))), .named(.interface(f.actor))))
    }

    @Test func typesOverlapWhenTheyShareAPossibleObjectType() {
        let f = fixture
        #expect(doTypesOverlap(f.schema, .object(f.user), .object(f.user)))
        #expect(!doTypesOverlap(f.schema, .object(f.user), .object(f.post)))
        #expect(doTypesOverlap(f.schema, .interface(f.node), .object(f.user)))
        #expect(doTypesOverlap(f.schema, .object(f.user), .interface(f.node)))
        #expect(!doTypesOverlap(f.schema, .object(f.post), .interface(f.node)))
        #expect(doTypesOverlap(f.schema, .union(f.result), .interface(f.node)))
        #expect(!doTypesOverlap(f.schema, .union(f.result), .interface(f.actor)))
    }

    @Test func typeFromASTResolvesNamesAndKeepsWrappers() {
        let name = TypeNode.named(NamedTypeNode(name: NameNode(value: "User")))
        #expect(
            typeFromAST(fixture.schema, .nonNull(.list(name, .none), .none))
                == .nonNull(.list(.named(.object(fixture.user)))))
        #expect(typeFromAST(fixture.schema, .named(NamedTypeNode(name: NameNode(value: "Nope")))) == nil)
        #expect(typeFromAST(fixture.schema, .list(.named(NamedTypeNode(name: NameNode(value: "Nope"))), .none)) == nil)
    }
}
