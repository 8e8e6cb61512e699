import Glibc
import HubAPI
import Hummingbird
import HummingbirdCore
import HummingbirdHTTP2
import Logging
import NIOCore
import NIOSSL
import ServiceLifecycle

/// The hub on the network: `/graphql` (GraphQL over HTTP), `/health` and `/health/ready` on the
/// main listener (HTTPS unless plain HTTP is asked for), and `/metrics` on a separate plain-HTTP
/// listener bound to the metrics address (loopback by default), so metrics need no key but are
/// reachable only from the machine or the network it is exposed to.
///
/// ```swift
/// let server = PeerHubServer(
///     configuration: configuration, service: api, callers: accounts,
///     readiness: { (try? database.appliedMigrations()) != nil }, logger: logger)
/// try await server.run(tls: TLSFiles(certificatePath: "data/server.pem", keyPath: "data/server-key.pem")) { url in
///     print("Serving \(url)")
/// }
/// ```
public struct PeerHubServer: Sendable {
    /// The settings the server runs with.
    public let configuration: ServerConfiguration
    private let endpoint: GraphQLEndpoint
    private let readiness: @Sendable () async -> Bool
    private let metrics: ServerMetrics
    private let logger: Logger

    /// A server answering with `service` for the callers `callers` identifies.
    ///
    /// - Parameters:
    ///   - readiness: whether the database answers, for `/health/ready`.
    ///   - database: the store's use (statements, reads in flight), for the metrics.
    public init(
        configuration: ServerConfiguration, service: any GraphQLExecuting, callers: any CallerIdentifying,
        readiness: @escaping @Sendable () async -> Bool, database: (any DatabaseUse)? = nil, logger: Logger
    ) {
        self.configuration = configuration
        let gate = ExecutionGate(capacity: configuration.maxConcurrentExecutions)
        let responseCache =
            configuration.responseCacheBytes > 0 && service.writeGeneration != nil
            ? ResponseCache(capacity: configuration.responseCacheBytes, maxAge: configuration.responseCacheMaxAge) : nil
        var sampleResponseCache: (@Sendable () -> ResponseCache.Statistics)?
        if let responseCache { sampleResponseCache = { responseCache.statistics } }
        let metrics = ServerMetrics(
            executionSlots: gate.capacity, executionsInFlight: { gate.inUse },
            documentCache: { service.documentCacheStatistics }, responseCache: sampleResponseCache, database: database)
        self.metrics = metrics
        self.endpoint = GraphQLEndpoint(
            service: service, callers: callers,
            persistedQueries: PersistedQueryStore(capacity: configuration.persistedQueryCapacity), gate: gate,
            metrics: metrics,
            options: GraphQLEndpoint.Options(
                maxBodyBytes: configuration.maxBodyBytes, maxBatchSize: configuration.maxBatchSize,
                allowsIntrospection: configuration.api.allowsIntrospection,
                persistedQueryMaxAge: configuration.persistedQueryMaxAge),
            responseCache: responseCache)
        self.readiness = readiness
        self.logger = logger
    }

    /// The routes of the main listener.
    public func makeRouter() -> Router<HubRequestContext> {
        let router = Router(context: HubRequestContext.self)
        let hsts = configuration.usesTLS ? "max-age=\(configuration.strictTransportSecurityMaxAge)" : nil
        router.add(middleware: ResponseHeadersMiddleware(strictTransportSecurity: hsts))
        router.add(middleware: HubCORSMiddleware(policy: CORSPolicy(allowedOrigins: configuration.allowedOrigins)))
        let route = GraphQLRoute(endpoint: endpoint)
        for method in [HTTPRequest.Method.get, .post, .put, .delete, .patch, .options] {
            router.on("/graphql", method: method) { request, context in await route.respond(to: request, context: context) }
        }
        router.get("/health") { _, _ in Self.health(status: .ok, "{\"status\":\"pass\"}") }
        router.get("/health/ready") { [readiness] _, _ in
            await readiness()
                ? Self.health(status: .ok, "{\"status\":\"pass\",\"database\":\"reachable\"}")
                : Self.health(status: .serviceUnavailable, "{\"status\":\"fail\",\"database\":\"unreachable\"}")
        }
        return router
    }

