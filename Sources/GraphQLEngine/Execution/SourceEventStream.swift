/// A subscription field's source event stream (spec §6.2.3 "Source Stream"): the events each of
/// which triggers one execution of the subscription's selection set, with the event as the
/// root value.
///
/// It wraps any `AsyncSequence` of `Sendable` events (an `AsyncStream` fed by a publisher, a
/// database listener, a timer). The stream ending ends the subscription; an error it throws
/// ends the subscription with an error result. When the subscriber goes away (its task is
/// cancelled or it drops the iterator), the wrapped sequence's iterator is released, which is
/// how an `AsyncStream` learns it was cancelled (its `onTermination` runs). A sequence that
/// ignores task cancellation keeps a cancelled subscriber waiting until its next event.
public struct SourceEventStream: AsyncSequence, Sendable {
    public typealias Element = any Sendable

    private let makeIterator: @Sendable () -> Iterator

    /// The source stream of `events`.
    public init<Events: AsyncSequence & Sendable>(_ events: Events) where Events.Element: Sendable {
        if let stream = events as? SourceEventStream {
            self = stream
            return
        }
        makeIterator = { Iterator(events.makeAsyncIterator()) }
    }

    /// An iterator over the events; dropping it releases the wrapped sequence's iterator.
    public func makeAsyncIterator() -> Iterator { makeIterator() }

    /// Reads the wrapped sequence's events one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        private let base: any EventIterator

        fileprivate init<Base: AsyncIteratorProtocol>(_ base: Base) where Base.Element: Sendable {
            self.base = WrappedEventIterator(base)
        }

        /// The next event; nil once the stream has ended.
        public mutating func next() async throws -> (any Sendable)? {
            try await base.next()
        }
    }
}

/// An iterator with its type erased. A class so that every copy of `SourceEventStream.Iterator`
/// advances the same underlying iterator, as a reference would.
private protocol EventIterator: AnyObject {
    func next() async throws -> (any Sendable)?
}

private final class WrappedEventIterator<Base: AsyncIteratorProtocol>: EventIterator where Base.Element: Sendable {
    private var base: Base

    init(_ base: Base) { self.base = base }

    func next() async throws -> (any Sendable)? { try await base.next() }
}
