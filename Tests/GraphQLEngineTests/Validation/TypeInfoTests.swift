import Testing

@testable import GraphQLEngine

/// The type information shared by the rules, compared with graphql-js's `TypeInfo` at every
/// node of a document that has known, unknown, meta and wrapped fields, arguments and values.
struct TypeInfoTests {
    static let document = """
        query Q($a: [Int!] = [1], $b: ComplexInput, $c: Unknown, $d: Dog) {
          dog {
            isHouseTrained(atOtherHomes: $b)
            doesKnowCommand(dogCommand: HEEL) @include(if: true) @unknown(x: 1)
            ... on Cat { meows }
            ... { barks }
            __typename
            unknown(arg: BROWN) { name }
            mother { father { name } }
          }
          catOrDog { __typename ... on Being { name } }
          complicatedArgs {
            complexArgField(complexArg: {requiredField: true, nonNullField: false, stringListField: ["x", null], unknown: 1})
            stringListArgField(stringListArg: [["nested"]])
            enumArgField(enumArg: NOPE)
            nonNullFieldWithDefault(arg: 1, extra: 2)
          }
          __schema { queryType { name } }
          __type(name: "Dog") { name }
        }
        fragment F on Pet { name }
        fragment G on Nope { name }
        mutation { anything }
        """

    @Test("TypeInfo tracks types, definitions, input types and defaults as graphql-js does")
    func typeInfoMatchesGraphQLJS() throws {
        let document = try #require(parseForTest(Self.document))
        let context = ValidationContext(schema: validationTestSchema, document: document, maxErrors: nil)
        let recorder = TypeInfoRecorder(context: context)
        var walker = DocumentWalker(visitors: [recorder], typeInfo: context.typeInfo, context: context)
        walker.walk(document)
        #expect(
            recorder.log.entries == [
                "Operation type=QueryRoot",
                "VariableDefinition input=[Int!]",
                "Value [] input=Int! parentInput=[Int!] default=false enum=nil",
                "Value 1 input=Int! parentInput=[Int!] default=false enum=nil",
                "VariableDefinition input=ComplexInput",
                "VariableDefinition input=nil",
                "VariableDefinition input=nil",
                "SelectionSet parent=QueryRoot",
                "Field dog parent=QueryRoot def=dog type=Dog",
                "SelectionSet parent=Dog",
                "Field isHouseTrained parent=Dog def=isHouseTrained type=Boolean",
                "Argument atOtherHomes def=atOtherHomes input=Boolean default=true",
                "Value b input=Boolean parentInput=nil default=true enum=nil",
                "Field doesKnowCommand parent=Dog def=doesKnowCommand type=Boolean",
                "Argument dogCommand def=dogCommand input=DogCommand default=false",
                "Value HEEL input=DogCommand parentInput=nil default=false enum=HEEL",
                "Directive include def=include",
                "Argument if def=if input=Boolean! default=false",
                "Value true input=Boolean! parentInput=nil default=false enum=nil",
                "Directive unknown def=nil",
                "Argument x def=nil input=nil default=false",
                "Value 1 input=nil parentInput=nil default=false enum=nil",
                "InlineFragment type=Cat",
                "SelectionSet parent=Cat",
                "Field meows parent=Cat def=meows type=Boolean",
                "InlineFragment type=Dog",
                "SelectionSet parent=Dog",
                "Field barks parent=Dog def=barks type=Boolean",
                "Field __typename parent=Dog def=__typename type=String!",
                "Field unknown parent=Dog def=nil type=nil",
                "Argument arg def=nil input=nil default=false",
                "Value BROWN input=nil parentInput=nil default=false enum=nil",
                "SelectionSet parent=nil",
                "Field name parent=nil def=nil type=nil",
                "Field mother parent=Dog def=mother type=Dog",
                "SelectionSet parent=Dog",
                "Field father parent=Dog def=father type=Dog",
                "SelectionSet parent=Dog",
                "Field name parent=Dog def=name type=String",
                "Field catOrDog parent=QueryRoot def=catOrDog type=CatOrDog",
                "SelectionSet parent=CatOrDog",
                "Field __typename parent=CatOrDog def=__typename type=String!",
                "InlineFragment type=Being",
                "SelectionSet parent=Being",
                "Field name parent=Being def=name type=String",
                "Field complicatedArgs parent=QueryRoot def=complicatedArgs type=ComplicatedArgs",
                "SelectionSet parent=ComplicatedArgs",
                "Field complexArgField parent=ComplicatedArgs def=complexArgField type=String",
                "Argument complexArg def=complexArg input=ComplexInput default=false",
                "Value {} input=ComplexInput parentInput=nil default=false enum=nil",
                "ObjectField requiredField input=Boolean! parentInput=ComplexInput default=false",
                "Value true input=Boolean! parentInput=ComplexInput default=false enum=nil",
                "ObjectField nonNullField input=Boolean! parentInput=ComplexInput default=true",
                "Value false input=Boolean! parentInput=ComplexInput default=true enum=nil",
                "ObjectField stringListField input=[String] parentInput=ComplexInput default=false",
                "Value [] input=String parentInput=[String] default=false enum=nil",
                "Value x input=String parentInput=[String] default=false enum=nil",
                "Value null input=String parentInput=[String] default=false enum=nil",
                "ObjectField unknown input=nil parentInput=ComplexInput default=false",
                "Value 1 input=nil parentInput=ComplexInput default=false enum=nil",
                "Field stringListArgField parent=ComplicatedArgs def=stringListArgField type=String",
                "Argument stringListArg def=stringListArg input=[String] default=false",
                "Value [] input=String parentInput=[String] default=false enum=nil",
                "Value [] input=String parentInput=String default=false enum=nil",
                "Value nested input=String parentInput=String default=false enum=nil",
                "Field enumArgField parent=ComplicatedArgs def=enumArgField type=String",
                "Argument enumArg def=enumArg input=FurColor default=false",
                "Value NOPE input=FurColor parentInput=nil default=false enum=nil",
                "Field nonNullFieldWithDefault parent=ComplicatedArgs def=nonNullFieldWithDefault type=String",
                "Argument arg def=arg input=Int! default=true",
                "Value 1 input=Int! parentInput=nil default=true enum=nil",
                "Argument extra def=nil input=nil default=false",
                "Value 2 input=nil parentInput=nil default=false enum=nil",
                "Field __schema parent=QueryRoot def=__schema type=__Schema!",
                "SelectionSet parent=__Schema",
                "Field queryType parent=__Schema def=queryType type=__Type!",
                "SelectionSet parent=__Type",
                "Field name parent=__Type def=name type=String",
                "Field __type parent=QueryRoot def=__type type=__Type",
                "Argument name def=name input=String! default=false",
                "Value Dog input=String! parentInput=nil default=false enum=nil",
                "SelectionSet parent=__Type",
                "Field name parent=__Type def=name type=String",
                "FragmentDefinition type=Pet",
                "SelectionSet parent=Pet",
                "Field name parent=Pet def=name type=String",
                "FragmentDefinition type=nil",
                "SelectionSet parent=nil",
                "Field name parent=nil def=nil type=nil",
                "Operation type=nil",
                "SelectionSet parent=nil",
                "Field anything parent=nil def=nil type=nil",
            ])
    }
}

