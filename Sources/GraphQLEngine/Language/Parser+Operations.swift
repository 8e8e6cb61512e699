// Executable definitions: operations, selections and fragments (spec §2.3 – §2.8, §2.10).

extension Parser {
    /// OperationDefinition : SelectionSet | OperationType Name? VariablesDefinition? Directives? SelectionSet
    mutating func parseOperationDefinition() throws(GraphQLError) -> OperationDefinitionNode {
        let start = token
        if token.kind == .braceL {
            let selectionSet = try parseSelectionSet()
            return OperationDefinitionNode(
                operation: .query, selectionSet: selectionSet, location: start.location(endingAt: lastEnd))
        }
        let operation = try parseOperationType()
        let name = token.kind == .name ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinitionNode(
            operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet, location: start.location(endingAt: lastEnd))
    }

    /// OperationType : one of `query` `mutation` `subscription`
    mutating func parseOperationType() throws(GraphQLError) -> OperationType {
        let operationToken = try expect(.name)
        switch Keyword(operationToken, in: lexer) {
        case .query: return .query
        case .mutation: return .mutation
        case .subscription: return .subscription
        default: throw unexpected(operationToken)
        }
    }

    /// VariablesDefinition : ( VariableDefinition+ )
    mutating func parseVariableDefinitions() throws(GraphQLError) -> [VariableDefinitionNode] {
        guard try expectOptional(.parenL) else { return [] }
        let mark = scratch.variableDefinitions.count
        repeat {
            let definition = try parseVariableDefinition()
            scratch.variableDefinitions.push(definition)
        } while try !expectOptional(.parenR)
        return scratch.variableDefinitions.popItems(from: mark)
    }

    /// VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
    ///
    /// DefaultValue : = Value[Const]
    mutating func parseVariableDefinition() throws(GraphQLError) -> VariableDefinitionNode {
        let start = token
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinitionNode(
            variable: variable, type: type, defaultValue: defaultValue, directives: directives,
            location: start.location(endingAt: lastEnd))
    }

    /// Variable : $ Name
    mutating func parseVariable() throws(GraphQLError) -> VariableNode {
        let start = token
        try expect(.dollar)
        let name = try parseName()
        return VariableNode(name: name, location: start.location(endingAt: lastEnd))
    }

    /// SelectionSet : { Selection+ }
    ///
    /// Each selection set is a level of nesting for `ParseOptions.maxDepth`, and costs one call
    /// of this function: a field's or inline fragment's own selection set is read here, while
    /// the field or fragment waits on a scratch stack, so that the stack frame paid per level
    /// stays small (see `ParseOptions.maxDepth`).
    @inline(never)
    mutating func parseSelectionSet() throws(GraphQLError) -> SelectionSetNode {
        let start = token
        try expect(.braceL)
        try enterNesting(at: start)
        let mark = scratch.selections.count
        repeat {
            let selectionStart = token
            switch try parseSelectionStart() {
            case .complete:
                break
            case .fieldAwaitingSelectionSet:
                let selectionSet = try parseSelectionSet()
                scratch.finishField(selectionSet: selectionSet, location: selectionStart.location(endingAt: lastEnd))
            case .inlineFragmentAwaitingSelectionSet:
                let selectionSet = try parseSelectionSet()
                scratch.finishInlineFragment(
                    selectionSet: selectionSet, location: selectionStart.location(endingAt: lastEnd))
            }
        } while try !expectOptional(.braceR)
        leaveNesting()
        let selections = scratch.selections.popItems(from: mark)
        return SelectionSetNode(selections: selections, location: start.location(endingAt: lastEnd))
    }

