/// Running a write that may refuse its input, so that a refusal changes nothing.
extension HubDatabase {
    /// Runs `body` in a write transaction of its own: committed when it returns `.written`,
    /// rolled back when it returns `.refused` (or throws), whatever it wrote before deciding.
    ///
    /// ```swift
    /// let outcome = try await database.writeUnlessRefused { try $0.publishPractice(id, by: admin) }
    /// if case .refused(let problems) = outcome { … show them beside the form's fields … }
    /// ```
    public func writeUnlessRefused<Value: Sendable>(
        _ body: @escaping @Sendable (StoreWriter) throws -> WriteOutcome<Value>
    ) async throws -> WriteOutcome<Value> {
        do {
            return try await write { writer in try Refusal.throwing(body(writer)) }
        } catch let refusal as Refusal {
            return .refused(refusal.problems)
        }
    }

    /// Like the asynchronous `writeUnlessRefused`, blocking the calling thread while it waits for the writer.
    public func writeUnlessRefused<Value: Sendable>(
        _ body: (StoreWriter) throws -> WriteOutcome<Value>
    ) throws -> WriteOutcome<Value> {
        do {
            return try write { writer in try Refusal.throwing(body(writer)) }
        } catch let refusal as Refusal {
            return .refused(refusal.problems)
        }
    }
}

/// A refused outcome thrown out of a transaction to roll it back, and caught outside it.
private struct Refusal: Error {
    let problems: [WriteProblem]

    static func throwing<Value>(_ outcome: WriteOutcome<Value>) throws -> WriteOutcome<Value> {
        if case .refused(let problems) = outcome { throw Refusal(problems: problems) }
        return outcome
    }
}
