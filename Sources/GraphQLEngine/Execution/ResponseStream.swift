import Synchronization

// The response stream of a subscription (spec §6.2.3 "Response Stream"): each source event is
// executed (`ExecuteSubscriptionEvent`) when the subscriber asks for the next result
// (`MapSourceToResponseEvent`), in the subscriber's task, so a slow subscriber slows the source
// instead of piling up results, and cancelling it reaches the source.

/// A subscription's results: one `ExecutionResult` per source event, in the source's order
/// (spec §6.2.3 `MapSourceToResponseEvent`).
///
/// It ends when the source ends; after an error thrown by the source, as one last result
/// holding that error; when the iterating task is cancelled (spec §6.2.3 "Unsubscribe").
/// It is iterated once, as the spec's response stream has one subscriber: the first iterator
/// takes the source (a second one ends at once), so ending or dropping that iterator releases
/// the source's iterator, which is how an `AsyncStream` source learns it was cancelled.
public struct ResponseStream: AsyncSequence, Sendable {
    public typealias Element = ExecutionResult

    private let unclaimed: Unclaimed

    init(source: SourceEventStream, events: SubscriptionEvents) {
        unclaimed = Unclaimed(Subscription(source: source, events: events))
    }

    /// The iterator over the results; only the first one made has any.
    public func makeAsyncIterator() -> Iterator {
        let subscription = unclaimed.take()
        return Iterator(running: subscription.map { ($0.source.makeAsyncIterator(), $0.events) })
    }

    /// Executes the source's events one at a time, as they are asked for.
    public struct Iterator: AsyncIteratorProtocol {
        /// Nil once the stream has ended: releasing the source's iterator is how it learns so.
        private var running: (source: SourceEventStream.Iterator, events: SubscriptionEvents)?

        fileprivate init(running: (source: SourceEventStream.Iterator, events: SubscriptionEvents)?) {
            self.running = running
        }

        /// The result of the next source event; nil once the stream has ended.
        public mutating func next() async -> ExecutionResult? {
            guard let events = running?.events else { return nil }
            let event: (any Sendable)?
            do {
                event = try await running?.source.next()
            } catch {
                running = nil
                // A source stopped by the cancellation is not an error the subscriber should see.
                return Task.isCancelled ? nil : events.sourceFailed(error)
            }
            guard let event, !Task.isCancelled else {
                running = nil
                return nil
            }
            let result = await events.execute(event)
            // An execution cut short by the cancellation ("the request was cancelled") is not
            // sent: the subscriber is gone.
            guard !Task.isCancelled else {
                running = nil
                return nil
            }
            return result
        }
    }

    private struct Subscription: Sendable {
        let source: SourceEventStream
        let events: SubscriptionEvents
    }

    /// The subscription until an iterator takes it.
    private final class Unclaimed: Sendable {
        private let subscription: Mutex<Subscription?>

        init(_ subscription: Subscription) { self.subscription = Mutex(subscription) }

        func take() -> Subscription? { subscription.withLock { $0.take() } }
    }
}

/// What executing each event of one subscription needs: the plan shared by every event, the
/// coerced variables, the context and the per-event time limit.
struct SubscriptionEvents: Sendable {
    let plan: OperationPlan
    let variables: [String: InputValue]
    let context: any Sendable
    let timeout: Duration?

    /// `ExecuteSubscriptionEvent` (spec §6.2.3): the operation's selection set executed as a
    /// query's, with the event as root value.
    func execute(_ event: any Sendable) async -> ExecutionResult {
        await Execution(plan: plan, variables: variables, context: context, rootValue: event, timeout: timeout).run()
    }

    /// The last result of a stream whose source threw `error`: the error alone, placed at the
    /// root field as an error creating the source would be.
    func sourceFailed(_ error: any Error) -> ExecutionResult {
        var located = GraphQLError(executionError: error).withDefaultCode(ErrorCode.internalServerError)
        if let field = plan.root.fields.first { located = field.locate(located) }
        return ExecutionResult(requestErrors: [located])
    }
}
