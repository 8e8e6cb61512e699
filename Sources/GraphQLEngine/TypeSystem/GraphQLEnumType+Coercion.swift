// Coercion of enum values (spec §3.9 "Result Coercion" and "Input Coercion"), with
// graphql-js 16's messages. An enum value's runtime form is `.enumValue(name)`.

extension GraphQLEnumType {
    /// Result coercion: the name of the value, which must be one of the enum's.
    public func serialize(_ value: InputValue) throws(GraphQLError) -> InputValue {
        switch value {
        case .enumValue(let name), .string(let name):
            if hasValue(named: name) { return .enumValue(name) }
        default:
            break
        }
        throw GraphQLError("Enum \"\(name)\" cannot represent value: \(inspect(value))")
    }

    /// Input coercion of a runtime value: a string naming one of the values.
    public func parseValue(_ value: InputValue) throws(GraphQLError) -> InputValue {
        let name: String
        switch value {
        case .string(let text), .enumValue(let text): name = text
        default:
            let valueString = inspect(value)
            throw GraphQLError(
                "Enum \"\(self.name)\" cannot represent non-string value: \(valueString)."
                    + didYouMeanEnumValue(valueString))
        }
        guard hasValue(named: name) else {
            throw GraphQLError(
                "Value \"\(name)\" does not exist in \"\(self.name)\" enum." + didYouMeanEnumValue(name))
        }
        return .enumValue(name)
    }

    /// Input coercion of a literal: an enum literal naming one of the values.
    public func parseLiteral(_ node: ValueNode) throws(GraphQLError) -> InputValue {
        guard case .enumValue(let name, let location) = node else {
            let valueString = printValue(node)
            throw GraphQLError(
                "Enum \"\(self.name)\" cannot represent non-enum value: \(valueString)."
                    + didYouMeanEnumValue(valueString), at: [node.location])
        }
        guard hasValue(named: name) else {
            throw GraphQLError(
                "Value \"\(name)\" does not exist in \"\(self.name)\" enum." + didYouMeanEnumValue(name),
                at: [location])
        }
        return .enumValue(name)
    }

    /// Whether the enum has a value called `name`. Unlike `value(named:)`, it copies no value
    /// definition (name, description, syntax node): result coercion runs it for every enum
    /// value of a response.
    func hasValue(named name: String) -> Bool {
        let values = self.values
        for index in values.indices where values[index].name == name { return true }
        return false
    }

    private func didYouMeanEnumValue(_ unknown: String) -> String {
        didYouMean("the enum value", suggestionList(unknown, values.map(\.name)))
    }
}