    /// The routes of the metrics listener: `GET /metrics` in Prometheus's text format.
    public func makeMetricsRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.get("/metrics") { [metrics] _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
        }
        return router
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections and finishes the
    /// requests in flight before returning.
    ///
    /// - Parameters:
    ///   - tls: the certificate to serve, nil only with plain HTTP configured.
    ///   - onListening: called with the GraphQL URL (the real port when 0 was asked for) and the
    ///     metrics URL, once each listener is up.
    /// - Throws: ``CertificateError`` when the certificate or key cannot be read, or the
    ///   listeners' errors (an address in use).
    public func run(tls files: TLSFiles?, onListening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let tls = try files.map { (files) throws(CertificateError) in
            try ServerTLS.configuration(certificatePath: files.certificatePath, keyPath: files.keyPath)
        }
        let api = try makeApplication(tls: tls, onListening: onListening)
        var services: [any Service] = [api]
        if let metricsPort = configuration.metricsPort {
            let metricsHost = configuration.metricsHost.contains(":") ? "[\(configuration.metricsHost)]" : configuration.metricsHost
            services.append(
                Application(
                    router: makeMetricsRouter(),
                    configuration: ApplicationConfiguration(address: .hostname(configuration.metricsHost, port: metricsPort)),
                    onServerRunning: { channel in
                        onListening("http://\(metricsHost):\(channel.localAddress?.port ?? metricsPort)/metrics")
                    },
                    logger: logger))
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// The main listener on the configured address: over TLS when `tls` is given, HTTP/2 or
    /// HTTP/1.1 as ALPN chooses (a client that names neither gets HTTP/1.1), else plain
    /// HTTP/1.1. A connection (an HTTP/2 stream) that sends nothing for
    /// ``ServerConfiguration/readTimeout`` while a request is read, or between requests, is
    /// closed, so a client that never finishes its body frees its connection; a request that
    /// has not arrived in full after ``ServerConfiguration/requestTimeout`` is answered 408 and
    /// its connection (stream) closed, so one trickled a byte at a time frees it too
    /// (``RequestDeadlineHandler``); a TLS handshake gets the same time to finish
    /// (``HandshakeDeadlineHandler``). `onListening` gets the GraphQL URL once it listens.
    func makeApplication(tls: TLSConfiguration?, onListening: @escaping @Sendable (String) -> Void) throws
        -> Application<RouterResponder<HubRequestContext>>
    {
        let scheme = tls == nil ? "http" : "https"
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let address = ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port),
            availableConnectionsDelegate: .maximum(Self.connectionLimit(configuration.maxConnections), logger: logger))
        let announce: @Sendable (any Channel) async -> Void = { [configuration] channel in
            onListening("\(scheme)://\(host):\(channel.localAddress?.port ?? configuration.port)/graphql")
        }
        let http1 = HTTP1Channel.Configuration(
            additionalChannelHandlers: [
                RequestDeadlineHandler(limit: configuration.requestTimeout, logger: logger, metrics: metrics)
            ],
            idleTimeout: TimeAmount(configuration.readTimeout))
        let server =
            tls.map { tls in
                HTTPServerBuilder { [configuration] responder in
                    HandshakeDeadlineChannel(
                        base: try HTTP2UpgradeChannel(
                            tlsConfiguration: tls,
                            configuration: HTTP2UpgradeChannel.Configuration(
                                idleTimeout: configuration.readTimeout, streamConfiguration: http1),
                            responder: responder),
                        limit: configuration.requestTimeout)
                }
            } ?? HTTPServerBuilder.http1(configuration: http1)
        return Application(
            router: makeRouter(), server: server, configuration: address, onServerRunning: announce, logger: logger)
    }

    /// `configured`, or fewer when the process may not open that many files: 64 descriptors
    /// stay for the database's connections, the metrics listener and the logs.
    static func connectionLimit(_ configured: Int) -> Int {
        var limit = rlimit()
        // No limit (RLIM_INFINITY, all bits set) clamps to Int.max.
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return configured }
        return max(1, min(configured, Int(clamping: limit.rlim_cur) - 64))
    }

    private static func health(status: HTTPResponse.Status, _ json: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }
}
