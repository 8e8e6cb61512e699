// The executor (spec §6.3 "Executing Selection Sets", §6.4 "Executing Fields"): walks an
// operation plan over the resolved values, writing the response tree as it goes.
//
// Synchronous resolvers are called inline, depth first, with no task or allocation of their
// own. A value that is not ready — an asynchronous resolver, a batch load — leaves a pending
// slot and is deferred; once the synchronous pass is over, the deferred work of the whole
// level runs at once (every batch loader called once, asynchronous resolvers concurrently),
// then each value is completed in place, which may defer the next level. Null propagation
// (spec §6.4.4) returns `false` up the synchronous pass, and walks the tree's parent links for
// values completed later (Execution+DeferredWork.swift).

/// One execution of an operation: the request's values and the response being built.
final class Execution: @unchecked Sendable {
    // @unchecked: mutated only by the task running `run()`; resolvers running concurrently
    // read it (through `ResolveInfo`) only while that task is suspended waiting for them.

    let plan: OperationPlan
    let variables: [String: InputValue]
    let context: any Sendable
    let rootValue: any Sendable
    let deadline: ContinuousClock.Instant?
    let timeout: Duration?

    // Only `run()`'s task touches these (see above), so the per-access exclusivity checks,
    // several per field, buy nothing.
    @exclusivity(unchecked) var tree = ResponseTree()
    @exclusivity(unchecked) var errors: [GraphQLError] = []
    @exclusivity(unchecked) var deferred: [DeferredValue] = []
    @exclusivity(unchecked) var batches: [ObjectIdentifier: any PendingBatch] = [:]
    /// Why the execution stopped early (deadline, cancellation), once it has.
    @exclusivity(unchecked) var stopError: GraphQLError?
    @exclusivity(unchecked) var dataIsNull = false
    @exclusivity(unchecked) var objectsUntilClockCheck = 0

    /// A value to complete once the current level's synchronous pass is over.
    struct DeferredValue {
        enum Work {
            case load(PendingLoad)
            case resolve(FieldResolver.Async, ResolverInput)
        }
        let slot: Int32
        let field: FieldPlan
        let completion: Completion
        let work: Work
    }

    init(
        plan: OperationPlan, variables: [String: InputValue], context: any Sendable, rootValue: any Sendable,
        timeout: Duration?
    ) {
        self.plan = plan
        self.variables = variables
        self.context = context
        self.rootValue = rootValue
        self.timeout = timeout
        self.deadline = timeout.map { ContinuousClock.now.advanced(by: $0) }
        self.tree = ResponseTree(estimatedCount: plan.responseSizeHint.load(ordering: .relaxed))
    }

    /// Executes the operation (spec §6.2): root fields of queries and subscriptions together,
    /// those of mutations one after another (spec §6.2.2).
    nonisolated(nonsending) func run() async -> ExecutionResult {
        let root = tree.addRoot()
        if plan.operation.operation == .mutation {
            await executeSerially(plan.root, slot: root)
        } else {
            if !executeSelection(plan.root, source: rootValue, slot: root) { dataIsNull = true }
            await completeDeferred()
        }
        if let stopError {
            errors.append(stopError)
            dataIsNull = true
        }
        // Bounded, so that one huge response does not make every later one reserve as much.
        plan.responseSizeHint.store(min(tree.count, 1 << 20), ordering: .relaxed)
        return ExecutionResult(tree: tree, dataIsNull: dataIsNull, errors: errors)
    }

    /// Executes a query whose resolvers all answer synchronously without suspending, for
    /// callers that cannot await (introspection from the command line): nil when some value
    /// had to wait (an asynchronous resolver, a batch load), which `run()` would have awaited.
    func runSynchronously() -> ExecutionResult? {
        guard plan.operation.operation == .query else { return nil }
        let root = tree.addRoot()
        if !executeSelection(plan.root, source: rootValue, slot: root) { dataIsNull = true }
        guard deferred.isEmpty else { return nil }
        return ExecutionResult(tree: tree, dataIsNull: dataIsNull, errors: errors)
    }

    /// The response path of `slot`, for `ResolveInfo.path`.
    func path(to slot: Int32) -> [PathComponent] { tree.path(to: slot) }

    /// Adds the root object and its fields' slots without resolving anything, for a resolver
    /// called outside `run()` (a subscription's source stream); the first root field's slot.
    func addRootFieldSlots() -> Int32 {
        let root = tree.addRoot()
        let fields = plan.root.fields
        let first = tree.addChildren(parent: root, isNonNull: plan.root.fieldIsNonNull)
        tree[root] = .object(first: first, plan: plan.root)
        return first
    }

