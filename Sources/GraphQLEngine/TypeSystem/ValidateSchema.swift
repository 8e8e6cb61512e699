// Schema validation: the spec's type-system rules (spec §3, the "Type Validation" parts of
// each type's section, §3.3.1 Root Operation Types and §3.13 Directives), with graphql-js 16's
// `validateSchema` messages, locations and order.
//
// The rules are spread over TypeSystem/SchemaValidation/ by what they check; this file holds
// the entry point, the root-type and directive rules and the walk over the types.

import Foundation  // NSLock, for the per-schema cache of the result

/// Checks a schema against the spec's type-system rules and returns what is wrong, in
/// graphql-js 16's order and words; an empty array means the schema is valid.
///
/// The checks: a query root type exists and root types are object types; names do not start
/// with `__`; objects, interfaces and input objects have fields, unions members, enums values;
/// fields have output types and arguments input types; required arguments and input fields are
/// not deprecated; types implement their interfaces (and those interfaces' interfaces) with
/// compatible fields; unions hold object types once each; input objects do not contain
/// themselves through non-null fields; `@oneOf` input fields are nullable without defaults.
///
/// ```swift
/// let schema = try buildSchema(Source("type Query { practice: Practice } type Practice"))
/// for error in validateSchema(schema) { print(error) }
/// // Type Practice must define one or more fields. (1:45)
/// ```
///
/// The result is computed once per schema and kept with it, as graphql-js does, so calling
/// this before every request costs a lock and an array copy.
public func validateSchema(_ schema: GraphQLSchema) -> [GraphQLError] {
    schema.validationCache.errors {
        var validator = SchemaValidator(schema: schema)
        validator.validateRootTypes()
        validator.validateDirectives()
        validator.validateTypes()
        return validator.errors
    }
}

/// A schema's validation errors, computed on first request. The schema is immutable, so the
/// result never goes stale.
final class SchemaValidationCache: @unchecked Sendable {
    // Sendable: `errors` is only read or written while holding `lock`.
    private let lock = NSLock()
    private var errors: [GraphQLError]?

    /// The cached errors, or those `validate` returns, which are then kept.
    func errors(computedBy validate: () -> [GraphQLError]) -> [GraphQLError] {
        lock.lock()
        defer { lock.unlock() }
        if let errors { return errors }
        let computed = validate()
        errors = computed
        return computed
    }
}

/// Walks a schema once, collecting type-system errors in graphql-js's order.
struct SchemaValidator {
    let schema: GraphQLSchema
    private(set) var errors: [GraphQLError] = []

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    /// Records an error located at each of the given syntax nodes that exist.
    mutating func report(_ message: String, at locations: [Location?]) {
        errors.append(GraphQLError(message, at: locations.compactMap { $0 }))
    }

    /// Records an error located at the given syntax node, if any.
    mutating func report(_ message: String, at location: Location?) {
        report(message, at: [location])
    }

    // MARK: - Root Operation Types (spec §3.3.1)

    /// A query root type must exist, and every root type must be an object type.
    mutating func validateRootTypes() {
        if schema.queryType == nil {
            if let (name, location) = nonObjectRootType(for: .query) {
                report("Query root type must be Object type, it cannot be \(name).", at: location)
            } else {
                report("Query root type must be provided.", at: schema.astNode?.location)
            }
        }
        if schema.mutationType == nil, let (name, location) = nonObjectRootType(for: .mutation) {
            report("Mutation root type must be Object type if provided, it cannot be \(name).", at: location)
        }
        if schema.subscriptionType == nil, let (name, location) = nonObjectRootType(for: .subscription) {
            report("Subscription root type must be Object type if provided, it cannot be \(name).", at: location)
        }
    }

