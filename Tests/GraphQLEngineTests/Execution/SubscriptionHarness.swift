import Synchronization
import Testing

@testable import GraphQLEngine

// The harness of the subscription tests: a hub schema whose subscription fields read a fixed
// feed of published practices (or, for `count` and `latest`, whatever source stream the test
// hands over in the context), and helpers that collect a subscription's results as JSON. Expected outputs
// come from graphql-js 16.6 given the same SDL and equivalent resolvers:
// `node Expectations/subscriptions.js`, with graphql 16.6 on `NODE_PATH`.

/// A practice as the hub publishes it; its fields read by name, as JSON-shaped events' are.
struct PublishedPractice: ObjectValue {
    let title: String
    let region: String
    let votes: Int?

    func fieldValue(named name: String) -> FieldValue {
        switch name {
        case "title": .string(title)
        case "votes": .optional(votes.map(FieldValue.int))
        default: .null
        }
    }
}

/// The source stream a test gives the `count` and `latest` fields, through the request's context.
struct EventFeed: Sendable {
    let events: SourceEventStream
}

/// Why a `count` subscription found no feed in its context.
struct MissingFeed: Error, CustomStringConvertible {
    var description: String { "The test gave no EventFeed as context." }
}

enum SubscriptionFixture {
    static let sdl = """
        type Query { hello: String }
        type Subscription {
          practicePublished(region: String!, limit: Int = 2): Practice!
          tick(by: Int!): Int!
          count: Int
          latest: Practice!
        }
        type Practice { title: String! votes: Int boom: String late: String }
        """

    /// What `practicePublished` publishes, in order.
    static let feed = [
        PublishedPractice(title: "A", region: "north", votes: 1),
        PublishedPractice(title: "B", region: "south", votes: nil),
        PublishedPractice(title: "C", region: "north", votes: 3),
        PublishedPractice(title: "D", region: "north", votes: 4),
    ]

    /// The resolvers of `sdl`; `inspect` sees every `tick` subscription resolver's input.
    static func resolvers(inspect: @escaping @Sendable (ResolverInput) -> Void = { _ in }) -> Resolvers {
        var resolvers = Resolvers()
        resolvers.subscriptions["Subscription", "practicePublished"] = .stream { input in
            guard case .string(let region)? = input[argument: "region"],
                case .int(let limit)? = input[argument: "limit"]
            else { throw GraphQLError("practicePublished needs a region and a limit.") }
            return AsyncStream(PublishedPractice.self) { continuation in
                for practice in feed.filter({ $0.region == region }).prefix(limit) { continuation.yield(practice) }
                continuation.finish()
            }
        }
        resolvers.subscriptions["Subscription", "tick"] = .stream { input in
            inspect(input)
            return AsyncStream(Int.self) { continuation in
                for tick in 1...3 { continuation.yield(tick) }
                continuation.finish()
            }
        }
        resolvers["Subscription", "tick"] = .sync { input in
            guard let tick = input.source as? Int, case .int(let by)? = input[argument: "by"] else { return .null }
            if tick == 2 { throw GraphQLError("two is bad") }
            return .int(tick * by)
        }
        let fromContext = SubscriptionResolver.stream { input in
            guard let feed = input.context as? EventFeed else { throw MissingFeed() }
            return feed.events
        }
        resolvers.subscriptions["Subscription", "count"] = fromContext
        resolvers.subscriptions["Subscription", "latest"] = fromContext
        resolvers["Practice", "boom"] = .property { (practice: PublishedPractice) in
            if practice.title == "C" { throw GraphQLError("C exploded") }
            return .string("ok \(practice.title)")
        }
        resolvers["Practice", "late"] = .async { input in
            if (input.source as? PublishedPractice)?.title == "C" { try await Task.sleep(for: .seconds(60)) }
            return .string("on time")
        }
        return resolvers
    }

    static func schema(inspect: @escaping @Sendable (ResolverInput) -> Void = { _ in }) throws -> GraphQLSchema {
        try buildSchema(Source(sdl), resolvers: resolvers(inspect: inspect))
    }

    /// Parses `document` and subscribes to it on the fixture's schema.
    static func subscribe(
        _ document: String, variables: [String: InputValue] = [:], operationName: String? = nil,
        context: any Sendable = (), rootValue: any Sendable = (), timeout: Duration? = nil,
        schema: GraphQLSchema? = nil
    ) async throws -> SubscriptionResult {
        await GraphQLEngine.subscribe(
            schema: try schema ?? self.schema(), document: try parse(document), operationName: operationName,
            variables: variables, context: context, rootValue: rootValue, timeout: timeout)
    }
}

/// The producing end of a test's source stream, recording how the stream terminated.
final class RecordingSource: Sendable {
    let continuation: AsyncStream<any Sendable>.Continuation
    private let recorded = Mutex<AsyncStream<any Sendable>.Continuation.Termination?>(nil)
    private let feed: Mutex<EventFeed?>

    init() {
        let (stream, continuation) = AsyncStream.makeStream(of: (any Sendable).self)
        self.continuation = continuation
        feed = Mutex(EventFeed(events: SourceEventStream(stream)))
        continuation.onTermination = { [weak self] termination in self?.recorded.withLock { $0 = termination } }
    }

    /// The feed carrying the stream, given once: the subscription receiving it is then the
    /// stream's only owner, and releases it when it ends.
    func takeFeed() -> EventFeed? { feed.withLock { $0.take() } }

    /// How the stream terminated; nil while it runs.
    var termination: AsyncStream<any Sendable>.Continuation.Termination? { recorded.withLock { $0 } }
}

extension SubscriptionResult {
    /// The JSON of every result of the response stream, in order; a test failure when the
    /// subscription did not start.
    func collectedJSON(sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> [String] {
        guard case .stream(let results) = self else {
            Issue.record("Expected a response stream, got \(requestErrorsJSON ?? "")", sourceLocation: sourceLocation)
            return []
        }
        var collected: [String] = []
        for await result in results { collected.append(result.json) }
        return collected
    }

    /// The response stream; nil when the subscription did not start.
    var responseStream: ResponseStream? {
        guard case .stream(let results) = self else { return nil }
        return results
    }

    /// The JSON of the request errors; nil when the subscription started.
    var requestErrorsJSON: String? {
        guard case .requestErrors(let result) = self else { return nil }
        return result.json
    }
}
