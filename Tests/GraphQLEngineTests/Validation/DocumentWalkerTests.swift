import Testing

@testable import GraphQLEngine

/// The walk: every kind of node, in graphql-js's order, and per-rule skipping.
struct DocumentWalkerTests {
    /// A document with every kind of executable and type-system node.
    static let everyNodeKind = """
        query Q($a: [Int!] = [1, 2] @onVariableDefinition, $b: ComplexInput) @onQuery {
          dog {
            ...F @onFragmentSpread
            ... on Dog @onInlineFragment { doesKnowCommand(dogCommand: SIT) }
            alias: isAtLocation(x: $a, y: 3) @include(if: true)
          }
          complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: ["x", null]}) }
        }
        fragment F on Dog { name(surname: false) }
        schema @d { query: QueryRoot }
        extend schema { mutation: M }
        "desc" scalar S @d(x: 1.5)
        type T implements I @d { f("arg" a: [E!]! = [A] @d): T }
        extend type T { g: Int }
        interface I { f: T }
        union U @d = T | V
        enum E { A @d, B }
        input In @d { f: Int = 1 @d }
        directive @d(x: Float) repeatable on FIELD | SCHEMA
        """

    @Test("the walk calls enter and leave for every node kind in graphql-js's order")
    func walkOrderMatchesGraphQLJS() throws {
        let document = try #require(parseForTest(Self.everyNodeKind))
        let recorder = WalkRecorder()
        walk(document, visitors: [recorder])
        // graphql-js's visit, less the nodes this walk does not show rules: names, list and
        // non-null type wrappers, descriptions, and a variable definition's own `$name`.
        #expect(
            recorder.log.entries == [
                "enterDocument",
                "enterOperationDefinition Q",
                "enterVariableDefinition",
                "enterNamedType Int",
                "leaveNamedType",
                "enterValue",
                "enterValue 1",
                "leaveValue",
                "enterValue 2",
                "leaveValue",
                "leaveValue",
                "enterDirective onVariableDefinition",
                "leaveDirective",
                "leaveVariableDefinition",
                "enterVariableDefinition",
                "enterNamedType ComplexInput",
                "leaveNamedType",
                "leaveVariableDefinition",
                "enterDirective onQuery",
                "leaveDirective",
                "enterSelectionSet",
                "enterField dog",
                "enterSelectionSet",
                "enterFragmentSpread F",
                "enterDirective onFragmentSpread",
                "leaveDirective",
                "leaveFragmentSpread",
                "enterInlineFragment",
                "enterNamedType Dog",
                "leaveNamedType",
                "enterDirective onInlineFragment",
                "leaveDirective",
                "enterSelectionSet",
                "enterField doesKnowCommand",
                "enterArgument dogCommand",
                "enterValue SIT",
                "leaveValue",
                "leaveArgument",
                "leaveField",
                "leaveSelectionSet",
                "leaveInlineFragment",
                "enterField isAtLocation",
                "enterArgument x",
                "enterValue a",
                "leaveValue",
                "leaveArgument",
                "enterArgument y",
                "enterValue 3",
                "leaveValue",
                "leaveArgument",
                "enterDirective include",
                "enterArgument if",
                "enterValue true",
                "leaveValue",
                "leaveArgument",
                "leaveDirective",
                "leaveField",
                "leaveSelectionSet",
                "leaveField",
                "enterField complicatedArgs",
                "enterSelectionSet",
                "enterField complexArgField",
                "enterArgument complexArg",
                "enterValue",
                "enterObjectField requiredField",
                "enterValue true",
                "leaveValue",
                "leaveObjectField",
                "enterObjectField stringListField",
                "enterValue",
                "enterValue x",
                "leaveValue",
                "enterValue",
                "leaveValue",
                "leaveValue",
                "leaveObjectField",
                "leaveValue",
                "leaveArgument",
                "leaveField",
                "leaveSelectionSet",
                "leaveField",
                "leaveSelectionSet",
                "leaveOperationDefinition",
                "enterFragmentDefinition F",
                "enterNamedType Dog",
                "leaveNamedType",
                "enterSelectionSet",
                "enterField name",
                "enterArgument surname",
                "enterValue false",
                "leaveValue",
                "leaveArgument",
                "leaveField",
                "leaveSelectionSet",
                "leaveFragmentDefinition",
                "enterSchemaDefinition",
                "enterDirective d",
                "leaveDirective",
                "enterOperationTypeDefinition",
                "enterNamedType QueryRoot",
                "leaveNamedType",
                "leaveOperationTypeDefinition",
                "leaveSchemaDefinition",
                "enterSchemaExtension",
                "enterOperationTypeDefinition",
                "enterNamedType M",
                "leaveNamedType",
                "leaveOperationTypeDefinition",
                "leaveSchemaExtension",
                "enterTypeDefinition S",
                "enterDirective d",
                "enterArgument x",
                "enterValue 1.5",
                "leaveValue",
                "leaveArgument",
                "leaveDirective",
                "leaveTypeDefinition",
                "enterTypeDefinition T",
                "enterNamedType I",
                "leaveNamedType",
                "enterDirective d",
                "leaveDirective",
                "enterFieldDefinition f",
                "enterInputValueDefinition a",
                "enterNamedType E",
                "leaveNamedType",
                "enterValue",
                "enterValue A",
                "leaveValue",
                "leaveValue",
                "enterDirective d",
                "leaveDirective",
                "leaveInputValueDefinition",
                "enterNamedType T",
                "leaveNamedType",
                "leaveFieldDefinition",
                "leaveTypeDefinition",
                "enterTypeExtension T",
                "enterFieldDefinition g",
                "enterNamedType Int",
                "leaveNamedType",
                "leaveFieldDefinition",
                "leaveTypeExtension",
                "enterTypeDefinition I",
                "enterFieldDefinition f",
                "enterNamedType T",
                "leaveNamedType",
                "leaveFieldDefinition",
                "leaveTypeDefinition",
                "enterTypeDefinition U",
                "enterDirective d",
                "leaveDirective",
                "enterNamedType T",
                "leaveNamedType",
                "enterNamedType V",
                "leaveNamedType",
                "leaveTypeDefinition",
                "enterTypeDefinition E",
                "enterEnumValueDefinition A",
                "enterDirective d",
                "leaveDirective",
                "leaveEnumValueDefinition",
                "enterEnumValueDefinition B",
                "leaveEnumValueDefinition",
                "leaveTypeDefinition",
                "enterTypeDefinition In",
                "enterDirective d",
                "leaveDirective",
                "enterInputValueDefinition f",
                "enterNamedType Int",
                "leaveNamedType",
                "enterValue 1",
                "leaveValue",
                "enterDirective d",
                "leaveDirective",
                "leaveInputValueDefinition",
                "leaveTypeDefinition",
                "enterDirectiveDefinition d",
                "enterInputValueDefinition x",
                "enterNamedType Float",
                "leaveNamedType",
                "leaveInputValueDefinition",
                "leaveDirectiveDefinition",
                "leaveDocument",
            ])
    }

    @Test("a rule that skips a node sees neither its children nor its leave; other rules do")
    func skippingIsPerRule() throws {
        let document = try #require(parseForTest("{ dog { name } cat { meows } }"))
        let skipper = WalkRecorder(skipFieldsNamed: "dog")
        let watcher = WalkRecorder()
        walk(document, visitors: [skipper, watcher])
        #expect(
            skipper.log.entries.filter { $0.contains("Field") } == [
                "enterField dog", "enterField cat", "enterField meows", "leaveField", "leaveField",
            ])
        #expect(
            watcher.log.entries.filter { $0.contains("Field") } == [
                "enterField dog", "enterField name", "leaveField", "leaveField",
                "enterField cat", "enterField meows", "leaveField", "leaveField",
            ])
    }

    @Test("skipping the document leaves the rule nothing else to see")
    func skippingTheDocument() throws {
        let document = try #require(parseForTest("{ dog { name } }"))
        let skipper = WalkRecorder(skipDocument: true)
        walk(document, visitors: [skipper])
        #expect(skipper.log.entries == ["enterDocument"])
    }

    @Test("the context tells where the directives being visited stand, as graphql-js's KnownDirectivesRule does")
    func directiveLocations() throws {
        let document = try #require(
            parseForTest(
                """
                query Q($a: Int @d) @d { f @d { ...F @d ... on T @d { g } } }
                mutation M @d { f }
                subscription S @d { f }
                fragment F on T @d { g }
                schema @d { query: T }
                extend schema @d { mutation: T }
                scalar S @d
                extend scalar S @d
                type T implements I @d { f(a: Int @d): T @d }
                extend type T @d
                interface I @d { f(a: Int @d): T @d }
                extend interface I @d
                union U @d = T
                extend union U @d
                enum E @d { A @d }
                extend enum E @d
                input In @d { f: Int @d }
                extend input In @d
                directive @x(a: Int @d) on FIELD
                """))
        let context = ValidationContext(schema: validationTestSchema, document: document, maxErrors: nil)
        let recorder = DirectiveLocationRecorder(context: context)
        var walker = DocumentWalker(visitors: [recorder], typeInfo: context.typeInfo, context: context)
        walker.walk(document)
        #expect(context.directiveLocation == nil)
        #expect(
            recorder.log.entries == [
                "VARIABLE_DEFINITION", "QUERY", "FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
                "MUTATION", "SUBSCRIPTION", "FRAGMENT_DEFINITION", "SCHEMA", "SCHEMA", "SCALAR",
                "SCALAR", "OBJECT", "ARGUMENT_DEFINITION", "FIELD_DEFINITION", "OBJECT",
                "INTERFACE", "ARGUMENT_DEFINITION", "FIELD_DEFINITION", "INTERFACE", "UNION",
                "UNION", "ENUM", "ENUM_VALUE", "ENUM", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "INPUT_OBJECT",
                "ARGUMENT_DEFINITION",
            ])
    }

    private func walk(_ document: DocumentNode, visitors: [any ValidationVisitor]) {
        let context = ValidationContext(schema: validationTestSchema, document: document, maxErrors: nil)
        var walker = DocumentWalker(visitors: visitors, typeInfo: context.typeInfo, context: context)
        walker.walk(document)
    }
}

/// Records `ValidationContext.directiveLocation` at each directive and its arguments.
private struct DirectiveLocationRecorder: ValidationVisitor {
    let log = WalkRecorder.Log()
    let context: ValidationContext

    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction {
        log.entries.append(context.directiveLocation?.rawValue ?? "nil")
        return .continue
    }
}
