// Type-system definitions (spec §3.2 – §3.13).

extension Parser {
    /// Whether the current token is a string that can be a description.
    @inline(__always)
    func peekDescription() -> Bool {
        token.kind == .string || token.kind == .blockString
    }

    /// Description : StringValue (spec §3.2), if there is one.
    mutating func parseDescription() throws(GraphQLError) -> DescriptionNode? {
        peekDescription() ? try parseStringLiteral() : nil
    }

    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    mutating func parseSchemaDefinition() throws(GraphQLError) -> SchemaDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        try expect(.braceL)
        var operationTypes: [OperationTypeDefinitionNode] = []
        repeat {
            operationTypes.append(try parseOperationTypeDefinition())
        } while try !expectOptional(.braceR)
        return SchemaDefinitionNode(
            description: description, directives: directives, operationTypes: operationTypes,
            location: start.location(endingAt: lastEnd))
    }

    /// RootOperationTypeDefinition : OperationType : NamedType
    mutating func parseOperationTypeDefinition() throws(GraphQLError) -> OperationTypeDefinitionNode {
        let start = token
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinitionNode(
            operation: operation, type: type, location: start.location(endingAt: lastEnd))
    }

    /// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    mutating func parseScalarTypeDefinition() throws(GraphQLError) -> ScalarTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinitionNode(
            description: description, name: name, directives: directives, location: start.location(endingAt: lastEnd))
    }

    /// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    ///
    /// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    ///
    /// The two have the same shape; `keyword` says which is read.
    mutating func parseObjectTypeDefinition(keyword: StaticString) throws(GraphQLError) -> ObjectTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword(keyword)
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinitionNode(
            description: description, name: name, interfaces: interfaces, directives: directives,
            fields: fields, location: start.location(endingAt: lastEnd))
    }

    /// ImplementsInterfaces : implements `&`? NamedType | ImplementsInterfaces & NamedType
    mutating func parseImplementsInterfaces() throws(GraphQLError) -> [NamedTypeNode] {
        guard try expectOptionalKeyword("implements") else { return [] }
        return try parseDelimitedNamedTypes(.amp)
    }

    /// NamedType, then more NamedTypes each after `delimiter`, which may also come first
    /// (graphql-js `delimitedMany`).
    mutating func parseDelimitedNamedTypes(_ delimiter: TokenKind) throws(GraphQLError) -> [NamedTypeNode] {
        _ = try expectOptional(delimiter)
        let mark = scratch.namedTypes.count
        repeat {
            let type = try parseNamedType()
            scratch.namedTypes.push(type)
        } while try expectOptional(delimiter)
        return scratch.namedTypes.popItems(from: mark)
    }

    /// FieldsDefinition : { FieldDefinition+ } (or none)
    mutating func parseFieldsDefinition() throws(GraphQLError) -> [FieldDefinitionNode] {
        guard try expectOptional(.braceL) else { return [] }
        let mark = scratch.fieldDefinitions.count
        repeat {
            let field = try parseFieldDefinition()
            scratch.fieldDefinitions.push(field)
        } while try !expectOptional(.braceR)
        return scratch.fieldDefinitions.popItems(from: mark)
    }

    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    mutating func parseFieldDefinition() throws(GraphQLError) -> FieldDefinitionNode {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinitionNode(
            description: description, name: name, arguments: arguments, type: type,
            directives: directives, location: start.location(endingAt: lastEnd))
    }

    /// ArgumentsDefinition : ( InputValueDefinition+ ) (or none)
    mutating func parseArgumentDefinitions() throws(GraphQLError) -> [InputValueDefinitionNode] {
        guard try expectOptional(.parenL) else { return [] }
        let mark = scratch.inputValues.count
        repeat {
            let argument = try parseInputValueDefinition()
            scratch.inputValues.push(argument)
        } while try !expectOptional(.parenR)
        return scratch.inputValues.popItems(from: mark)
    }

    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    mutating func parseInputValueDefinition() throws(GraphQLError) -> InputValueDefinitionNode {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinitionNode(
            description: description, name: name, type: type, defaultValue: defaultValue,
            directives: directives, location: start.location(endingAt: lastEnd))
    }

    /// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    mutating func parseUnionTypeDefinition() throws(GraphQLError) -> UnionTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinitionNode(
            description: description, name: name, directives: directives, types: types,
            location: start.location(endingAt: lastEnd))
    }

    /// UnionMemberTypes : = `|`? NamedType | UnionMemberTypes | NamedType (or none)
    mutating func parseUnionMemberTypes() throws(GraphQLError) -> [NamedTypeNode] {
        guard try expectOptional(.equals) else { return [] }
        return try parseDelimitedNamedTypes(.pipe)
    }

    /// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    mutating func parseEnumTypeDefinition() throws(GraphQLError) -> EnumTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinitionNode(
            description: description, name: name, directives: directives, values: values,
            location: start.location(endingAt: lastEnd))
    }

    /// EnumValuesDefinition : { EnumValueDefinition+ } (or none)
    mutating func parseEnumValuesDefinition() throws(GraphQLError) -> [EnumValueDefinitionNode] {
        guard try expectOptional(.braceL) else { return [] }
        let mark = scratch.enumValues.count
        repeat {
            let value = try parseEnumValueDefinition()
            scratch.enumValues.push(value)
        } while try !expectOptional(.braceR)
        return scratch.enumValues.popItems(from: mark)
    }

    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    ///
    /// EnumValue : Name but not `true`, `false` or `null`
    mutating func parseEnumValueDefinition() throws(GraphQLError) -> EnumValueDefinitionNode {
        let start = token
        let description = try parseDescription()
        if tokenValue(is: "true") || tokenValue(is: "false") || tokenValue(is: "null") {
            throw SyntaxError.reservedEnumValue(token, in: lexer.bytes)
        }
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return EnumValueDefinitionNode(
            description: description, name: name, directives: directives, location: start.location(endingAt: lastEnd))
    }

    /// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    mutating func parseInputObjectTypeDefinition() throws(GraphQLError) -> InputObjectTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinitionNode(
            description: description, name: name, directives: directives, fields: fields,
            location: start.location(endingAt: lastEnd))
    }

    /// InputFieldsDefinition : { InputValueDefinition+ } (or none)
    mutating func parseInputFieldsDefinition() throws(GraphQLError) -> [InputValueDefinitionNode] {
        guard try expectOptional(.braceL) else { return [] }
        let mark = scratch.inputValues.count
        repeat {
            let field = try parseInputValueDefinition()
            scratch.inputValues.push(field)
        } while try !expectOptional(.braceR)
        return scratch.inputValues.popItems(from: mark)
    }

    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
    mutating func parseDirectiveDefinition() throws(GraphQLError) -> DirectiveDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try parseDirectiveLocations()
        return DirectiveDefinitionNode(
            description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
            locations: locations, location: start.location(endingAt: lastEnd))
    }

    /// DirectiveLocations : `|`? DirectiveLocation | DirectiveLocations | DirectiveLocation
    mutating func parseDirectiveLocations() throws(GraphQLError) -> [NameNode] {
        _ = try expectOptional(.pipe)
        var locations: [NameNode] = []
        repeat {
            locations.append(try parseDirectiveLocation())
        } while try expectOptional(.pipe)
        return locations
    }

    /// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    /// (one of the names of `DirectiveLocation`; any other gives `Unexpected Name "…".`)
    mutating func parseDirectiveLocation() throws(GraphQLError) -> NameNode {
        let start = token
        let name = try parseName()
        guard DirectiveLocation(rawValue: name.value) != nil else {
            throw unexpected(start)
        }
        return name
    }
}
