// Schema validation of implemented interfaces (spec §3.6 "Type Validation" 4, §3.7
// "Type Validation", IsValidImplementation and IsValidImplementationFieldType).

extension SchemaValidator {
    /// One entry of an `implements` list: the name written and the type it names, if any.
    typealias DeclaredInterface = (name: String, type: GraphQLNamedType?)

    /// An object or interface implements only interfaces, never itself, each once; it also
    /// implements every interface those interfaces implement, and each interface's fields with
    /// compatible types and arguments.
    mutating func validateInterfaces(
        of type: GraphQLNamedType, declared: [GraphQLInterfaceType], definitions: [ObjectTypeDefinitionNode]
    ) {
        let entries = declaredInterfaces(built: declared, definitions: definitions)
        let declaredNames = Set(entries.map(\.name))
        var implemented: Set<String> = []
        for entry in entries {
            guard let target = entry.type else { continue }
            guard case .interface(let interface) = target else {
                report(
                    "Type \(type.name) must only implement Interface types, it cannot implement \(entry.name).",
                    at: implementsLocations(in: definitions, naming: entry.name))
                continue
            }
            if target == type {
                report(
                    "Type \(type.name) cannot implement itself because it would create a circular reference.",
                    at: implementsLocations(in: definitions, naming: entry.name))
                continue
            }
            if !implemented.insert(interface.name).inserted {
                report(
                    "Type \(type.name) can only implement \(interface.name) once.",
                    at: implementsLocations(in: definitions, naming: entry.name))
                continue
            }
            validateImplementsAncestors(type, declaredNames: declaredNames, definitions: definitions, interface)
            validateImplementsFields(type, definitions: definitions, interface)
        }
    }

    /// The `implements` list as written. The model holds only interface types, so a builder
    /// drops names of other kinds; the definitions still have them. The built list is the
    /// type's own interfaces (from code) followed by those its definitions name.
    func declaredInterfaces(
        built: [GraphQLInterfaceType], definitions: [ObjectTypeDefinitionNode]
    ) -> [DeclaredInterface] {
        let written = definitions.flatMap(\.interfaces).map(\.name.value)
        if written.isEmpty { return built.map { ($0.name, .interface($0)) } }
        let writtenInterfaces = written.count { name in
            if case .interface = schema.type(named: name) { return true }
            return false
        }
        let fromCode = built.prefix(max(0, built.count - writtenInterfaces)).map {
            ($0.name, GraphQLNamedType.interface($0))
        }
        return fromCode + written.map { ($0, schema.type(named: $0)) }
    }

    /// Where the definitions name `name` in their `implements` lists.
    func implementsLocations(in definitions: [ObjectTypeDefinitionNode], naming name: String) -> [Location?] {
        definitions.flatMap(\.interfaces).filter { $0.name.value == name }.map(\.location)
    }

    /// The type also declares every interface `interface` implements (spec IsValidImplementation 1).
    private mutating func validateImplementsAncestors(
        _ type: GraphQLNamedType, declaredNames: Set<String>, definitions: [ObjectTypeDefinitionNode],
        _ interface: GraphQLInterfaceType
    ) {
        for ancestor in declaredInterfaces(built: interface.interfaces, definitions: interface.allASTNodes)
        where ancestor.type != nil && !declaredNames.contains(ancestor.name) {
            let message =
                ancestor.name == type.name
                ? "Type \(type.name) cannot implement \(interface.name) because it would create a circular reference."
                : "Type \(type.name) must implement \(ancestor.name) because it is implemented by \(interface.name)."
            report(
                message,
                at: implementsLocations(in: interface.allASTNodes, naming: ancestor.name)
                    + implementsLocations(in: definitions, naming: interface.name))
        }
    }

    /// Each interface field exists on the type with a subtype of its type, the same arguments
    /// with equal types, and no additional required argument (spec IsValidImplementation 2).
    private mutating func validateImplementsFields(
        _ type: GraphQLNamedType, definitions: [ObjectTypeDefinitionNode], _ interface: GraphQLInterfaceType
    ) {
        for interfaceField in interface.fields {
            let name = interfaceField.name
            guard let typeField = type.field(named: name) else {
                report(
                    "Interface field \(interface.name).\(name) expected but \(type.name) does not provide it.",
                    at: [interfaceField.astNode?.location] + definitions.map(\.location))
                continue
            }
            if !isTypeSubTypeOf(schema, typeField.type, interfaceField.type) {
                report(
                    "Interface field \(interface.name).\(name) expects type \(interfaceField.type) but \(type.name).\(name) is type \(typeField.type).",
                    at: [interfaceField.astNode?.type.location, typeField.astNode?.type.location])
            }
            for interfaceArgument in interfaceField.arguments {
                let argumentName = interfaceArgument.name
                guard let typeArgument = typeField.argument(named: argumentName) else {
                    report(
                        "Interface field argument \(interface.name).\(name)(\(argumentName):) expected but \(type.name).\(name) does not provide it.",
                        at: [interfaceArgument.astNode?.location, typeField.astNode?.location])
                    continue
                }
                if !isEqualType(interfaceArgument.type, typeArgument.type) {
                    report(
                        "Interface field argument \(interface.name).\(name)(\(argumentName):) expects type \(interfaceArgument.type) but \(type.name).\(name)(\(argumentName):) is type \(typeArgument.type).",
                        at: [interfaceArgument.astNode?.type.location, typeArgument.astNode?.type.location])
                }
            }
            for typeArgument in typeField.arguments
            where typeArgument.isRequired && interfaceField.argument(named: typeArgument.name) == nil {
                report(
                    "Object field \(type.name).\(name) includes required argument \(typeArgument.name) that is missing from the Interface field \(interface.name).\(name).",
                    at: [typeArgument.astNode?.location, interfaceField.astNode?.location])
            }
        }
    }

}