    /// Selection : Field | FragmentSpread | InlineFragment
    ///
    /// Pushes the selection onto the scratch stack of selections, unless its selection set is
    /// still to read: then the field or inline fragment waits on its own stack for the caller.
    /// Inlined into `parseSelectionSet()`, whose frame each level of nesting pays anyway.
    @inline(__always)
    mutating func parseSelectionStart() throws(GraphQLError) -> SelectionProgress {
        let start = token
        if start.kind == .spread {
            return try parseFragmentStart()
        }
        // Field : Alias? Name Arguments? Directives? SelectionSet?
        //
        // Alias : Name :
        var name = try parseName()
        var alias: NameNode? = nil
        if try expectOptional(.colon) {
            // Moved, not copied: the name read first is the alias.
            alias = consume name
            name = try parseName()
        }
        // Most fields have neither arguments nor directives: then no list is made at all.
        var extras: FieldExtras? = nil
        if token.kind == .parenL || token.kind == .at {
            let arguments = try parseArguments(isConst: false)
            extras = FieldExtras(arguments: arguments, directives: try parseDirectives(isConst: false))
        }
        let location = start.location(endingAt: lastEnd)
        // The parts are consumed into the node, and the node into the stack, so that none of
        // them is retained and released again on the way.
        let field = FieldNode(
            location: location, alias: consume alias, name: consume name, extras: consume extras, selectionSet: nil)
        if token.kind == .braceL {
            scratch.pendingFields.push(consume field)
            return .fieldAwaitingSelectionSet
        }
        scratch.selections.push(.field(consume field))
        return .complete
    }

    /// FragmentSpread : ... FragmentName Directives?
    ///
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    ///
    /// The two start alike; `on` or a selection set after `...` makes an inline fragment.
    private mutating func parseFragmentStart() throws(GraphQLError) -> SelectionProgress {
        let start = token
        try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && token.kind == .name {
            let name = try parseFragmentName()
            let directives = try parseDirectives(isConst: false)
            scratch.selections.push(
                .fragmentSpread(
                    FragmentSpreadNode(name: name, directives: directives, location: start.location(endingAt: lastEnd)))
            )
            return .complete
        }
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(isConst: false)
        if token.kind != .braceL {
            throw expectationFailure(TokenKind.braceL.description)
        }
        scratch.pendingInlineFragments.push(
            InlineFragmentNode(
                typeCondition: typeCondition, directives: directives,
                selectionSet: SelectionSetNode(selections: []), location: start.location(endingAt: lastEnd)))
        return .inlineFragmentAwaitingSelectionSet
    }

    /// Arguments[Const] : ( Argument[?Const]+ )
    @inline(never)
    mutating func parseArguments(isConst: Bool) throws(GraphQLError) -> [ArgumentNode] {
        guard try expectOptional(.parenL) else { return [] }
        let mark = scratch.arguments.count
        repeat {
            let argument = try parseArgument(isConst: isConst)
            scratch.arguments.push(argument)
        } while try !expectOptional(.parenR)
        return scratch.arguments.popItems(from: mark)
    }

    /// Argument[Const] : Name : Value[?Const]
    @inline(never)
    mutating func parseArgument(isConst: Bool) throws(GraphQLError) -> ArgumentNode {
        let start = token
        let name = try parseName()
        try expect(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return ArgumentNode(name: name, value: value, location: start.location(endingAt: lastEnd))
    }

    /// FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet
    ///
    /// TypeCondition : on NamedType
    mutating func parseFragmentDefinition() throws(GraphQLError) -> FragmentDefinitionNode {
        let start = token
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinitionNode(
            name: name, typeCondition: typeCondition, directives: directives,
            selectionSet: selectionSet, location: start.location(endingAt: lastEnd))
    }

    /// FragmentName : Name but not `on`
    ///
    /// A name is compared in place; other tokens go through `tokenValue(is:)`, as graphql-js
    /// compares any token's value (a string `"on"` is also unexpected), which the optimizer
    /// compiles with a copy of the whole parser, out of the common path.
    mutating func parseFragmentName() throws(GraphQLError) -> NameNode {
        if token.kind == .name ? lexer.token(token, is: "on") : isOnString() {
            throw unexpected()
        }
        return try parseName()
    }

    /// Whether the current token is a string whose value is `on`.
    @inline(never)
    private func isOnString() -> Bool {
        tokenValue(is: "on")
    }
}

/// How far `parseSelectionStart()` got with a selection.
enum SelectionProgress {
    /// The selection is on the stack of selections.
    case complete
    /// A field waits on the stack of pending fields for its selection set, which comes next.
    case fieldAwaitingSelectionSet
    /// An inline fragment waits on the stack of pending inline fragments for its selection set.
    case inlineFragmentAwaitingSelectionSet
}
