/// The arguments of a field definition (of an object or interface type or extension) or of a
/// directive definition have distinct names (spec §3.6 "Objects", §3.7 "Interfaces": "The
/// argument must have a unique name within that field"; §3.13 "Directives"; graphql-js
/// `UniqueArgumentDefinitionNamesRule`).
///
/// One error per repeated name, listing every definition of it.
struct UniqueArgumentDefinitionNamesRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.directiveDefinition, .typeDefinition, .typeExtension]

    private let context: SDLValidationContext

    init(context: SDLValidationContext) { self.context = context }

    mutating func enterDirectiveDefinition(_ node: DirectiveDefinitionNode) -> VisitAction {
        checkArgumentUniqueness(of: node.arguments) { "@\(node.name.value)" }
        return .skipChildren
    }

    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction {
        checkArgumentUniquenessPerField(of: node)
        return .skipChildren
    }

    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction {
        checkArgumentUniquenessPerField(of: node)
        return .skipChildren
    }

    private func checkArgumentUniquenessPerField(of node: TypeDefinitionNode) {
        switch node {
        case .object(let type), .interface(let type):
            // Indexing the fields in place reads each argument list without copying the field.
            for index in type.fields.indices where type.fields[index].arguments.count > 1 {
                checkArgumentUniqueness(of: type.fields[index].arguments) {
                    "\(type.name.value).\(type.fields[index].name.value)"
                }
            }
        case .scalar, .union, .enumType, .inputObject:
            break
        }
    }

    /// Reports each name given to several of `arguments`, in the order of the names' first
    /// definitions; `parentName` (`Type.field` or `@directive`) is built only for a report.
    private func checkArgumentUniqueness(of arguments: [InputValueDefinitionNode], parentName: () -> String) {
        if arguments.count < 2 || !Self.hasRepeatedName(arguments) { return }
        var groups: [(name: String, locations: [Location])] = []
        var groupIndex: [String: Int] = [:]
        for argument in arguments {
            if let index = groupIndex[argument.name.value] {
                groups[index].locations.append(argument.name.location)
            } else {
                groupIndex[argument.name.value] = groups.count
                groups.append((argument.name.value, [argument.name.location]))
            }
        }
        for group in groups where group.locations.count > 1 {
            context.reportError(
                GraphQLError(
                    "Argument \"\(parentName())(\(group.name):)\" can only be defined once.", at: group.locations))
        }
    }

    /// Whether two of `arguments` share a name; quadratic, as argument lists are short, with a
    /// set for long ones.
    private static func hasRepeatedName(_ arguments: [InputValueDefinitionNode]) -> Bool {
        if arguments.count > 16 {
            var seen: Set<String> = []
            return arguments.contains { !seen.insert($0.name.value).inserted }
        }
        for index in arguments.indices.dropFirst() {
            let name = arguments[index].name.value
            if arguments[..<index].contains(where: { $0.name.value == name }) { return true }
        }
        return false
    }
}
