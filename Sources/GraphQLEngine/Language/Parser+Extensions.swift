// Type-system extensions (spec §3.1, §3.3.2, and each type's "Extensions" section).
//
// An extension must add something; one that adds nothing fails at the token after it, as in
// graphql-js (`extend type T` alone gives `Unexpected <EOF>.`).

extension Parser {
    /// TypeSystemExtension : SchemaExtension | TypeExtension
    ///
    /// TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension
    /// | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension
    mutating func parseTypeSystemExtension() throws(GraphQLError) -> DefinitionNode {
        let keyword = try lookahead()
        switch Keyword(keyword, in: lexer) {
        case .schema: return .schemaExtension(try parseSchemaExtension())
        case .scalar: return .typeExtension(.scalar(try parseScalarTypeExtension()))
        case .type: return .typeExtension(.object(try parseObjectTypeExtension(keyword: "type")))
        case .interface: return .typeExtension(.interface(try parseObjectTypeExtension(keyword: "interface")))
        case .union: return .typeExtension(.union(try parseUnionTypeExtension()))
        case .enum: return .typeExtension(.enumType(try parseEnumTypeExtension()))
        case .input: return .typeExtension(.inputObject(try parseInputObjectTypeExtension()))
        default: throw unexpected(keyword)
        }
    }

    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// | extend schema Directives[Const] [lookahead != `{`]
    mutating func parseSchemaExtension() throws(GraphQLError) -> SchemaDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        var operationTypes: [OperationTypeDefinitionNode] = []
        if try expectOptional(.braceL) {
            repeat {
                operationTypes.append(try parseOperationTypeDefinition())
            } while try !expectOptional(.braceR)
        }
        if directives.isEmpty && operationTypes.isEmpty {
            throw unexpected()
        }
        return SchemaDefinitionNode(
            directives: directives, operationTypes: operationTypes, location: start.location(endingAt: lastEnd))
    }

    /// ScalarTypeExtension : extend scalar Name Directives[Const]
    mutating func parseScalarTypeExtension() throws(GraphQLError) -> ScalarTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        if directives.isEmpty {
            throw unexpected()
        }
        return ScalarTypeDefinitionNode(name: name, directives: directives, location: start.location(endingAt: lastEnd))
    }

    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces
    ///
    /// InterfaceTypeExtension : the same with `interface`; `keyword` says which is read.
    mutating func parseObjectTypeExtension(keyword: StaticString) throws(GraphQLError) -> ObjectTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword(keyword)
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty {
            throw unexpected()
        }
        return ObjectTypeDefinitionNode(
            name: name, interfaces: interfaces, directives: directives, fields: fields,
            location: start.location(endingAt: lastEnd))
    }

    /// UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes
    /// | extend union Name Directives[Const]
    mutating func parseUnionTypeExtension() throws(GraphQLError) -> UnionTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        if directives.isEmpty && types.isEmpty {
            throw unexpected()
        }
        return UnionTypeDefinitionNode(
            name: name, directives: directives, types: types, location: start.location(endingAt: lastEnd))
    }

    /// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition
    /// | extend enum Name Directives[Const] [lookahead != `{`]
    mutating func parseEnumTypeExtension() throws(GraphQLError) -> EnumTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        if directives.isEmpty && values.isEmpty {
            throw unexpected()
        }
        return EnumTypeDefinitionNode(
            name: name, directives: directives, values: values, location: start.location(endingAt: lastEnd))
    }

    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition
    /// | extend input Name Directives[Const] [lookahead != `{`]
    mutating func parseInputObjectTypeExtension() throws(GraphQLError) -> InputObjectTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        if directives.isEmpty && fields.isEmpty {
            throw unexpected()
        }
        return InputObjectTypeDefinitionNode(
            name: name, directives: directives, fields: fields, location: start.location(endingAt: lastEnd))
    }
}
