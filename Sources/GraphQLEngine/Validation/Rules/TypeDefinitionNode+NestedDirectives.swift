extension TypeDefinitionNode {
    /// The most directives applied to any one node inside the definition — a field, an argument,
    /// an input field or an enum value — not counting the type's own; 0 when there are none.
    ///
    /// Rules that look only at directives use it to skip the many definitions without any.
    var mostNestedDirectives: Int {
        var most = 0
        switch self {
        case .object(let type), .interface(let type):
            for index in type.fields.indices {
                most = Swift.max(most, type.fields[index].directives.count)
                let arguments = type.fields[index].arguments
                for argument in arguments.indices { most = Swift.max(most, arguments[argument].directives.count) }
            }
        case .inputObject(let type):
            for index in type.fields.indices { most = Swift.max(most, type.fields[index].directives.count) }
        case .enumType(let type):
            for index in type.values.indices { most = Swift.max(most, type.values[index].directives.count) }
        case .scalar, .union:
            break
        }
        return most
    }
}
