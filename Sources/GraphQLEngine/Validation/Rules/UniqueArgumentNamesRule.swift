/// A field or directive may be given each argument only once (spec §5.4.2, "Argument
/// Uniqueness"; graphql-js `UniqueArgumentNamesRule`).
///
/// One error per repeated name, at every occurrence of the name, in the order the names first
/// appear. Runs on executable documents and, for applied directives, on type-system documents.
struct UniqueArgumentNamesRule: ValidationRule, SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.field, .directive]

    private let context: ASTValidationContext

    init(context: ValidationContext) { self.context = context }
    init(context: SDLValidationContext) { self.context = context }

    mutating func enterField(_ node: FieldNode) -> VisitAction {
        checkUniqueness(of: node.arguments)
        return .continue
    }

    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction {
        checkUniqueness(of: node.arguments)
        return .continue
    }

    private func checkUniqueness(of arguments: [ArgumentNode]) {
        // Most argument lists are short and free of repeats: check that cheaply first.
        guard arguments.count > 1 else { return }
        var namesInOrder: [String] = []
        var occurrences: [String: [Location]] = [:]
        for argument in arguments {
            let name = argument.name.value
            if occurrences[name] == nil { namesInOrder.append(name) }
            occurrences[name, default: []].append(argument.name.location)
        }
        guard namesInOrder.count < arguments.count else { return }
        for name in namesInOrder {
            // safe: every name in `namesInOrder` has occurrences.
            let locations = occurrences[name]!
            if locations.count > 1 {
                context.reportError(
                    GraphQLError("There can be only one argument named \"\(name)\".", at: locations))
            }
        }
    }
}
