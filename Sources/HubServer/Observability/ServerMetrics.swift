import GraphQLEngine
import Prometheus

/// The server's Prometheus metrics, served as text at `/metrics` on the metrics port:
///
/// | metric | what |
/// |---|---|
/// | `peerhub_http_requests_total{status}` | responses by HTTP status |
/// | `peerhub_graphql_errors_total{code}` | GraphQL errors by `extensions.code` |
/// | `peerhub_http_request_duration_seconds` | latency histogram of GraphQL requests |
/// | `peerhub_persisted_query_lookups_total{result}` | persisted-query cache hits and misses |
/// | `peerhub_executions_in_flight`, `peerhub_execution_slots` | executions running, and the cap |
/// | `peerhub_document_cache_lookups_total{result}` | prepared-document cache hits and misses |
/// | `peerhub_document_cache_documents` | documents the cache holds |
/// | `peerhub_response_cache_lookups_total{result}` | response cache hits and misses (anonymous queries) |
/// | `peerhub_response_cache_entries`, `peerhub_response_cache_bytes` | answers the response cache holds, and their size |
/// | `peerhub_database_statements_total` | SQL statements run by the store |
/// | `peerhub_database_reads_in_flight`, `peerhub_database_readers` | reads running or waiting, and the pool's readers |
///
/// Figures kept elsewhere (the cache's, the store's) are sampled on each scrape, as gauges.
final class ServerMetrics: Sendable {
    /// Where every metric is registered; emitted on each scrape.
    let registry: PrometheusCollectorRegistry
    private let duration: DurationHistogram
    /// The response counters of the statuses the server answers with, made once: making a
    /// counter looks it up by name and labels under the registry's lock.
    private let responsesByStatus: [Int: Counter]
    private let inFlight: Gauge
    private let cacheHits: Gauge
    private let cacheMisses: Gauge
    private let cachedDocuments: Gauge
    private let responseCacheGauges: (hits: Gauge, misses: Gauge, entries: Gauge, bytes: Gauge)?
    private let sampleResponseCache: (@Sendable () -> ResponseCache.Statistics)?
    private let statements: Gauge
    private let readsInFlight: Gauge
    private let sampleExecutions: @Sendable () -> Int
    private let sampleDocumentCache: @Sendable () -> DocumentCacheStatistics
    private let database: (any DatabaseUse)?

    /// Metrics sampling the executions running, the prepared-document cache and, when given,
    /// the response cache and the store's use.
    init(
        executionSlots: Int, executionsInFlight: @escaping @Sendable () -> Int,
        documentCache: @escaping @Sendable () -> DocumentCacheStatistics,
        responseCache: (@Sendable () -> ResponseCache.Statistics)? = nil, database: (any DatabaseUse)?
    ) {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        duration = registry.makeDurationHistogram(
            descriptor: Self.name("http_request_duration", unit: "seconds", help: "Latency of GraphQL requests."),
            buckets: [
                .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                .seconds(2), .seconds(5), .seconds(10),
            ])
        responsesByStatus = Dictionary(
            uniqueKeysWithValues: [200, 304, 400, 401, 404, 405, 406, 413, 414, 415, 422, 429, 500, 503].map { status in
                (status, Self.responseCounter(status: status, in: registry))
            })
        inFlight = registry.makeGauge(descriptor: Self.name("executions_in_flight", unit: "", help: "GraphQL executions running now."))
        registry.makeGauge(descriptor: Self.name("execution_slots", unit: "", help: "The cap on concurrent executions."))
            .set(Int64(executionSlots))
        let lookups = Self.name("document_cache_lookups", unit: "total", help: "Prepared-document cache lookups since start, by result.")
        cacheHits = registry.makeGauge(descriptor: lookups, labels: [("result", "hit")])
        cacheMisses = registry.makeGauge(descriptor: lookups, labels: [("result", "miss")])
        cachedDocuments = registry.makeGauge(
            descriptor: Self.name("document_cache_documents", unit: "", help: "Parsed, validated and planned documents kept."))
        if responseCache != nil {
            let lookups = Self.name(
                "response_cache_lookups", unit: "total", help: "Response cache lookups (anonymous queries) since start, by result.")
            responseCacheGauges = (
                registry.makeGauge(descriptor: lookups, labels: [("result", "hit")]),
                registry.makeGauge(descriptor: lookups, labels: [("result", "miss")]),
                registry.makeGauge(descriptor: Self.name("response_cache_entries", unit: "", help: "Answers the response cache holds.")),
                registry.makeGauge(
                    descriptor: Self.name("response_cache", unit: "bytes", help: "Memory the response cache's entries take."))
            )
        } else {
            responseCacheGauges = nil
        }
        sampleResponseCache = responseCache
        statements = registry.makeGauge(
            descriptor: Self.name("database_statements", unit: "total", help: "SQL statements run by the store since start."))
        readsInFlight = registry.makeGauge(
            descriptor: Self.name("database_reads_in_flight", unit: "", help: "Database reads running or waiting for a reader."))
        if let database {
            registry.makeGauge(descriptor: Self.name("database_readers", unit: "", help: "The pool's reader connections."))
                .set(Int64(database.maximumReaders))
        }
        sampleExecutions = executionsInFlight
        sampleDocumentCache = documentCache
        self.database = database
    }

    /// Counts one response with `status`, and how long it took.
    func recordResponse(status: Int, duration elapsed: Duration) {
        (responsesByStatus[status] ?? Self.responseCounter(status: status, in: registry)).increment()
        duration.record(elapsed)
    }

    private static func responseCounter(status: Int, in registry: PrometheusCollectorRegistry) -> Counter {
        registry.makeCounter(
            descriptor: name("http_requests", unit: "total", help: "HTTP responses by status."), labels: [("status", String(status))])
    }

    /// Counts the errors of a response by code.
    func recordErrors(codes: [String]) {
        for code in codes {
            registry.makeCounter(
                descriptor: Self.name("graphql_errors", unit: "total", help: "GraphQL errors by extensions.code."),
                labels: [("code", code)]
            ).increment()
        }
    }

    /// Counts a persisted-query lookup by hash.
    func recordPersistedQueryLookup(hit: Bool) {
        registry.makeCounter(
            descriptor: Self.name("persisted_query_lookups", unit: "total", help: "Persisted-query lookups by result."),
            labels: [("result", hit ? "hit" : "miss")]
        ).increment()
    }

    /// The metrics in Prometheus's text format, sampled now.
    func exposition() -> [UInt8] {
        inFlight.set(Int64(sampleExecutions()))
        let cache = sampleDocumentCache()
        cacheHits.set(Int64(cache.hits))
        cacheMisses.set(Int64(cache.misses))
        cachedDocuments.set(Int64(cache.documents))
        if let responseCacheGauges, let statistics = sampleResponseCache?() {
            responseCacheGauges.hits.set(Int64(statistics.hits))
            responseCacheGauges.misses.set(Int64(statistics.misses))
            responseCacheGauges.entries.set(Int64(statistics.entries))
            responseCacheGauges.bytes.set(Int64(statistics.bytes))
        }
        if let database {
            statements.set(Int64(database.statementsRun))
            readsInFlight.set(Int64(database.readsInFlight))
        }
        return registry.emitToBuffer()
    }

    private static func name(_ metric: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "peerhub", metricName: metric, unitName: unit, helpText: help)
    }
}
