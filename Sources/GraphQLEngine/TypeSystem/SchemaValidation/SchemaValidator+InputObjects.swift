// Schema validation of input objects (spec §3.10 "Type Validation" and §3.10.1 OneOf Input
// Objects).

extension SchemaValidator {
    /// An input object has at least one field; each field is well named, has an input type and,
    /// when required, is not deprecated; a `@oneOf` input object's fields are nullable and have
    /// no default value.
    mutating func validateInputFields(_ input: GraphQLInputObjectType) {
        if input.fields.isEmpty {
            let definitions = (input.astNode.map { [$0] } ?? []) + input.extensionASTNodes
            report("Input Object type \(input.name) must define one or more fields.", at: definitions.map(\.location))
        }
        for field in input.fields {
            validateName(field.name, at: field.astNode?.location)
            if !field.type.isInputType {
                report(
                    "The type of \(input.name).\(field.name) must be Input Type but got: \(field.type).",
                    at: field.astNode?.type.location)
            }
            if field.isRequired && field.deprecationReason != nil {
                report(
                    "Required input field \(input.name).\(field.name) cannot be deprecated.",
                    at: [field.deprecatedDirectiveLocation, field.astNode?.type.location])
            }
            if input.isOneOf {
                if field.type.isNonNull {
                    report(
                        "OneOf input field \(input.name).\(field.name) must be nullable.",
                        at: field.astNode?.type.location)
                }
                if field.defaultValue != nil {
                    report(
                        "OneOf input field \(input.name).\(field.name) cannot have a default value.",
                        at: field.astNode?.location)
                }
            }
        }
    }
}

/// Finds input objects that contain themselves through non-null fields, which no finite value
/// could satisfy (spec §3.10 "Type Validation" 3). One depth-first walk over all input objects:
/// each is entered once, and every cycle met is reported, as graphql-js does.
struct InputObjectCycleDetector {
    private var visited: Set<String> = []
    /// The non-null input-object fields followed from the walk's root to the current type.
    private var fieldPath: [GraphQLInputValue] = []
    /// For each type on the current path, where its fields start in `fieldPath`.
    private var pathIndexByTypeName: [String: Int] = [:]

    /// Walks from `input`, unless an earlier walk already covered it, reporting each cycle.
    mutating func detectCycles(from input: GraphQLInputObjectType, into validator: inout SchemaValidator) {
        guard visited.insert(input.name).inserted else { return }
        pathIndexByTypeName[input.name] = fieldPath.count
        for field in input.fields {
            guard case .nonNull(.named(.inputObject(let fieldType))) = field.type else { continue }
            fieldPath.append(field)
            if let cycleStart = pathIndexByTypeName[fieldType.name] {
                let cycle = fieldPath[cycleStart...]
                validator.report(
                    "Cannot reference Input Object \"\(fieldType.name)\" within itself through a series of non-null fields: \"\(cycle.map(\.name).joined(separator: "."))\".",
                    at: cycle.map { $0.astNode?.location })
            } else {
                detectCycles(from: fieldType, into: &validator)
            }
            fieldPath.removeLast()
        }
        pathIndexByTypeName[input.name] = nil
    }
}
