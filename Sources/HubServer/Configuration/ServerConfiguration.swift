import GraphQLEngine
import HubAPI

/// Everything `peerhub serve` can be told: where to listen, which database and certificate,
/// and the limits every request must stay within. A value, checked as a whole by
/// ``validate()``; ``init(settings:environment:)`` reads it from command-line values and
/// `PEERHUB_…` environment variables.
///
/// ```swift
/// var configuration = ServerConfiguration()
/// configuration.port = 9443
/// configuration.allowedOrigins = ["https://dashboard.example.org"]
/// try configuration.validate()
/// ```
public struct ServerConfiguration: Sendable {
    /// The host name or address to listen on.
    public var host = "localhost"
    /// The TCP port to listen on; 0 lets the system choose a free one (the log says which).
    public var port = 8443
    /// The folder for the database and the development certificate.
    public var dataDirectory = "data"
    /// The database file; nil for `hub.sqlite` in ``dataDirectory``.
    public var databasePath: String?
    /// A PEM certificate chain to serve; nil for the development certificate.
    public var tlsCertificatePath: String?
    /// The PEM private key of ``tlsCertificatePath``.
    public var tlsKeyPath: String?
    /// Serve plain HTTP, for running behind a proxy that terminates TLS.
    public var plainHTTP = false
    /// The web origins allowed to call the API from a browser (CORS); none by default.
    public var allowedOrigins: [String] = []
    /// The largest request body, in bytes (and the longest GET query string).
    public var maxBodyBytes = 100 * 1024
    /// The most GraphQL executions running at once; more are refused with 503.
    public var maxConcurrentExecutions = 64
    /// The most requests in one batch (a JSON array); 0 refuses batches.
    public var maxBatchSize = 0
    /// How long a connection may send nothing, while a request's head or body is being read or
    /// between requests, before it is closed: a client that stops mid-body holds its
    /// connection no longer than this (a request being answered is governed by
    /// `api.executionTimeout` instead).
    public var readTimeout: Duration = .seconds(30)
    /// How long a request may take to arrive in full, head and body, counted from its first
    /// bytes (for a connection's first request, from its opening, or from the end of its TLS
    /// handshake, which gets as long): a client that trickles a byte now and then, never quiet
    /// for ``readTimeout``, is answered 408 and disconnected after this. A 100 KB body needs
    /// about 2 KB/s to arrive within the default.
    public var requestTimeout: Duration = .seconds(60)
    /// How many connections may be open at once; past it the server stops accepting until one
    /// closes (the system's listen backlog holds the newcomers), so held-open connections run
    /// out of neither file descriptors nor memory. Lowered at start-up to the process's
    /// open-file limit less what the database and the metrics listener need.
    public var maxConnections = 4096
    /// How many persisted queries are remembered.
    public var persistedQueryCapacity = 1000
    /// How long a GET response to a persisted query may be reused without asking, in seconds.
    public var persistedQueryMaxAge = 60
    /// The address of the metrics endpoint (plain HTTP, `/metrics`); keep it private.
    public var metricsHost = "127.0.0.1"
    /// The port of the metrics endpoint; 0 for any free port, nil for none.
    public var metricsPort: Int? = 9464
    /// The most memory the response cache takes (answers to anonymous queries, keys and
    /// bookkeeping), in bytes; 0 turns it off.
    public var responseCacheBytes = 32 << 20
    /// How long a cached answer is served at most. Writes through this server invalidate answers
    /// at once, commits by another process (a `peerhub` command on the same file) within a
    /// tenth of a second (the store watches SQLite's data version); this is the backstop.
    public var responseCacheMaxAge: Duration = .seconds(30)
    /// How much of the database file each connection maps into memory (SQLite's `mmap_size`),
    /// in bytes; 0 reads through system calls only. Mapped pages count in the server's resident
    /// memory (shared with the system's page cache); unmapped, the system still caches the
    /// file, and each connection copies the pages it reads into its own small cache.
    public var databaseMemoryMapBytes = 0
    /// `Strict-Transport-Security: max-age` on HTTPS responses, in seconds.
    public var strictTransportSecurityMaxAge = 31_536_000
    /// Document limits, cost budget, introspection and execution deadline, for the API.
    public var api = APIOptions()

