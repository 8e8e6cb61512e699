// Subscribing (spec §6.2.3 "Subscription"): `Subscribe` creates the source event stream of the
// operation's single root field (`CreateSourceEventStream`, `ResolveFieldEventStream`) and maps
// it to the response stream (`MapSourceToResponseEvent`, in ResponseStream.swift).

/// What subscribing gives: the response stream, or the request errors that kept the
/// subscription from starting.
public enum SubscriptionResult: Sendable {
    /// One execution result per source event, in order (spec §6.2.3 "Response Stream").
    case stream(ResponseStream)
    /// The subscription did not start: a result with errors and no `data` (no operation to run,
    /// invalid variables, not a subscription, or the source stream could not be created).
    case requestErrors(ExecutionResult)
}

/// Subscribes to a subscription operation of a parsed and validated document (spec §6.2.3
/// `Subscribe`).
///
/// ```swift
/// let document = try parse("subscription { practicePublished { title } }")
/// switch await subscribe(schema: schema, document: document) {
/// case .stream(let results):
///     for await result in results { send(result.jsonBytes()) }
/// case .requestErrors(let result):
///     send(result.jsonBytes())
/// }
/// ```
///
/// Each source event is executed as the operation's selection set with the event as root value,
/// in the task iterating the response stream; field errors stay in that event's result. An
/// error thrown by the source stream ends the response stream with one last result: that error
/// alone, without `data`, located at the root field with its path, as an error creating the
/// stream would be. Cancelling the iterating task, or dropping the iterator, ends the response
/// stream and releases the source stream's iterator, which cancels an `AsyncStream`. The
/// response stream is iterated once.
///
/// - Parameters:
///   - operationName: which operation to run when the document has several.
///   - variables: the request's raw variable values, coerced once for the whole subscription.
///   - context: handed to the subscription resolver and to every resolver of every event.
///   - rootValue: the source value the subscription resolver receives. Events replace it as
///     root value for the executions they trigger.
///   - timeout: how long each event's execution may run; past it, that event's result has a
///     `DEADLINE_EXCEEDED` error and `data` null.
public func subscribe(
    schema: GraphQLSchema, document: DocumentNode, operationName: String? = nil,
    variables: [String: InputValue] = [:], context: any Sendable = (), rootValue: any Sendable = (),
    timeout: Duration? = nil
) async -> SubscriptionResult {
    let prepared: PreparedOperation
    do throws(GraphQLError) {
        prepared = try PreparedOperation(schema: schema, document: document, operationName: operationName)
    } catch {
        return .requestErrors(ExecutionResult(requestErrors: [error.withDefaultCode(ErrorCode.badUserInput)]))
    }
    return await prepared.subscribe(variables: variables, context: context, rootValue: rootValue, timeout: timeout)
}

extension PreparedOperation {
    /// Subscribes to the operation with the request's raw `variables` (spec §6.2.3
    /// `Subscribe`); see `subscribe(schema:document:operationName:variables:context:rootValue:timeout:)`.
    public func subscribe(
        variables: [String: InputValue] = [:], context: any Sendable = (), rootValue: any Sendable = (),
        timeout: Duration? = nil
    ) async -> SubscriptionResult {
        guard operation.operation == .subscription else {
            return requestError(
                GraphQLError(
                    "Cannot subscribe to a \(operation.operation.rawValue) operation: only a subscription gives a stream of results. Execute it with execute(...) instead.",
                    at: [operation.location]
                ).withDefaultCode(ErrorCode.badUserInput))
        }
        let (coerced, errors) = coerceVariableValues(schema: schema, operation: operation, inputs: variables)
        guard errors.isEmpty else { return .requestErrors(ExecutionResult(requestErrors: errors)) }
        guard let plan = self.plan(for: coerced) else {
            return requestError(
                GraphQLError("Schema is not configured to execute subscription operation.", at: [operation.location])
                    .withDefaultCode(ErrorCode.badUserInput))
        }
        do throws(GraphQLError) {
            let (field, arguments) = try rootField(plan, variables: coerced)
            let source = try await createSourceEventStream(
                plan, field, arguments, variables: coerced, context: context, rootValue: rootValue)
            let eventPlan = OperationPlan(
                plan, root: SelectionPlan(objectType: plan.rootType, fields: [field.forEvents(arguments: arguments)]))
            let events = SubscriptionEvents(plan: eventPlan, variables: coerced, context: context, timeout: timeout)
            return .stream(ResponseStream(source: source, events: events))
        } catch {
            return requestError(error)
        }
    }

