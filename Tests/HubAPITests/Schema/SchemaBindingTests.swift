import Foundation
import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Binding the schema to its resolvers")
struct SchemaBindingTests {
    @Test("every field of schema.graphql has a resolver, and every resolver a field")
    func theHubSchemaBinds() throws {
        _ = try SchemaBinding.bind(sdl: HubSchemaSDL.text, table: .hub, policy: .hub)
    }

    @Test("a field without a resolver stops the API from starting, naming the field")
    func fieldWithoutResolver() {
        let sdl = HubSchemaSDL.text.replacingOccurrences(
            of: "type Query {", with: "type Query {\n  \"Nothing.\"\n  unresolved: String")
        #expect {
            _ = try SchemaBinding.bind(sdl: sdl, table: .hub, policy: .hub)
        } throws: { error in
            "\(error)".contains("Query.unresolved has no resolver")
        }
    }

    @Test("a resolver naming no field stops the API from starting, naming it")
    func resolverWithoutField() {
        var table = ResolverTable.hub
        table.object("Query", as: Root.self) { query in query.value("vanished") { _ in .null } }
        #expect {
            _ = try SchemaBinding.bind(sdl: HubSchemaSDL.text, table: table, policy: .hub)
        } throws: { error in
            "\(error)".contains("Query.vanished has a resolver but schema.graphql has no such field")
        }
    }

    @Test("an access rule naming no field stops the API from starting")
    func ruleWithoutField() {
        let policy = AccessPolicy(rules: ["Practice.secret": .member])
        #expect {
            _ = try SchemaBinding.bind(sdl: HubSchemaSDL.text, table: .hub, policy: policy)
        } throws: { error in
            "\(error)".contains("AccessPolicy has a rule for Practice.secret")
        }
    }

    @Test("the schema compiled into the module is schema.graphql, byte for byte (the build plugin's output)")
    func embeddedCopyMatchesFile() throws {
        let file = try String(contentsOf: repositoryRoot.appendingPathComponent("schema.graphql"), encoding: .utf8)
        #expect(HubSchemaSDL.text == file)
    }

    @Test("every type, field, argument and enum value of the schema has a description")
    func everythingIsDescribed() throws {
        let schema = try SchemaBinding.bind(sdl: HubSchemaSDL.text, table: .hub, policy: .hub)
        var undescribed: [String] = []
        for type in schema.types where !type.name.hasPrefix("__") {
            switch type {
            case .object(let object):
                if object.description == nil { undescribed.append(object.name) }
                for field in object.fields {
                    if field.description == nil { undescribed.append("\(object.name).\(field.name)") }
                    for argument in field.arguments where argument.description == nil {
                        undescribed.append("\(object.name).\(field.name)(\(argument.name):)")
                    }
                }
            case .interface(let interface):
                if interface.description == nil { undescribed.append(interface.name) }
            case .enumType(let enumType):
                if enumType.description == nil { undescribed.append(enumType.name) }
                for value in enumType.values where value.description == nil {
                    undescribed.append("\(enumType.name).\(value.name)")
                }
            case .inputObject(let input):
                if input.description == nil { undescribed.append(input.name) }
                for field in input.fields where field.description == nil {
                    undescribed.append("\(input.name).\(field.name)")
                }
            case .union(let union):
                if union.description == nil { undescribed.append(union.name) }
            case .scalar(let scalar):
                if !scalar.isSpecified, scalar.description == nil { undescribed.append(scalar.name) }
            }
        }
        #expect(undescribed == [])
    }
}
