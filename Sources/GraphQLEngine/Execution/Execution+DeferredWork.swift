// The executor's deferred work (see Execution.swift): values that were not ready in the
// synchronous pass — batch loads and asynchronous resolvers — run level by level, under the
// execution's deadline and its task's cancellation.

extension Execution {
    // MARK: Deferred values

    /// Runs deferred work level by level until none is left.
    nonisolated(nonsending) func completeDeferred() async {
        while !deferred.isEmpty {
            if shouldStop() {
                deferred.removeAll()
                return
            }
            let wave = deferred
            deferred = []
            let resolved = await runWave(wave)
            if stopError != nil { return }
            for (position, item) in wave.enumerated() {
                guard !tree.isDiscarded(item.slot), !dataIsNull else { continue }
                let outcome: Result<FieldValue, GraphQLError>
                switch item.work {
                case .load(let pending):
                    outcome =
                        pending.batch.result(at: pending.index)
                        ?? .failure(GraphQLError("A batch loader did not run for a key it was asked for."))
                case .resolve:
                    // safe: runWave answers every asynchronous resolver unless the execution stopped
                    outcome = resolved[position]!
                }
                let ok: Bool
                switch outcome {
                case .success(let value): ok = complete(item.completion, value, item.field, item.slot)
                case .failure(let error): ok = fail(error, item.field, item.completion, item.slot)
                }
                if !ok { propagateNull(from: tree.parent(of: item.slot)) }
            }
        }
    }

    /// Calls every loader with waiting keys once and every deferred asynchronous resolver,
    /// concurrently, up to the deadline; answers the resolvers' results by position in `wave`.
    nonisolated(nonsending) func runWave(_ wave: [DeferredValue]) async -> [Result<FieldValue, GraphQLError>?] {
        var results = [Result<FieldValue, GraphQLError>?](repeating: nil, count: wave.count)
        let waitingBatches = batches.values.filter(\.hasWaitingKeys)
        let context = self.context
        let deadline = self.deadline
        typealias Answer = (position: Int, result: Result<FieldValue, GraphQLError>)?
        let timedOut = await withTaskGroup(of: Answer.self, returning: Bool.self) { group in
            var outstanding = 0
            for batch in waitingBatches {
                let batch = UncheckedBatch(batch: batch)
                group.addTask {
                    await batch.batch.run(context: context)
                    return nil
                }
                outstanding += 1
            }
            for (position, item) in wave.enumerated() {
                guard case .resolve(let resolve, let input) = item.work else { continue }
                group.addTask {
                    do {
                        return (position, .success(try await resolve(input)))
                    } catch {
                        return (position, .failure(GraphQLError(executionError: error)))
                    }
                }
                outstanding += 1
            }
            if let deadline {
                group.addTask {
                    try? await Task.sleep(until: deadline)
                    return (-1, .success(.null))
                }
            }
            while outstanding > 0, let answer = await group.next() {
                guard let answer else {
                    outstanding -= 1
                    continue
                }
                if answer.position < 0 {
                    group.cancelAll()
                    return true
                }
                results[answer.position] = answer.result
                outstanding -= 1
            }
            group.cancelAll()
            return false
        }
        // A cancelled task cancels the group's children: the resolvers' CancellationErrors
        // (and the deadline sleeper's early wake-up) are the request's cancellation, not
        // field errors or a deadline.
        if Task.isCancelled {
            stop(deadlineExceeded: false)
        } else if timedOut {
            stop(deadlineExceeded: true)
        }
        return results
    }

    // MARK: Deadline and cancellation

    /// Whether the execution must stop: its deadline passed or its task was cancelled. The
    /// clock is read every 64 objects, which keeps the check off the profile.
    func shouldStop() -> Bool {
        if stopError != nil { return true }
        guard objectsUntilClockCheck == 0 else {
            objectsUntilClockCheck -= 1
            return false
        }
        objectsUntilClockCheck = 63
        if let deadline, ContinuousClock.now >= deadline {
            stop(deadlineExceeded: true)
            return true
        }
        if Task.isCancelled {
            stop(deadlineExceeded: false)
            return true
        }
        return false
    }

    private func stop(deadlineExceeded: Bool) {
        guard stopError == nil else { return }
        if deadlineExceeded {
            let limit = timeout.map { " of \($0)" } ?? ""
            stopError = GraphQLError(
                "Execution stopped: the operation ran past its time limit\(limit). Ask for fewer fields or items, or raise the limit."
            ).withDefaultCode(ErrorCode.deadlineExceeded)
        } else {
            stopError = GraphQLError("Execution stopped: the request was cancelled.").withDefaultCode(
                ErrorCode.cancelled)
        }
    }
}

/// A batch handed to the task that runs it: the execution does not touch it until the task
/// group has finished.
private struct UncheckedBatch: @unchecked Sendable {
    let batch: any PendingBatch
}
