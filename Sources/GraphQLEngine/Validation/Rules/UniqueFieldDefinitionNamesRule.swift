/// The fields of an object, interface or input object type have distinct names across its
/// definition and all its extensions, and an extension adds no field the schema being extended
/// already has (spec §3.6 "Objects", §3.7 "Interfaces", §3.10 "Input Objects" and their
/// extensions: fields "must have unique names"; graphql-js `UniqueFieldDefinitionNamesRule`).
struct UniqueFieldDefinitionNamesRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.typeDefinition, .typeExtension]

    private let context: SDLValidationContext
    /// The first definition or extension of each type name with fields, kept for the case of
    /// a second one: the fields of a type defined once (nearly all) are only compared among
    /// themselves.
    private var firstDefinitions: [String: TypeDefinitionNode] = [:]
    /// For each type name defined or extended more than once, or found in the schema being
    /// extended, the name node of the first definition of each field.
    private var knownFieldNames: [String: FirstNames] = [:]

    /// Up to this many fields, a definition's fields are compared pairwise rather than indexed.
    private static let pairwiseLimit = 8

    init(context: SDLValidationContext) {
        self.context = context
        firstDefinitions.reserveCapacity(context.document.definitions.count)
    }

    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction {
        checkFieldUniqueness(of: node)
        return .skipChildren
    }

    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction {
        checkFieldUniqueness(of: node)
        return .skipChildren
    }

    private mutating func checkFieldUniqueness(of node: TypeDefinitionNode) {
        switch node {
        case .object(let type), .interface(let type): checkFieldUniqueness(of: node, type.name.value, type.fields)
        case .inputObject(let type): checkFieldUniqueness(of: node, type.name.value, type.fields)
        case .scalar, .union, .enumType: break
        }
    }

    /// Checks the `fields` of `node`, a definition or extension of `typeName`.
    private mutating func checkFieldUniqueness(
        of node: TypeDefinitionNode, _ typeName: String, _ fields: [some NamedField]
    ) {
        if fields.isEmpty { return }
        let existingType = context.schema?.type(named: typeName)
        var known: FirstNames
        if existingType == nil && (knownFieldNames.isEmpty || knownFieldNames[typeName] == nil) {
            guard let first = firstDefinitions.updateValue(node, forKey: typeName) else {
                checkFieldsAmongThemselves(fields, of: typeName)
                return
            }
            // A second definition of the type: from now on its fields are kept.
            known = FirstNames()
            switch first {
            case .object(let type), .interface(let type): known.record(type.fields)
            case .inputObject(let type): known.record(type.fields)
            case .scalar, .union, .enumType: break
            }
        } else {
            known = knownFieldNames.removeValue(forKey: typeName) ?? FirstNames()
        }
        known.reserveCapacity(fields.count)
        for index in fields.indices {
            let name = fields[index].name
            if let existingType, Self.hasField(existingType, named: name.value) {
                context.reportError(
                    GraphQLError(
                        "Field \"\(typeName).\(name.value)\" already exists in the schema. It cannot also be defined in this type extension.",
                        at: [name.location]))
            } else if let first = known.record(name) {
                reportRepeated(name, of: typeName, first: first)
            }
        }
        knownFieldNames[typeName] = known
    }

    /// Reports the repeated names among `fields`, the fields of a type defined once.
    private func checkFieldsAmongThemselves(_ fields: [some NamedField], of typeName: String) {
        if fields.count <= Self.pairwiseLimit {
            for index in fields.indices.dropFirst() {
                let name = fields[index].name.value
                // Names of another length differ: most pairs are told apart without comparing.
                let length = name.utf8.count
                if let first = fields[..<index].first(where: {
                    $0.name.value.utf8.count == length && $0.name.value == name
                }) {
                    reportRepeated(fields[index].name, of: typeName, first: first.name)
                }
            }
        } else {
            var known = FirstNames()
            known.reserveCapacity(fields.count)
            for index in fields.indices {
                let name = fields[index].name
                if let first = known.record(name) { reportRepeated(name, of: typeName, first: first) }
            }
        }
    }

    private func reportRepeated(_ name: NameNode, of typeName: String, first: NameNode) {
        context.reportError(
            GraphQLError(
                "Field \"\(typeName).\(name.value)\" can only be defined once.", at: [first.location, name.location]))
    }

    /// Whether `type` is an object, interface or input object type with a field named `name`.
    private static func hasField(_ type: GraphQLNamedType, named name: String) -> Bool {
        switch type {
        case .object(let object): object.field(named: name) != nil
        case .interface(let interface): interface.field(named: name) != nil
        case .inputObject(let input): input.field(named: name) != nil
        case .scalar, .union, .enumType: false
        }
    }
}

/// A field definition of an object, interface or input object type.
private protocol NamedField {
    var name: NameNode { get }
}

extension FieldDefinitionNode: NamedField {}
extension InputValueDefinitionNode: NamedField {}

extension FirstNames {
    /// Records the names of `fields` (known to be distinct).
    fileprivate mutating func record(_ fields: [some NamedField]) {
        reserveCapacity(fields.count)
        for index in fields.indices { _ = record(fields[index].name) }
    }
}
