/// Every literal value must be coercible to the type expected where it stands (spec §5.6.1,
/// "Values of Correct Type"; §5.6.2 "Input Object Field Names"; §5.6.4 "Input Object Required
/// Fields"; graphql-js `ValuesOfCorrectTypeRule`).
///
/// Scalars and enums judge their literals with their own input coercion
/// (`GraphQLNamedType.parseLeafLiteral`), whose error is reported as is:
/// `Int cannot represent non-integer value: 1.5`. Input object literals must name only defined
/// fields and give every required one; a `@oneOf` input object literal must give exactly one
/// field, not null (spec §3.10.1), in the words of the graphql-js releases that know `@oneOf`
/// (16.6 does not): `OneOf Input Object "In" must specify exactly one key.`,
/// `Field "In.a" must be non-null.` Variables are left to `VariablesInAllowedPositionRule`,
/// including a nullable one standing for a `@oneOf` field (as in graphql-js 17 and the spec).
struct ValuesOfCorrectTypeRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.value, .objectField]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterValue(_ node: ValueNode) -> VisitAction {
        switch node {
        case .list:
            // The walk has entered the list: the expected item type is the input type, the
            // list's own type is the parent's.
            guard case .list? = context.parentInputType?.nullableType else {
                checkLeafValue(node)
                return .skipChildren
            }
        case .object(let fields, _):
            guard case .inputObject(let objectType)? = context.inputType?.namedType else {
                checkLeafValue(node)
                return .skipChildren
            }
            checkObjectValue(node, fields, objectType)
        case .null:
            if let type = context.inputType, type.isNonNull {
                context.reportError(
                    GraphQLError("Expected value of type \"\(type)\", found null.", at: [node.location]))
            }
        case .variable:
            break
        case .int, .float, .string, .boolean, .enumValue:
            checkLeafValue(node)
        }
        return .continue
    }

    mutating func enterObjectField(_ node: ObjectFieldNode) -> VisitAction {
        guard context.inputType == nil,
            case .inputObject(let objectType)? = context.parentInputType?.namedType
        else { return .continue }
        let name = node.name.value
        context.reportError(
            GraphQLError(
                "Field \"\(name)\" is not defined by type \"\(objectType.name)\"."
                    + didYouMean(suggestionList(name, objectType.fields.map(\.name))),
                at: [node.location]))
        return .continue
    }

    /// Reports the required fields missing from an input object literal and, for a `@oneOf`
    /// input object, a literal that does not give exactly one non-null field.
    private func checkObjectValue(
        _ node: ValueNode, _ fields: [ObjectFieldNode], _ objectType: GraphQLInputObjectType
    ) {
        for field in objectType.fields where field.type.isNonNull && field.defaultValue == nil {
            guard !fields.contains(where: { $0.name.value == field.name }) else { continue }
            context.reportError(
                GraphQLError(
                    "Field \"\(objectType.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                    at: [node.location]))
        }
        guard objectType.isOneOf else { return }
        // As in graphql-js, fields are keyed by name: a repeated name counts once, and its last
        // value is the one that counts.
        guard let first = fields.first, fields.allSatisfy({ $0.name.value == first.name.value }) else {
            context.reportError(
                GraphQLError(
                    "OneOf Input Object \"\(objectType.name)\" must specify exactly one key.", at: [node.location]))
            return
        }
        // safe: `fields` is not empty.
        if case .null = fields.last!.value {
            context.reportError(
                GraphQLError(
                    "Field \"\(objectType.name).\(first.name.value)\" must be non-null.", at: [node.location]))
        }
    }

    /// Checks a literal against the leaf type expected where it stands: an error from the
    /// type's input coercion, or `Expected value of type …` when a leaf type is not expected.
    ///
    /// A coercion error that points at the literal (those of the built-in scalars and enums) is
    /// reported as is. One that points nowhere although the literal has a place (a custom
    /// scalar's `throw GraphQLError("…")`) is worded as graphql-js words a custom scalar's plain
    /// `Error`: `Expected value of type "Odd", found 2; <its message>`, at the literal.
    private func checkLeafValue(_ node: ValueNode) {
        guard let locationType = context.inputType else { return }
        let type = locationType.namedType
        guard type.isLeafType else {
            context.reportError(
                GraphQLError(
                    "Expected value of type \"\(locationType)\", found \(printValue(node)).", at: [node.location]))
            return
        }
        do {
            _ = try type.parseLeafLiteral(node)
        } catch {
            guard error.locations.isEmpty, node.location.line != 0 else {
                context.reportError(error)
                return
            }
            context.reportError(
                GraphQLError(
                    "Expected value of type \"\(locationType)\", found \(printValue(node)); \(error.message)",
                    at: [node.location]))
        }
    }
}
