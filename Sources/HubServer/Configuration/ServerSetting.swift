/// One setting of `peerhub serve`: its command-line flag and its environment variable, named
/// alike (`--max-depth`, `PEERHUB_MAX_DEPTH`). A value on the command line wins over the
/// environment; without either the default applies.
public struct ServerSetting: Sendable, Hashable {
    /// The flag's name without its dashes (`max-depth`).
    public let name: String

    /// `--name`.
    public var flag: String { "--" + name }

    /// `PEERHUB_NAME` with dashes as underscores.
    public var environmentVariable: String {
        "PEERHUB_" + String(name.uppercased().map { $0 == "-" ? "_" : $0 })
    }

    /// `--name (PEERHUB_NAME)`, as messages name a setting.
    public var label: String { "\(flag) (\(environmentVariable))" }

    private init(_ name: String) { self.name = name }

    public static let host = ServerSetting("host")
    public static let port = ServerSetting("port")
    public static let data = ServerSetting("data")
    public static let database = ServerSetting("database")
    public static let tlsCertificate = ServerSetting("tls-cert")
    public static let tlsKey = ServerSetting("tls-key")
    public static let plainHTTP = ServerSetting("plain-http")
    /// Comma-separated in the environment; the flag may be repeated.
    public static let corsOrigin = ServerSetting("cors-origin")
    public static let maxBodyBytes = ServerSetting("max-body-bytes")
    public static let maxTokens = ServerSetting("max-tokens")
    public static let maxDepth = ServerSetting("max-depth")
    public static let maxAliases = ServerSetting("max-aliases")
    public static let maxDirectives = ServerSetting("max-directives")
    public static let costBudget = ServerSetting("cost-budget")
    public static let executionTimeout = ServerSetting("execution-timeout")
    public static let maxConcurrentExecutions = ServerSetting("max-concurrent-executions")
    public static let maxBatchSize = ServerSetting("max-batch-size")
    public static let readTimeout = ServerSetting("read-timeout")
    public static let requestTimeout = ServerSetting("request-timeout")
    public static let maxConnections = ServerSetting("max-connections")
    public static let noIntrospection = ServerSetting("no-introspection")
    /// Megabytes (MiB); 0 turns the response cache off.
    public static let responseCacheMegabytes = ServerSetting("response-cache-mb")
    /// Seconds.
    public static let responseCacheMaxAge = ServerSetting("response-cache-max-age")
    /// Megabytes (MiB) of the database file mapped into memory; 0 for none.
    public static let databaseMemoryMapMegabytes = ServerSetting("database-mmap-mb")
    public static let metricsHost = ServerSetting("metrics-host")
    /// A port, or `off`.
    public static let metricsPort = ServerSetting("metrics-port")

    /// Every setting, in the order `--help` lists them.
    public static let all: [ServerSetting] = [
        host, port, data, database, tlsCertificate, tlsKey, plainHTTP, corsOrigin, maxBodyBytes, maxTokens,
        maxDepth, maxAliases, maxDirectives, costBudget, executionTimeout, maxConcurrentExecutions,
        maxBatchSize, readTimeout, requestTimeout, maxConnections, noIntrospection, responseCacheMegabytes,
        responseCacheMaxAge, databaseMemoryMapMegabytes, metricsHost, metricsPort,
    ]
}

/// A setting that cannot be used, naming the flag, the environment variable and the fix.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A value that does not fit the setting.
    case invalidValue(ServerSetting, String, expected: String)
    /// A setting required by another one.
    case missing(ServerSetting, because: String)
    /// Two settings that exclude each other.
    case conflict(ServerSetting, ServerSetting, String)

    /// The message for a person.
    public var description: String {
        switch self {
        case .invalidValue(let setting, let value, let expected):
            "\(setting.label): \"\(value)\" is not valid; expected \(expected)."
        case .missing(let setting, let reason):
            "\(setting.label) is required: \(reason)."
        case .conflict(let first, let second, let reason):
            "\(first.label) and \(second.label) cannot be used together: \(reason)."
        }
    }
}