    /// This request's state of `loader`, made on first use.
    func batch<Key>(for loader: BatchLoader<Key>) -> Batch<Key> {
        let id = ObjectIdentifier(loader)
        if let existing = batches[id] as? Batch<Key> { return existing }
        let batch = Batch(loader: loader)
        batches[id] = batch
        return batch
    }

    // MARK: Selection sets and fields

    /// Executes a mutation's root fields in order, each with everything it defers, before
    /// the next starts (spec §6.2.2, §6.3.1 "serial execution").
    nonisolated(nonsending) private func executeSerially(_ selection: SelectionPlan, slot: Int32) async {
        let fields = selection.fields
        let first = tree.addChildren(parent: slot, isNonNull: selection.fieldIsNonNull)
        tree[slot] = .object(first: first, plan: selection)
        guard let firstField = fields.first else { return }
        var input = ResolverInput(source: rootValue, arguments: [:], info: info(firstField, first))
        for (offset, field) in fields.enumerated() {
            let ok = executeField(field, &input, slot: first + Int32(offset))
            await completeDeferred()
            if !ok || dataIsNull || stopError != nil {
                dataIsNull = true
                return
            }
        }
    }

    /// `ExecuteSelectionSet` for an object value (spec §6.3): false when a non-null field
    /// ended null, so the object itself must be null.
    private func executeSelection(_ selection: SelectionPlan, source: consuming any Sendable, slot: Int32) -> Bool {
        if shouldStop() { return false }
        let fields = selection.fields
        let first = tree.addChildren(parent: slot, isNonNull: selection.fieldIsNonNull)
        tree[slot] = .object(first: first, plan: selection)
        guard let firstField = fields.first else { return true }
        // One input for all the object's fields: the source is moved in, not copied per field,
        // and resolvers borrow it from there.
        var input = ResolverInput(source: consume source, arguments: [:], info: info(firstField, first))
        var child = first
        for field in selection.unretainedFields {
            // As graphql-js, the first non-null field that fails ends the object: the fields
            // after it would be thrown away with it.
            guard field._withUnsafeGuaranteedRef({ executeField($0, &input, slot: child) }) else { return false }
            child += 1
        }
        return true
    }

    /// `ExecuteField` (spec §6.4): coerce the arguments, resolve, complete. False when the
    /// field is non-null and ended null. `input` holds the parent value; its arguments and
    /// info are set here.
    private func executeField(_ field: FieldPlan, _ input: inout ResolverInput, slot: Int32) -> Bool {
        if field.takesNoArguments {
            // Most fields: the input's arguments are already empty unless a sibling had some.
            if !input.arguments.isEmpty { input.arguments = [:] }
        } else {
            switch field.arguments {
            case .constant(let constant):
                input.arguments = constant
            case .invalid(let error):
                return fail(error.withDefaultCode(ErrorCode.badUserInput), field, field.completion, slot)
            case .perRequest:
                let node = field.fieldNodes[0]  // safe: a field plan has at least one node
                do throws(GraphQLError) {
                    input.arguments = try argumentValues(
                        definitions: field.definition.arguments, arguments: node.arguments,
                        nodeLocation: node.location, variables: variables)
                } catch {
                    return fail(error.withDefaultCode(ErrorCode.badUserInput), field, field.completion, slot)
                }
            }
        }
        let value: FieldValue
        switch field.step {
        case .resolveSync:
            input.info = info(field, slot)
            do {
                value = try field.resolveSync(input)
            } catch {
                return fail(GraphQLError(executionError: error), field, field.completion, slot)
            }
        case .readByName:
            value = (input.source as? any ObjectValue)?.fieldValue(named: field.definition.name) ?? .null
        case .typename:
            tree[slot] = .leaf(.string(field.parentType.name))
            return true
        case .resolveAsync:
            guard case .resolve(.async(let resolve)) = field.action else { return true }  // safe: the step says so
            input.info = info(field, slot)
            input.info.isAsynchronous = true
            deferred.append(
                DeferredValue(slot: slot, field: field, completion: field.completion, work: .resolve(resolve, input)))
            return true
        }
        return complete(field.completion, consume value, field, slot)
    }

