// Values, directives and type references (spec §2.9, §2.11, §2.12).

extension Parser {
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
    /// | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    ///
    /// BooleanValue : one of `true` `false`
    ///
    /// NullValue : `null`
    ///
    /// EnumValue : Name but not `true`, `false` or `null`
    ///
    /// In a constant value a variable gives `Unexpected variable "$x" in constant value.`
    @inline(never)
    mutating func parseValueLiteral(isConst: Bool) throws(GraphQLError) -> ValueNode {
        // Only lists and objects recurse; the rest is read out of line to keep this frame,
        // paid once per level of nesting, small.
        switch token.kind {
        case .bracketL: try parseList(isConst: isConst)
        case .braceL: try parseObject(isConst: isConst)
        default: try parseScalarValue(isConst: isConst)
        }
    }

    /// The values that do not nest: IntValue, FloatValue, StringValue, BooleanValue, NullValue,
    /// EnumValue and, outside constants, Variable.
    @inline(never)
    mutating func parseScalarValue(isConst: Bool) throws(GraphQLError) -> ValueNode {
        let start = token
        switch start.kind {
        case .int:
            try advance()
            return .int(lexer.text(of: start), start.location(endingAt: lastEnd))
        case .float:
            try advance()
            return .float(lexer.text(of: start), start.location(endingAt: lastEnd))
        case .string, .blockString:
            let string = try parseStringLiteral()
            return .string(string.value, block: string.block, string.location)
        case .name:
            try advance()
            if lexer.token(start, is: "true") { return .boolean(true, start.location(endingAt: lastEnd)) }
            if lexer.token(start, is: "false") { return .boolean(false, start.location(endingAt: lastEnd)) }
            if lexer.token(start, is: "null") { return .null(start.location(endingAt: lastEnd)) }
            return .enumValue(lexer.text(of: start), start.location(endingAt: lastEnd))
        case .dollar:
            guard isConst else { return .variable(try parseVariable()) }
            try advance()
            guard token.kind == .name else { throw unexpected(start) }
            throw error(.variableInConstantValue(lexer.text(of: token)), at: start)
        default:
            throw unexpected()
        }
    }

    /// StringValue, kept with its form (a string or a block string).
    mutating func parseStringLiteral() throws(GraphQLError) -> StringValueNode {
        let start = token
        try advance()
        return StringValueNode(
            value: lexer.value(of: start), block: start.kind == .blockString,
            location: start.location(endingAt: lastEnd))
    }

    /// ListValue[Const] : [ ] | [ Value[?Const]+ ]
    ///
    /// Each list is a level of nesting for `ParseOptions.maxDepth`. Nested lists and objects
    /// are read by calling `parseList` and `parseObject` directly, one stack frame per level.
    @inline(never)
    mutating func parseList(isConst: Bool) throws(GraphQLError) -> ValueNode {
        let start = token
        try expect(.bracketL)
        try enterNesting(at: start)
        let mark = scratch.values.count
        while try !expectOptional(.bracketR) {
            let value: ValueNode
            switch token.kind {
            case .bracketL: value = try parseList(isConst: isConst)
            case .braceL: value = try parseObject(isConst: isConst)
            default: value = try parseScalarValue(isConst: isConst)
            }
            scratch.values.push(value)
        }
        leaveNesting()
        return .list(scratch.values.popItems(from: mark), start.location(endingAt: lastEnd))
    }

    /// ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    ///
    /// ObjectField[Const] : Name : Value[?Const]
    ///
    /// Each object is a level of nesting for `ParseOptions.maxDepth`, read in one stack frame
    /// as lists are.
    @inline(never)
    mutating func parseObject(isConst: Bool) throws(GraphQLError) -> ValueNode {
        let start = token
        try expect(.braceL)
        try enterNesting(at: start)
        let mark = scratch.objectFields.count
        while try !expectOptional(.braceR) {
            let fieldStart = token
            let name = try parseName()
            try expect(.colon)
            let value: ValueNode
            switch token.kind {
            case .bracketL: value = try parseList(isConst: isConst)
            case .braceL: value = try parseObject(isConst: isConst)
            default: value = try parseScalarValue(isConst: isConst)
            }
            scratch.objectFields.push(
                ObjectFieldNode(name: name, value: value, location: fieldStart.location(endingAt: lastEnd)))
        }
        leaveNesting()
        return .object(scratch.objectFields.popItems(from: mark), start.location(endingAt: lastEnd))
    }

    /// Directives[Const] : Directive[?Const]+ (or none: callers accept an empty list)
    @inline(never)
    mutating func parseDirectives(isConst: Bool) throws(GraphQLError) -> [DirectiveNode] {
        guard token.kind == .at else { return [] }
        let mark = scratch.directives.count
        repeat {
            let directive = try parseDirective(isConst: isConst)
            scratch.directives.push(directive)
        } while token.kind == .at
        return scratch.directives.popItems(from: mark)
    }

    /// Directive[Const] : @ Name Arguments[?Const]?
    @inline(never)
    mutating func parseDirective(isConst: Bool) throws(GraphQLError) -> DirectiveNode {
        let start = token
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArguments(isConst: isConst)
        return DirectiveNode(name: name, arguments: arguments, location: start.location(endingAt: lastEnd))
    }

    /// Type : NamedType | ListType | NonNullType
    ///
    /// ListType : [ Type ]
    ///
    /// NonNullType : NamedType ! | ListType !
    ///
    /// Each list and non-null wrapper is a level of nesting for `ParseOptions.maxDepth`.
    @inline(never)
    mutating func parseTypeReference() throws(GraphQLError) -> TypeNode {
        let start = token
        var type: TypeNode
        if try expectOptional(.bracketL) {
            try enterNesting(at: start)
            let inner = try parseTypeReference()
            try expect(.bracketR)
            leaveNesting()
            type = .list(inner, start.location(endingAt: lastEnd))
        } else {
            type = .named(try parseNamedType())
        }
        let bang = token
        if try expectOptional(.bang) {
            try enterNesting(at: bang)
            leaveNesting()
            return .nonNull(type, start.location(endingAt: lastEnd))
        }
        return type
    }

    /// NamedType : Name
    mutating func parseNamedType() throws(GraphQLError) -> NamedTypeNode {
        let start = token
        let name = try parseName()
        return NamedTypeNode(name: name, location: start.location(endingAt: lastEnd))
    }
}
