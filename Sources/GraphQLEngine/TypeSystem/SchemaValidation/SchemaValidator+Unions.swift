// Schema validation of unions (spec §3.8 "Type Validation") and enums (spec §3.9
// "Type Validation").

extension SchemaValidator {
    /// A union has at least one member; members are object types, each included once.
    mutating func validateUnionMembers(_ union: GraphQLUnionType) {
        let definitions = (union.astNode.map { [$0] } ?? []) + union.extensionASTNodes
        let members = declaredMembers(of: union, definitions: definitions)
        if members.isEmpty {
            report("Union type \(union.name) must define one or more member types.", at: definitions.map(\.location))
        }
        var included: Set<String> = []
        for member in members {
            guard let type = member.type else { continue }
            if !included.insert(member.name).inserted {
                report(
                    "Union type \(union.name) can only include type \(member.name) once.",
                    at: memberLocations(in: definitions, naming: member.name))
                continue
            }
            if case .object = type { continue }
            report(
                "Union type \(union.name) can only include Object types, it cannot include \(member.name).",
                at: memberLocations(in: definitions, naming: member.name))
        }
    }

    /// The member list as written. The model holds only object types, so a builder drops
    /// names of other kinds; the definitions still have them. The built list is the members
    /// given in code followed by those the definitions name.
    private func declaredMembers(
        of union: GraphQLUnionType, definitions: [UnionTypeDefinitionNode]
    ) -> [(name: String, type: GraphQLNamedType?)] {
        let written = definitions.flatMap(\.types).map(\.name.value)
        if written.isEmpty { return union.types.map { ($0.name, .object($0)) } }
        let writtenObjects = written.count { name in
            if case .object = schema.type(named: name) { return true }
            return false
        }
        let fromCode = union.types.prefix(max(0, union.types.count - writtenObjects)).map {
            ($0.name, GraphQLNamedType.object($0))
        }
        return fromCode + written.map { ($0, schema.type(named: $0)) }
    }

    /// Where the definitions name `name` as a member.
    private func memberLocations(in definitions: [UnionTypeDefinitionNode], naming name: String) -> [Location?] {
        definitions.flatMap(\.types).filter { $0.name.value == name }.map(\.location)
    }

    /// An enum has at least one value, and no value's name starts with `__`.
    mutating func validateEnumValues(_ enumType: GraphQLEnumType) {
        if enumType.values.isEmpty {
            let definitions = (enumType.astNode.map { [$0] } ?? []) + enumType.extensionASTNodes
            report("Enum type \(enumType.name) must define one or more values.", at: definitions.map(\.location))
        }
        for value in enumType.values {
            validateName(value.name, at: value.astNode?.location)
        }
    }
}
