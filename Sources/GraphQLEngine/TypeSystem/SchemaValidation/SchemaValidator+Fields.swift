// Schema validation of object and interface fields (spec §3.6 "Type Validation" 2, §3.7).

extension SchemaValidator {
    /// An object or interface type has at least one field; each field is well named and has
    /// an output type; each argument is well named, has an input type and, when required, is
    /// not deprecated.
    mutating func validateFields(
        of typeName: String, _ fields: [GraphQLField], definitions: [ObjectTypeDefinitionNode]
    ) {
        if fields.isEmpty {
            report("Type \(typeName) must define one or more fields.", at: definitions.map(\.location))
        }
        for field in fields {
            validateName(field.name, at: field.astNode?.location)
            if !field.type.isOutputType {
                report(
                    "The type of \(typeName).\(field.name) must be Output Type but got: \(field.type).",
                    at: field.astNode?.type.location)
            }
            for argument in field.arguments {
                validateName(argument.name, at: argument.astNode?.location)
                if !argument.type.isInputType {
                    report(
                        "The type of \(typeName).\(field.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                        at: argument.astNode?.type.location)
                }
                if argument.isRequired && argument.deprecationReason != nil {
                    report(
                        "Required argument \(typeName).\(field.name)(\(argument.name):) cannot be deprecated.",
                        at: [argument.deprecatedDirectiveLocation, argument.astNode?.type.location])
                }
            }
        }
    }
}

extension GraphQLObjectType {
    /// The definition and its extensions, in the order they were written.
    var allASTNodes: [ObjectTypeDefinitionNode] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}

extension GraphQLInterfaceType {
    /// The definition and its extensions, in the order they were written.
    var allASTNodes: [InterfaceTypeDefinitionNode] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}
