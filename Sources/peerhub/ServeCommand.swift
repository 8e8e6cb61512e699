import ArgumentParser
import Foundation
import GraphQLEngine
import HubAPI
import HubServer
import HubStore
import Logging

/// `peerhub serve`: the hub over HTTPS until SIGTERM or SIGINT. Every option can also be set by
/// an environment variable named after it (`--max-depth` is `PEERHUB_MAX_DEPTH`); the command
/// line wins.
struct ServeCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the hub's GraphQL API over HTTPS.",
        discussion: """
            Serves https://HOST:PORT/graphql (GraphQL over HTTP), /health and /health/ready, and \
            Prometheus metrics at http://METRICS-HOST:METRICS-PORT/metrics. Without --tls-cert, a \
            development certificate authority and server certificate are made on the first run in \
            the data folder (clients trust DATA/ca.pem: curl --cacert data/ca.pem). Each option \
            may be given as an environment variable instead: --max-depth as PEERHUB_MAX_DEPTH, and \
            so on; --cors-origin as PEERHUB_CORS_ORIGIN, comma-separated. PEERHUB_LOG_LEVEL sets \
            the log level (info).
            """
    )

    @Option(name: .long, help: ArgumentHelp("The host name or address to listen on (localhost).", valueName: "host"))
    var host: String?
    @Option(name: .long, help: ArgumentHelp("The port to listen on (8443; 0 for any free port).", valueName: "n"))
    var port: String?
    @Option(name: .long, help: ArgumentHelp("The data folder (./data).", valueName: "dir"))
    var data: String?
    @Option(name: .long, help: ArgumentHelp("The database file (DIR/hub.sqlite).", valueName: "file"))
    var database: String?
    @Option(name: .customLong("tls-cert"), help: ArgumentHelp("A PEM certificate chain to serve.", valueName: "file"))
    var tlsCertificate: String?
    @Option(name: .customLong("tls-key"), help: ArgumentHelp("The certificate's PEM private key.", valueName: "file"))
    var tlsKey: String?
    @Flag(name: .customLong("plain-http"), help: "Serve plain HTTP, behind a proxy that terminates TLS.")
    var plainHTTP = false
    @Option(name: .customLong("cors-origin"), help: ArgumentHelp("A web origin allowed to call the API (repeatable).", valueName: "origin"))
    var corsOrigins: [String] = []
    @Option(name: .customLong("max-body-bytes"), help: ArgumentHelp("The largest request body (102400).", valueName: "n"))
    var maxBodyBytes: String?
    @Option(name: .customLong("max-tokens"), help: ArgumentHelp("The most tokens in a document (15000).", valueName: "n"))
    var maxTokens: String?
    @Option(name: .customLong("max-depth"), help: ArgumentHelp("The deepest selection nesting (25).", valueName: "n"))
    var maxDepth: String?
    @Option(name: .customLong("max-aliases"), help: ArgumentHelp("The most aliases in a document (100).", valueName: "n"))
    var maxAliases: String?
    @Option(name: .customLong("max-directives"), help: ArgumentHelp("The most directives in a document (100).", valueName: "n"))
    var maxDirectives: String?
    @Option(name: .customLong("cost-budget"), help: ArgumentHelp("The highest cost of an operation (25000).", valueName: "n"))
    var costBudget: String?
    @Option(name: .customLong("execution-timeout"), help: ArgumentHelp("Seconds an execution may run (10).", valueName: "s"))
    var executionTimeout: String?
    @Option(
        name: .customLong("max-concurrent-executions"),
        help: ArgumentHelp("Executions running at once before 503 (64).", valueName: "n"))
    var maxConcurrentExecutions: String?
    @Option(name: .customLong("max-batch-size"), help: ArgumentHelp("Requests in one batch; 0 refuses batches (0).", valueName: "n"))
    var maxBatchSize: String?
    @Option(
        name: .customLong("read-timeout"),
        help: ArgumentHelp("Seconds a connection may send nothing mid-request or between requests (30).", valueName: "s"))
    var readTimeout: String?
    @Option(
        name: .customLong("request-timeout"),
        help: ArgumentHelp("Seconds a request's head and body may take to arrive in full (60).", valueName: "s"))
    var requestTimeout: String?
    @Option(
        name: .customLong("max-connections"),
        help: ArgumentHelp("Connections open at once; more wait to be accepted (4096).", valueName: "n"))
    var maxConnections: String?
    @Flag(name: .customLong("no-introspection"), help: "Refuse __schema and __type; no suggestions for anonymous callers.")
    var noIntrospection = false
    @Option(
        name: .customLong("response-cache-mb"),
        help: ArgumentHelp("Memory for cached answers to anonymous queries, in MiB; 0 for none (32).", valueName: "n"))
    var responseCacheMegabytes: String?
    @Option(
        name: .customLong("response-cache-max-age"),
        help: ArgumentHelp("Seconds a cached answer is served at most (30).", valueName: "s"))
    var responseCacheMaxAge: String?
    @Option(
        name: .customLong("database-mmap-mb"),
        help: ArgumentHelp("MiB of the database file each connection maps into memory; 0 for none (0).", valueName: "n"))
    var databaseMemoryMapMegabytes: String?
    @Option(name: .customLong("metrics-host"), help: ArgumentHelp("The metrics listener's address (127.0.0.1).", valueName: "host"))
    var metricsHost: String?
    @Option(name: .customLong("metrics-port"), help: ArgumentHelp("The metrics port (9464; off for none).", valueName: "n"))
    var metricsPort: String?

    /// The command-line values by setting name, for `ServerConfiguration(settings:environment:)`.
    var settings: [String: String] {
        var settings: [String: String] = [:]
        let values: [(ServerSetting, String?)] = [
            (.host, host), (.port, port), (.data, data), (.database, database), (.tlsCertificate, tlsCertificate),
            (.tlsKey, tlsKey), (.plainHTTP, plainHTTP ? "true" : nil),
            (.corsOrigin, corsOrigins.isEmpty ? nil : corsOrigins.joined(separator: ",")),
            (.maxBodyBytes, maxBodyBytes), (.maxTokens, maxTokens), (.maxDepth, maxDepth), (.maxAliases, maxAliases),
            (.maxDirectives, maxDirectives), (.costBudget, costBudget), (.executionTimeout, executionTimeout),
            (.maxConcurrentExecutions, maxConcurrentExecutions), (.maxBatchSize, maxBatchSize), (.readTimeout, readTimeout),
            (.requestTimeout, requestTimeout), (.maxConnections, maxConnections),
            (.noIntrospection, noIntrospection ? "true" : nil), (.responseCacheMegabytes, responseCacheMegabytes),
            (.responseCacheMaxAge, responseCacheMaxAge), (.databaseMemoryMapMegabytes, databaseMemoryMapMegabytes),
            (.metricsHost, metricsHost), (.metricsPort, metricsPort),
        ]
        for case (let setting, let value?) in values { settings[setting.name] = value }
        return settings
    }

    func execute(in context: ToolContext) -> CommandOutput {
        var configuration: ServerConfiguration
        do {
            configuration = try ServerConfiguration(settings: settings, environment: context.environment)
        } catch {
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
        }
        configuration.dataDirectory = Self.absolute(configuration.dataDirectory, in: context)
        configuration.databasePath = configuration.databasePath.map { Self.absolute($0, in: context) }
        let databaseFile = configuration.databaseFile
        guard FileManager.default.fileExists(atPath: databaseFile) else {
            return .failure(
                "peerhub: no database at \(databaseFile); create it with `peerhub seed --database \(databaseFile)`\n",
                exitCode: ExitStatus.usage)
        }
        let logger = Self.logger(context)
        do {
            var databaseOptions = HubDatabase.Options()
            databaseOptions.memoryMapSize = configuration.databaseMemoryMapBytes
            databaseOptions.watchesOtherCommits = configuration.responseCacheBytes > 0
            let database = try HubDatabase(path: databaseFile, options: databaseOptions)
            let (service, accounts) = try ServedAPI.make(database: database, options: configuration.api, context: context)
            let tls = try tlsFiles(configuration, logger: logger, context: context)
            // The first admin is made once, when there is no account; its password is shown
            // here only, never logged, and kept only as a hash.
            try runBlocking {
                if let admin = try await accounts.createFirstAdminIfNeeded() {
                    Self.say("First admin: \(admin.account.email), password \(admin.password) (shown once; only its hash is kept)")
                }
            }
            let server = PeerHubServer(
                configuration: configuration, service: service, callers: accounts,
                readiness: { (try? database.appliedMigrations()) != nil },
                database: database, logger: logger)
            try runBlocking {
                try await server.run(tls: tls) { url in Self.say("Serving \(url)") }
            }
            return .success("peerhub: stopped\n")
        } catch {
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
        }
    }

    /// The TLS configuration to serve with: none for plain HTTP (said in the log), the given
    /// certificate, or the development certificate (made on the first run, its paths printed).
    private func tlsFiles(_ configuration: ServerConfiguration, logger: Logger, context: ToolContext) throws
        -> TLSFiles?
    {
        if configuration.plainHTTP {
            logger.warning(
                "Serving plain HTTP without TLS (--plain-http): run it only behind a proxy that terminates TLS")
            return nil
        }
        if let certificate = configuration.tlsCertificatePath, let key = configuration.tlsKeyPath {
            return TLSFiles(
                certificatePath: Self.absolute(certificate, in: context), keyPath: Self.absolute(key, in: context))
        }
        let development = try DevelopmentCertificate.ensure(in: configuration.dataDirectory, hostName: configuration.host)
        Self.say(
            """
            \(development.isNew ? "Made" : "Using") the development certificate \(development.certificatePath)
              SHA-256 fingerprint \(development.fingerprint)
              clients trust its authority: curl --cacert \(development.authorityPath) …
            """)
        return TLSFiles(certificatePath: development.certificatePath, keyPath: development.keyPath)
    }

    private static func absolute(_ path: String, in context: ToolContext) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: context.currentDirectory).appendingPathComponent(path).path
    }

    private static func logger(_ context: ToolContext) -> Logger {
        var logger = Logger(label: "peerhub") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = context.environment["PEERHUB_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }

    /// Writes a line to standard output at once (the command's final output comes later).
    private static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