    private func info(_ field: FieldPlan, _ slot: Int32) -> ResolveInfo {
        ResolveInfo(field: field, execution: self, slot: slot)
    }

    // MARK: Value completion (spec §6.4.3)

    /// `CompleteValue`: writes `value`, completed to the type `completion` describes, at `slot`.
    /// False when the type is non-null and the value ended null.
    ///
    /// The value is consumed: a leaf moves into the response tree and an object's source into
    /// the input its fields are resolved with, without a copy or a reference count between.
    func complete(_ completion: Completion, _ value: consuming FieldValue, _ field: FieldPlan, _ slot: Int32) -> Bool {
        switch consume value {
        case .leaf(let raw):
            // The most common value: a built-in scalar already in its output form.
            if completion.builtInOutput.isOutputForm(raw) {
                tree[slot] = .leaf(raw)
                return true
            }
            return completeOther(completion, .leaf(raw), field, slot)
        case .object(let source):
            guard case .object(let selection) = completion.kind else {
                return completeOther(completion, .object(source), field, slot)
            }
            return executeSelection(selection.plan, source: consume source, slot: slot) || nullOrPropagate(completion, slot)
        case .list(let items):
            guard case .list(let itemCompletion) = completion.kind else {
                return completeOther(completion, .list(items), field, slot)
            }
            if case .object(let selection) = itemCompletion.kind {
                // Room for the items' fields at once, rather than growing the tree for them.
                tree.reserve(additional: items.count * (selection.plan.fields.count + 1))
            }
            let first = tree.addItems(count: items.count, parent: slot, isNonNull: itemCompletion.isNonNull)
            tree[slot] = .list(first: first, count: Int32(items.count))
            var itemSlot = first
            for item in items {
                guard complete(itemCompletion, item, field, itemSlot) else {
                    return nullOrPropagate(completion, slot)
                }
                itemSlot += 1
            }
            return true
        case .null:
            guard !completion.isNonNull else {
                return fail(
                    GraphQLError(
                        "Cannot return null for non-nullable field \(field.parentType.name).\(field.definition.name)."),
                    field, completion, slot)
            }
            tree[slot] = .null
            return true
        case .pending(let pending):
            if let registered = pending.batch.register(in: self) {
                return complete(completion, registered, field, slot)
            }
            switch pending.batch.result(at: pending.index) {
            case .success(let loaded)?: return complete(completion, loaded, field, slot)
            case .failure(let error)?: return fail(error, field, completion, slot)
            case nil:
                deferred.append(DeferredValue(slot: slot, field: field, completion: completion, work: .load(pending)))
                return true
            }
        }
    }

    /// The rest of `CompleteValue`, for a value that is not null or pending: leaves that need
    /// result coercion, abstract types, and values that do not fit the type.
    private func completeOther(_ completion: Completion, _ value: FieldValue, _ field: FieldPlan, _ slot: Int32) -> Bool {
        switch completion.kind {
        case .leaf(let type, let builtIn):
            guard case .leaf(let raw) = value else {
                // JSON data the default resolver split into objects and lists (the value of a
                // custom scalar such as `JSON`) is one leaf value, as graphql-js sees it.
                if let data = value.jsonData { return complete(completion, .leaf(data), field, slot) }
                return fail(mismatch(field, expected: "a \(type.name) value", got: value), field, completion, slot)
            }
            if builtIn.isOutputForm(raw) {
                tree[slot] = .leaf(raw)
                return true
            }
            if !completion.enumValueNames.isEmpty {
                switch raw {
                case .enumValue(let name), .string(let name):
                    if completion.enumValueNames.contains(name) {
                        tree[slot] = .leaf(.enumValue(name))
                        return true
                    }
                default:
                    break
                }
            }
            do throws(GraphQLError) {
                guard let serialized = try type.serializeLeaf(raw), !serialized.isNull else {
                    return fail(
                        GraphQLError(
                            "Expected `\(type.name).serialize(\(inspect(raw)))` to return non-nullable value, returned: null"
                        ), field, completion, slot)
                }
                tree[slot] = .leaf(serialized)
                return true
            } catch {
                return fail(error, field, completion, slot)
            }
        case .list:
            return fail(
                GraphQLError(
                    "Expected Iterable, but did not find one for field \"\(field.parentType.name).\(field.definition.name)\"."
                ), field, completion, slot)
        case .object(let selection):
            guard let source = value.objectSource else {
                return fail(mismatch(field, expected: "an object", got: value), field, completion, slot)
            }
            return executeSelection(selection.plan, source: source, slot: slot) || nullOrPropagate(completion, slot)
        case .abstract(let selection):
            guard let source = value.objectSource else {
                return fail(mismatch(field, expected: "an object", got: value), field, completion, slot)
            }
            let objectType: GraphQLObjectType
            do throws(GraphQLError) {
                objectType = try resolveRuntimeType(selection.abstractType, source, field)
            } catch {
                return fail(error, field, completion, slot)
            }
            return executeSelection(selection.plan(for: objectType), source: source, slot: slot)
                || nullOrPropagate(completion, slot)
        }
    }

