import Synchronization

// The entry point of execution (spec §6.1 "Executing Requests"): choose the operation, coerce
// the variables, plan, execute.

/// Executes an operation of a parsed and validated document (spec §6.1 `ExecuteRequest`).
///
/// Request errors (no operation to run, invalid variables) give a result without `data`;
/// once execution starts, `data` is present and field errors are collected beside it.
///
/// ```swift
/// let result = await execute(schema: schema, document: try parse("{ practices { title } }"))
/// print(String(decoding: result.jsonBytes(), as: UTF8.self))
/// ```
///
/// - Parameters:
///   - operationName: which operation to run when the document has several.
///   - variables: the request's raw variable values, coerced here (spec §6.1.2).
///   - context: handed to every resolver: the caller's identity, per-request services.
///   - rootValue: the source value of the root fields.
///   - timeout: how long the execution may run; past it, it stops with a `DEADLINE_EXCEEDED`
///     error and `data` null.
nonisolated(nonsending) public func execute(
    schema: GraphQLSchema, document: DocumentNode, operationName: String? = nil,
    variables: [String: InputValue] = [:], context: any Sendable = (), rootValue: any Sendable = (),
    timeout: Duration? = nil
) async -> ExecutionResult {
    let prepared: PreparedOperation
    do throws(GraphQLError) {
        prepared = try PreparedOperation(schema: schema, document: document, operationName: operationName)
    } catch {
        return ExecutionResult(requestErrors: [error.withDefaultCode(ErrorCode.badUserInput)])
    }
    return await prepared.execute(variables: variables, context: context, rootValue: rootValue, timeout: timeout)
}

/// An operation chosen from a document, ready to execute many times: its plans (one per
/// assignment of the variables `@skip`/`@include` read) are made once and kept.
public final class PreparedOperation: Sendable {
    let schema: GraphQLSchema
    let operation: OperationDefinitionNode
    let fragments: [String: FragmentDefinitionNode]
    private let conditionVariables: [String]
    private let plans = Mutex<[[InputValue?]: OperationPlan]>([:])

    /// Chooses the operation to run (spec §6.1 `GetOperation`).
    ///
    /// - Throws: graphql-js's errors when the document has no operation, several without
    ///   `operationName`, or none of that name.
    public init(schema: GraphQLSchema, document: DocumentNode, operationName: String?) throws(GraphQLError) {
        var chosen: OperationDefinitionNode?
        var fragments: [String: FragmentDefinitionNode] = [:]
        for definition in document.definitions {
            switch definition {
            case .operation(let operation):
                if let operationName {
                    if operation.name?.value == operationName { chosen = operation }
                } else if chosen != nil {
                    throw GraphQLError("Must provide operation name if query contains multiple operations.")
                } else {
                    chosen = operation
                }
            case .fragment(let fragment):
                fragments[fragment.name.value] = fragment
            default:
                break
            }
        }
        guard let chosen else {
            throw GraphQLError(operationName.map { "Unknown operation named \"\($0)\"." } ?? "Must provide an operation.")
        }
        self.schema = schema
        self.operation = chosen
        self.fragments = fragments
        self.conditionVariables = chosen.conditionVariables(fragments: fragments)
    }

    /// Whether the operation is a query, a mutation or a subscription (GraphQL over HTTP
    /// refuses a mutation sent with GET).
    public var operationType: OperationType { operation.operation }

    /// The operation's definition, for analyses made before executing it (a static cost).
    public var definition: OperationDefinitionNode { operation }

    /// The document's fragments by name, which the operation's spreads refer to.
    public var fragmentDefinitions: [String: FragmentDefinitionNode] { fragments }

    /// Executes the operation with the request's raw `variables`.
    nonisolated(nonsending) public func execute(
        variables: [String: InputValue] = [:], context: any Sendable = (), rootValue: any Sendable = (),
        timeout: Duration? = nil
    ) async -> ExecutionResult {
        let (coerced, errors) = coerceVariableValues(schema: schema, operation: operation, inputs: variables)
        guard errors.isEmpty else { return ExecutionResult(requestErrors: errors) }
        guard let plan = plan(for: coerced) else {
            let error = GraphQLError(
                "Schema is not configured to execute \(operation.operation.rawValue) operation.",
                at: [operation.location]
            ).withDefaultCode(ErrorCode.badUserInput)
            // Raised once execution began, so `data` is present and null (as graphql-js).
            return ExecutionResult(tree: ResponseTree(), dataIsNull: true, errors: [error])
        }
        return await Execution(
            plan: plan, variables: coerced, context: context, rootValue: rootValue, timeout: timeout
        ).run()
    }

    /// The plan for these variable values: shared with every request giving the same values to
    /// the variables `@skip` and `@include` read. Nil when the schema has no root type for the
    /// operation.
    func plan(for variables: [String: InputValue]) -> OperationPlan? {
        guard let rootType = schema.rootType(for: operation.operation) else { return nil }
        let key = conditionVariables.map { variables[$0] }
        if let plan = plans.withLock({ $0[key] }) { return plan }
        var conditionValues: [String: InputValue] = [:]
        for name in conditionVariables { conditionValues[name] = variables[name] }
        let plan = OperationPlan(
            schema: schema, operation: operation, fragments: fragments, rootType: rootType,
            conditionValues: conditionValues)
        return plans.withLock { plans in
            if let existing = plans[key] { return existing }
            // Every distinct assignment gets a plan; a hostile client could vary them, so the
            // number kept is bounded (2^n assignments of n booleans).
            if plans.count < 64 { plans[key] = plan }
            return plan
        }
    }
}
