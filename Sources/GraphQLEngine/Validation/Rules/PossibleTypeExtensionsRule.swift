/// A type extension extends a type that exists — defined in the document or in the schema being
/// extended — and of the same kind: `extend type` an object type, `extend enum` an enum …
/// (spec §3.4.3 "Type Extensions" and the validation of each kind's extensions: "The named type
/// must already be defined and must be a … type"; graphql-js `PossibleTypeExtensionsRule`).
///
/// An unknown name gets suggestions among the document's and the schema's type names.
struct PossibleTypeExtensionsRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.typeExtension]

    private let context: SDLValidationContext
    /// The document's type definitions, gathered at the first extension: most schemas have
    /// none.
    private var definitions: Definitions?

    /// The type definitions of the document.
    private struct Definitions {
        /// The definitions by name (the last one when several share a name).
        var byName: [String: TypeDefinitionNode] = [:]
        /// The names, in order of first definition.
        var names: [String] = []

        init(_ document: DocumentNode) {
            for case .type(let type) in document.definitions {
                if byName.updateValue(type, forKey: type.name.value) == nil { names.append(type.name.value) }
            }
        }
    }

    init(context: SDLValidationContext) { self.context = context }

    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction {
        let typeName = node.name.value
        let definedTypes = definitions ?? Definitions(context.document)
        definitions = definedTypes
        let definition = definedTypes.byName[typeName]
        let expectedKind: TypeKind? =
            if let definition { TypeKind(definition) } else { context.schema?.type(named: typeName).map(TypeKind.init) }
        guard let expectedKind else {
            var allTypeNames = definedTypes.names
            for type in context.schema?.types ?? [] where definedTypes.byName[type.name] == nil {
                allTypeNames.append(type.name)
            }
            let suggestions = suggestionList(typeName, allTypeNames)
            context.reportError(
                GraphQLError(
                    "Cannot extend type \"\(typeName)\" because it is not defined." + didYouMean(suggestions),
                    at: [node.name.location]))
            return .skipChildren
        }
        let kind = TypeKind(node)
        if kind != expectedKind {
            let locations = if let definition { [definition.location, node.location] } else { [node.location] }
            context.reportError(
                GraphQLError("Cannot extend non-\(kind.name) type \"\(typeName)\".", at: locations))
        }
        return .skipChildren
    }

    /// The kind of a named type, as an extension must match it.
    private enum TypeKind {
        case scalar, object, interface, union, enumType, inputObject

        init(_ node: TypeDefinitionNode) {
            switch node {
            case .scalar: self = .scalar
            case .object: self = .object
            case .interface: self = .interface
            case .union: self = .union
            case .enumType: self = .enumType
            case .inputObject: self = .inputObject
            }
        }

        init(_ type: GraphQLNamedType) {
            switch type {
            case .scalar: self = .scalar
            case .object: self = .object
            case .interface: self = .interface
            case .union: self = .union
            case .enumType: self = .enumType
            case .inputObject: self = .inputObject
            }
        }

        /// The kind as the message names it: `object`, `input object` …
        var name: String {
            switch self {
            case .scalar: "scalar"
            case .object: "object"
            case .interface: "interface"
            case .union: "union"
            case .enumType: "enum"
            case .inputObject: "input object"
            }
        }
    }
}