    /// The defaults: `localhost:8443`, HTTPS with the development certificate, `./data`.
    public init() {}

    /// The database file the server opens.
    public var databaseFile: String { databasePath ?? dataDirectory + "/hub.sqlite" }

    /// Whether the server answers over TLS.
    public var usesTLS: Bool { !plainHTTP }

    /// Checks the settings together.
    ///
    /// - Throws: the first ``ConfigurationError`` found, naming the flag and the environment variable.
    public func validate() throws(ConfigurationError) {
        if plainHTTP && (tlsCertificatePath != nil || tlsKeyPath != nil) {
            throw .conflict(.plainHTTP, .tlsCertificate, "plain HTTP serves no certificate; drop one of them")
        }
        if (tlsCertificatePath == nil) != (tlsKeyPath == nil) {
            throw tlsCertificatePath == nil
                ? ConfigurationError.missing(.tlsCertificate, because: "a key was given with \(ServerSetting.tlsKey.flag)")
                : ConfigurationError.missing(.tlsKey, because: "a certificate was given with \(ServerSetting.tlsCertificate.flag)")
        }
        if host.isEmpty { throw .invalidValue(.host, "", expected: "a host name or address") }
        try Self.check(port, in: 0...65535, .port)
        if let metricsPort { try Self.check(metricsPort, in: 0...65535, .metricsPort) }
        try Self.check(maxBodyBytes, in: 1...(64 << 20), .maxBodyBytes)
        try Self.check(maxConcurrentExecutions, in: 1...100_000, .maxConcurrentExecutions)
        try Self.check(maxBatchSize, in: 0...1000, .maxBatchSize)
        try Self.check(responseCacheBytes, in: 0...(1 << 40), .responseCacheMegabytes)
        try Self.check(databaseMemoryMapBytes, in: 0...(1 << 40), .databaseMemoryMapMegabytes)
        guard responseCacheMaxAge > .zero, responseCacheMaxAge <= .seconds(3600) else {
            throw .invalidValue(
                .responseCacheMaxAge, "\(responseCacheMaxAge)", expected: "seconds, more than 0 and at most 3600")
        }
        guard readTimeout > .zero, readTimeout <= .seconds(3600) else {
            throw .invalidValue(.readTimeout, "\(readTimeout)", expected: "seconds, more than 0 and at most 3600")
        }
        guard requestTimeout > .zero, requestTimeout <= .seconds(3600) else {
            throw .invalidValue(.requestTimeout, "\(requestTimeout)", expected: "seconds, more than 0 and at most 3600")
        }
        try Self.check(maxConnections, in: 1...1_000_000, .maxConnections)
        try Self.check(api.documentLimits.maxTokens, in: 1...ParseOptions.defaultMaxTokens, .maxTokens)
        try Self.check(api.documentLimits.maxDepth, in: 1...ParseOptions.defaultMaxDepth, .maxDepth)
        try Self.check(api.documentLimits.maxAliases, in: 0...100_000, .maxAliases)
        try Self.check(api.documentLimits.maxDirectives, in: 0...100_000, .maxDirectives)
        try Self.check(api.costBudget, in: 1...Int(Int32.max), .costBudget)
        for origin in allowedOrigins where CORSPolicy.normalize(origin) == nil {
            throw .invalidValue(.corsOrigin, origin, expected: "an origin such as https://example.org (scheme, host, optional port)")
        }
    }

    private static func check(_ value: Int, in range: ClosedRange<Int>, _ setting: ServerSetting) throws(ConfigurationError) {
        guard range.contains(value) else {
            throw .invalidValue(setting, String(value), expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
    }
}