    /// `ResolveAbstractType` (spec §6.4.3) with graphql-js's checks and messages.
    private func resolveRuntimeType(
        _ abstractType: GraphQLNamedType, _ source: any Sendable, _ field: FieldPlan
    ) throws(GraphQLError) -> GraphQLObjectType {
        let resolver: TypeResolver
        switch abstractType {
        case .interface(let interface): resolver = interface.resolveType ?? .byTypeName
        case .union(let union): resolver = union.resolveType ?? .byTypeName
        default: resolver = .byTypeName
        }
        let name: String?
        do {
            name = try resolver.resolve(source, context)
        } catch {
            throw GraphQLError(executionError: error)
        }
        let abstractName = abstractType.name
        guard let name else {
            throw GraphQLError(
                "Abstract type \"\(abstractName)\" must resolve to an Object type at runtime for field \"\(field.parentType.name).\(field.definition.name)\". Either the \"\(abstractName)\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."
            )
        }
        guard let runtimeType = plan.schema.type(named: name) else {
            throw GraphQLError(
                "Abstract type \"\(abstractName)\" was resolved to a type \"\(name)\" that does not exist inside the schema."
            )
        }
        guard case .object(let objectType) = runtimeType else {
            throw GraphQLError("Abstract type \"\(abstractName)\" was resolved to a non-object type \"\(name)\".")
        }
        guard plan.schema.isSubType(abstractType, runtimeType) else {
            throw GraphQLError("Runtime Object type \"\(name)\" is not a possible type for \"\(abstractName)\".")
        }
        return objectType
    }

    private func mismatch(_ field: FieldPlan, expected: String, got value: FieldValue) -> GraphQLError {
        let got: String
        switch value {
        case .leaf(let leaf): got = "the value \(inspect(leaf))"
        case .object(let source): got = "an object (\(type(of: source)))"
        case .list: got = "a list"
        case .null, .pending: got = "no value"
        }
        return GraphQLError(
            "Expected \(expected) for field \"\(field.parentType.name).\(field.definition.name)\" of type \"\(field.definition.type)\", but the resolver returned \(got)."
        )
    }

    // MARK: Errors and null propagation (spec §6.4.4)

    /// Records a field error at `slot` (located at the field, with the slot's path) and makes
    /// the value null; false when the type is non-null, so the parent must be null instead.
    func fail(_ error: GraphQLError, _ field: FieldPlan, _ completion: Completion, _ slot: Int32) -> Bool {
        var located = error
        // As graphql-js's `locatedError`: an error already placed (from a nested execution)
        // keeps its place, and one about a node of its own (an argument's value) its location.
        if located.path == nil {
            if located.locations.isEmpty { located.locations = field.locations }
            located.path = tree.path(to: slot)
        }
        errors.append(located.withDefaultCode(ErrorCode.internalServerError))
        return nullOrPropagate(completion, slot)
    }

    /// Makes the value at `slot` null when its type allows; false when it does not.
    private func nullOrPropagate(_ completion: Completion, _ slot: Int32) -> Bool {
        guard !completion.isNonNull else { return false }
        tree[slot] = .null
        return true
    }

    /// Makes the nearest nullable object or list at or above `slot` null: what the
    /// synchronous pass does by returning false, for a value completed later.
    func propagateNull(from slot: Int32) {
        var current = slot
        while current != ResponseTree.root {
            if !tree.isNonNull(current) {
                tree[current] = .null
                return
            }
            current = tree.parent(of: current)
        }
        dataIsNull = true
    }
}

extension FieldValue {
    /// The value child fields resolve on: an object's source, or a JSON-shaped leaf.
    var objectSource: (any Sendable)? {
        switch self {
        case .object(let source): source
        case .leaf(let value): value
        case .null, .list, .pending: nil
        }
    }
}