/// Records what `ValidationContext` says at each node, in the format of the graphql-js script
/// the expectations came from.
private struct TypeInfoRecorder: ValidationVisitor {
    final class Log { var entries: [String] = [] }
    let log = Log()
    let context: ValidationContext

    private func show(_ type: GraphQLType?) -> String { type.map { "\($0)" } ?? "nil" }
    private func show(_ type: GraphQLNamedType?) -> String { type?.name ?? "nil" }
    private func append(_ entry: String) -> VisitAction {
        log.entries.append(entry)
        return .continue
    }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        append("Operation type=\(show(context.type))")
    }
    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        append("FragmentDefinition type=\(show(context.type))")
    }
    mutating func enterInlineFragment(_ node: InlineFragmentNode) -> VisitAction {
        append("InlineFragment type=\(show(context.type))")
    }
    mutating func enterSelectionSet(_ node: SelectionSetNode) -> VisitAction {
        append("SelectionSet parent=\(show(context.parentType))")
    }
    mutating func enterField(_ node: FieldNode) -> VisitAction {
        append(
            "Field \(node.name.value) parent=\(show(context.parentType)) def=\(context.fieldDef?.name ?? "nil") type=\(show(context.type))"
        )
    }
    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction {
        append("Directive \(node.name.value) def=\(context.directive?.name ?? "nil")")
    }
    mutating func enterArgument(_ node: ArgumentNode) -> VisitAction {
        append(
            "Argument \(node.name.value) def=\(context.argument?.name ?? "nil") input=\(show(context.inputType)) default=\(context.defaultValue != nil)"
        )
    }
    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction {
        append("VariableDefinition input=\(show(context.inputType))")
    }
    mutating func enterObjectField(_ node: ObjectFieldNode) -> VisitAction {
        append(
            "ObjectField \(node.name.value) input=\(show(context.inputType)) parentInput=\(show(context.parentInputType)) default=\(context.defaultValue != nil)"
        )
    }
    mutating func enterValue(_ node: ValueNode) -> VisitAction {
        let label: String
        switch node {
        case .null: label = "null"
        case .list: label = "[]"
        case .object: label = "{}"
        default: label = WalkRecorder.label(node) ?? ""
        }
        return append(
            "Value \(label) input=\(show(context.inputType)) parentInput=\(show(context.parentInputType)) default=\(context.defaultValue != nil) enum=\(context.enumValue?.name ?? "nil")"
        )
    }
}