    /// The type SDL named as a root type although it is not an object type, with where it was
    /// named. The model keeps only object root types, so a builder leaves such a root unset;
    /// the definition says what was asked for: the schema's `query: T` (the first one written),
    /// or, without a schema definition, the type with the conventional name (`Query` …).
    private func nonObjectRootType(for operation: OperationType) -> (String, Location?)? {
        let schemaNodes = [schema.astNode].compactMap { $0 } + schema.extensionASTNodes
        let named = schemaNodes.lazy.flatMap(\.operationTypes).first { $0.operation == operation }
        let candidate: (name: String, location: Location?)
        if let named {
            candidate = (named.type.name.value, named.type.location)
        } else if schema.astNode == nil {
            let conventional = ["query": "Query", "mutation": "Mutation", "subscription": "Subscription"]
            guard let name = conventional[operation.rawValue], let type = schema.type(named: name) else { return nil }
            candidate = (name, type.definitionLocation)
        } else {
            return nil
        }
        guard let type = schema.type(named: candidate.name) else { return nil }
        if case .object = type { return nil }
        return candidate
    }

    // MARK: - Directives (spec §3.13)

    /// Directive names and argument names must not start with `__`; arguments must have input
    /// types; a required argument must not be deprecated.
    mutating func validateDirectives() {
        for directive in schema.directives {
            validateName(directive.name, at: directive.astNode?.location)
            for argument in directive.arguments {
                validateName(argument.name, at: argument.astNode?.location)
                if !argument.type.isInputType {
                    report(
                        "The type of @\(directive.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                        at: argument.astNode?.location)
                }
                if argument.isRequired && argument.deprecationReason != nil {
                    report(
                        "Required argument @\(directive.name)(\(argument.name):) cannot be deprecated.",
                        at: [argument.deprecatedDirectiveLocation, argument.astNode?.type.location])
                }
            }
        }
    }

    // MARK: - Names (spec §2.1.9, reserved names)

    /// Names starting with `__` are reserved for introspection (spec §3, "Names").
    mutating func validateName(_ name: String, at location: Location?) {
        if name.hasPrefix("__") {
            report(
                "Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                at: location)
        }
    }

    // MARK: - Types

    /// Checks each named type in the schema's type order. The introspection types are left out:
    /// they are the engine's own and known to be valid.
    mutating func validateTypes() {
        var inputCycles = InputObjectCycleDetector()
        for type in schema.types where !SchemaPrinter.isIntrospectionType(type) {
            validateName(type.name, at: type.definitionLocation)
            switch type {
            case .object(let object):
                validateFields(of: object.name, object.fields, definitions: object.allASTNodes)
                validateInterfaces(of: type, declared: object.interfaces, definitions: object.allASTNodes)
            case .interface(let interface):
                validateFields(of: interface.name, interface.fields, definitions: interface.allASTNodes)
                validateInterfaces(of: type, declared: interface.interfaces, definitions: interface.allASTNodes)
            case .union(let union):
                validateUnionMembers(union)
            case .enumType(let enumType):
                validateEnumValues(enumType)
            case .inputObject(let input):
                validateInputFields(input)
                inputCycles.detectCycles(from: input, into: &self)
            case .scalar:
                break
            }
        }
    }
}

extension GraphQLInputValue {
    /// A non-null argument or input field without a default value must be given.
    var isRequired: Bool { type.isNonNull && defaultValue == nil }

    /// Where `@deprecated` was applied to this argument or input field, if it was.
    var deprecatedDirectiveLocation: Location? {
        astNode?.directives.first { $0.name.value == "deprecated" }?.location
    }
}

extension GraphQLNamedType {
    /// Where the type's definition starts, when it was built from SDL.
    var definitionLocation: Location? {
        switch self {
        case .scalar(let type): type.astNode?.location
        case .object(let type): type.astNode?.location
        case .interface(let type): type.astNode?.location
        case .union(let type): type.astNode?.location
        case .enumType(let type): type.astNode?.location
        case .inputObject(let type): type.astNode?.location
        }
    }
}
