import Testing

@testable import GraphQLEngine

/// Executing fields (spec §6.4 `ExecuteField`, §6.4.2 `ResolveFieldValue`): what a resolver
/// receives (graphql-js's `source`, `args`, `context`, `info`), the default resolver reading a
/// parent value by field name, and resolvers bound to the schema when it is built.
@Suite struct FieldExecutionTests {
    static let sdl = """
        type Query { practice(id: Int!, lang: String = "en"): Practice practices: [Practice] plain: Practice }
        type Practice { id: Int title: String city: City describe(suffix: String): String }
        type City { name: String }
        """

    struct Practice: Sendable {
        let id: Int
        let title: String
    }

    /// A record serving its fields by name, as plain objects do in graphql-js.
    struct City: ObjectValue {
        let name: String
        func fieldValue(named field: String) -> FieldValue { field == "name" ? .string(name) : .null }
    }

    /// A response path as text: `["practices", "0", "d"]`.
    static func text(_ path: [PathComponent]) -> [String] {
        path.map { component in
            switch component {
            case .key(let key): key
            case .index(let index): "\(index)"
            }
        }
    }

    @Test func aResolverReceivesItsSourceArgumentsContextAndInfo() async throws {
        let seen = EventLog()
        var resolvers = Resolvers()
        resolvers["Query", "practices"] = .sync { input in
            .list([.object(Practice(id: 1, title: "Budget")), .object(Practice(id: 2, title: "Water"))])
        }
        resolvers["Practice", "describe"] = .sync { input in
            let info = input.info
            seen.record(
                [
                    "source \((input.source as? Practice)?.title ?? "?")",
                    "arguments \(input.arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })",
                    "context \(input.context as? String ?? "?")",
                    "field \(info.parentType.name).\(info.fieldName): \(info.returnType) as \(info.responseKey)",
                    "nodes \(info.fieldNodes.count)",
                    "path \(Self.text(info.path))",
                    "operation \(info.operation.name?.value ?? "-") variables \(info.variableValues)",
                    "fragments \(info.fragments.keys.sorted())",
                    "root \(info.rootValue as? String ?? "?") schema \(info.schema.queryType?.name ?? "?")",
                ].joined(separator: "; "))
            return .string("ok")
        }
        let schema = try makeSchema(Self.sdl, resolvers)
        _ = try await run(
            schema,
            """
            query Listing($s: String) { practices { d: describe(suffix: $s) ...F } }
            fragment F on Practice { d: describe(suffix: $s) }
            """, variables: ["s": "!"], rootValue: "root", context: "member 7")
        #expect(
            seen.all
                == [1, 2].map { index in
                    let title = index == 1 ? "Budget" : "Water"
                    return
                        #"source \#(title); arguments ["suffix=\"!\""]; context member 7; field Practice.describe: String as d; nodes 2; path ["practices", "\#(index - 1)", "d"]; operation Listing variables ["s": "!"]; fragments ["F"]; root root schema Query"#
                })
    }

    @Test func anAsynchronousResolverReceivesTheSame() async throws {
        let seen = EventLog()
        var resolvers = Resolvers()
        resolvers["Query", "practice"] = .async { input in
            seen.record(
                "\(Self.text(input.info.path)) \(input.arguments.sorted { $0.key < $1.key }.map(\.value)) \(input.context)"
            )
            return .object(Practice(id: 3, title: "Parks"))
        }
        resolvers["Practice", "title"] = .property { (practice: Practice) in .string(practice.title) }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ p: practice(id: 3) { title } }", context: 7)
        #expect(result.json == #"{"data":{"p":{"title":"Parks"}}}"#)
        #expect(seen.all == [#"["p"] [3, "en"] 7"#])
    }

    @Test func theDefaultResolverReadsObjectValuesAndJSONData() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "practice"] = .sync { _ in
            .leaf(object(("id", 5), ("title", "Transit"), ("city", object(("name", "Accra")))))
        }
        resolvers["Query", "practices"] = .sync { _ in .list([.object(object(("city", .null)))]) }
        resolvers["Practice", "city"] = .sync { input in
            (input.source as? InputValue)?[field: "city"] == .null ? .null : .object(City(name: "Hanoi"))
        }
        let result = try await run(
            try makeSchema(Self.sdl, resolvers),
            "{ practice(id: 5) { id title city { name } } practices { city { name } } }")
        #expect(
            result.json
                == #"{"data":{"practice":{"id":5,"title":"Transit","city":{"name":"Hanoi"}},"practices":[{"city":null}]}}"#
        )
    }

    @Test func theDefaultResolverGivesNullForAParentThatIsNotAnObjectValue() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "plain"] = .sync { _ in .object(Practice(id: 1, title: "Budget")) }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ plain { id title } }")
        #expect(result.json == #"{"data":{"plain":{"id":null,"title":null}}}"#)
    }

    class Record: @unchecked Sendable {
        let title: String
        init(title: String) { self.title = title }
    }
    final class Draft: Record, @unchecked Sendable {}

    @Test func aPropertyResolverAcceptsASubclassOfItsParentType() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "plain"] = .sync { _ in .object(Draft(title: "Water")) }
        resolvers["Practice", "title"] = .property { (record: Record) in .string(record.title) }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ plain { title } }")
        #expect(result.json == #"{"data":{"plain":{"title":"Water"}}}"#)
    }

    @Test func aPropertyResolverNamesTheParentTypeItExpected() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "plain"] = .sync { _ in .object(42) }
        resolvers["Practice", "title"] = .property { (practice: Practice) in .string(practice.title) }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ plain { title } }")
        #expect(
            result.messages == [
                #"Field "Practice.title" expects its parent value to be a Practice, got a Int."#
            ])
        #expect(result.data == object(("plain", object(("title", nil)))))
    }

    @Test func resolversForMissingTypesOrFieldsAreRefusedWhenTheSchemaIsBuilt() throws {
        var resolvers = Resolvers()
        resolvers["Practice", "titel"] = .sync { _ in .null }
        resolvers["Pratice", "title"] = .sync { _ in .null }
        resolvers["City", "name"] = .sync { _ in .null }
        resolvers.types["City"] = TypeResolver { _, _ in nil }
        resolvers.scalars["String"] = .passThrough
        resolvers.scalars["Date"] = .passThrough
        #expect(throws: SchemaBuildError.self) { try makeSchema(Self.sdl, resolvers) }
        do {
            _ = try buildSchema(Source(Self.sdl), resolvers: resolvers)
        } catch {
            #expect(
                error.errors.map(\.message) == [
                    #"Resolvers name the field "Practice.titel", but type "Practice" has no field "titel". Did you mean "Practice.title" or "Practice.city"?"#,
                    #"Resolvers give field resolvers for "Pratice", which is not a type of the schema. Did you mean "Practice"?"#,
                    #"Resolvers give a type resolver for "City", which is an object type, not an interface or a union."#,
                    #"Resolvers give a scalar coercion for "Date", which is not a type of the schema."#,
                    #"Resolvers give a scalar coercion for "String", which is a built-in scalar, not a custom scalar."#,
                ])
        }
    }
}