    /// The subscription's single root field (spec §6.2.3 `CreateSourceEventStream`, steps 3–7)
    /// and its coerced arguments (`CoerceArgumentValues`).
    private func rootField(
        _ plan: OperationPlan, variables: [String: InputValue]
    ) throws(GraphQLError) -> (FieldPlan, [String: InputValue]) {
        let collected = FieldCollector(schema: schema, fragments: fragments, variables: variables)
            .collectFields(plan.rootType, CollectionOfOne(operation.selectionSet))
        let subject = operation.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        // Validation allows one root field; `@skip` and `@include` may still leave none.
        guard collected.keys.count == 1, let nodes = collected.fieldNodes.first else {
            let message =
                collected.keys.isEmpty
                ? "\(subject) selects no top level field once @skip and @include are applied; it must select exactly one."
                : "\(subject) must select only one top level field."
            throw GraphQLError(message, at: [operation.location]).withDefaultCode(ErrorCode.badUserInput)
        }
        // The plan leaves out fields its type does not have.
        guard let field = plan.root.fields.first else {
            throw GraphQLError(
                "The subscription field \"\(nodes[0].name.value)\" is not defined.", at: nodes.map(\.location)
            ).withDefaultCode(ErrorCode.badUserInput)
        }
        switch field.arguments {
        case .constant(let arguments):
            return (field, arguments)
        case .invalid(let error):
            throw field.locate(error.withDefaultCode(ErrorCode.badUserInput))
        case .perRequest:
            do throws(GraphQLError) {
                let node = field.fieldNodes[0]  // safe: a field plan has at least one node
                let arguments = try argumentValues(
                    definitions: field.definition.arguments, arguments: node.arguments,
                    nodeLocation: node.location, variables: variables)
                return (field, arguments)
            } catch {
                throw field.locate(error.withDefaultCode(ErrorCode.badUserInput))
            }
        }
    }

    /// `ResolveFieldEventStream` (spec §6.2.3): calls the field's subscription resolver.
    private func createSourceEventStream(
        _ plan: OperationPlan, _ field: FieldPlan, _ arguments: [String: InputValue],
        variables: [String: InputValue], context: any Sendable, rootValue: any Sendable
    ) async throws(GraphQLError) -> SourceEventStream {
        guard let resolver = field.definition.subscribe else {
            // graphql-js's words for a field whose default resolver found no stream, then the fix.
            throw field.locate(
                GraphQLError(
                    "Subscription field must return Async Iterable. Received: undefined. Give \"\(field.parentType.name).\(field.definition.name)\" a source stream with Resolvers.subscriptions or GraphQLField.subscribe."
                ).withDefaultCode(ErrorCode.internalServerError))
        }
        // The resolver's `info` needs an execution to point into: one that never runs.
        let execution = Execution(
            plan: plan, variables: variables, context: context, rootValue: rootValue, timeout: nil)
        let info = ResolveInfo(field: field, execution: execution, slot: execution.addRootFieldSlots())
        do {
            return try await resolver.subscribe(ResolverInput(source: rootValue, arguments: arguments, info: info))
        } catch {
            throw field.locate(GraphQLError(executionError: error).withDefaultCode(ErrorCode.internalServerError))
        }
    }

    private func requestError(_ error: GraphQLError) -> SubscriptionResult {
        .requestErrors(ExecutionResult(requestErrors: [error]))
    }
}

extension RequestExecutor {
    /// Parses, validates and subscribes to `request` (spec §6.2.3 `Subscribe`), the parsed,
    /// validated and planned document coming from the cache as for `execute(_:context:rootValue:timeout:)`.
    ///
    /// Syntax, validation, operation and variable errors, and errors creating the source stream,
    /// are request errors; see `subscribe(schema:document:operationName:variables:context:rootValue:timeout:)`.
    public func subscribe(
        _ request: GraphQLRequest, context: any Sendable = (), rootValue: any Sendable = (),
        timeout: Duration? = nil
    ) async -> SubscriptionResult {
        switch prepare(request) {
        case .failure(let errors):
            return .requestErrors(ExecutionResult(requestErrors: errors.errors))
        case .success(let operation):
            return await operation.subscribe(
                variables: request.variables, context: context, rootValue: rootValue, timeout: timeout)
        }
    }
}

extension FieldPlan {
    /// `error` placed at this root field, as graphql-js's `locatedError`: an error that has a
    /// path keeps its place, one that has locations keeps them.
    func locate(_ error: GraphQLError) -> GraphQLError {
        guard error.path == nil else { return error }
        var located = error
        if located.locations.isEmpty { located.locations = locations }
        located.path = [.key(responseKey)]
        return located
    }

    /// This subscription root field as each event executes it: its arguments already coerced,
    /// and, without a resolver of its own, the event as its value.
    func forEvents(arguments: [String: InputValue]) -> FieldPlan {
        let eventAction: Action
        switch action {
        case .resolve: eventAction = action
        case .readByName, .typename: eventAction = .resolve(.sync { FieldValue(event: $0.source) })
        }
        return FieldPlan(
            responseKey: responseKey, parentType: parentType, definition: definition, fieldNodes: fieldNodes,
            action: eventAction, arguments: .constant(arguments), completion: completion)
    }
}

extension FieldValue {
    /// A source event as the value of the subscription's root field: a `FieldValue` as it is,
    /// JSON-shaped data as `init(_:)` reads it, anything else as an object.
    init(event: any Sendable) {
        switch event {
        case let value as FieldValue: self = value
        case let value as InputValue: self = FieldValue(value)
        default: self = .object(event)
        }
    }
}
