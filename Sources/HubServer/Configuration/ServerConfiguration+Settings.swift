import Foundation

extension ServerConfiguration {
    /// The configuration given by command-line values (`settings`, by ``ServerSetting/name``;
    /// a flag without a value such as `--plain-http` as `"true"`) over environment variables
    /// (`PEERHUB_…`) over the defaults, validated.
    ///
    /// ```swift
    /// let configuration = try ServerConfiguration(
    ///     settings: ["port": "9443"], environment: ProcessInfo.processInfo.environment)
    /// ```
    ///
    /// - Throws: ``ConfigurationError`` naming the setting, its flag and variable, and what it expects.
    public init(settings: [String: String], environment: [String: String]) throws(ConfigurationError) {
        self.init()
        let values = SettingValues(settings: settings, environment: environment)
        if let host = values[.host] { self.host = host }
        if let port = try values.integer(.port) { self.port = port }
        if let data = values[.data] { dataDirectory = data }
        databasePath = values[.database]
        tlsCertificatePath = values[.tlsCertificate]
        tlsKeyPath = values[.tlsKey]
        plainHTTP = try values.boolean(.plainHTTP) ?? false
        if let origins = values[.corsOrigin] {
            allowedOrigins = origins.split(separator: ",").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        }
        if let bytes = try values.integer(.maxBodyBytes) { maxBodyBytes = bytes }
        if let tokens = try values.integer(.maxTokens) { api.documentLimits.maxTokens = tokens }
        if let depth = try values.integer(.maxDepth) { api.documentLimits.maxDepth = depth }
        if let aliases = try values.integer(.maxAliases) { api.documentLimits.maxAliases = aliases }
        if let directives = try values.integer(.maxDirectives) { api.documentLimits.maxDirectives = directives }
        if let budget = try values.integer(.costBudget) { api.costBudget = budget }
        if let timeout = try values.seconds(.executionTimeout) { api.executionTimeout = timeout }
        if let timeout = try values.seconds(.readTimeout) { readTimeout = timeout }
        if let timeout = try values.seconds(.requestTimeout) { requestTimeout = timeout }
        if let connections = try values.integer(.maxConnections) { maxConnections = connections }
        if let executions = try values.integer(.maxConcurrentExecutions) { maxConcurrentExecutions = executions }
        if let batch = try values.integer(.maxBatchSize) { maxBatchSize = batch }
        api.allowsIntrospection = !(try values.boolean(.noIntrospection) ?? false)
        if let megabytes = try values.megabytes(.responseCacheMegabytes) { responseCacheBytes = megabytes }
        if let age = try values.seconds(.responseCacheMaxAge) { responseCacheMaxAge = age }
        if let megabytes = try values.megabytes(.databaseMemoryMapMegabytes) { databaseMemoryMapBytes = megabytes }
        if let metricsHost = values[.metricsHost] { self.metricsHost = metricsHost }
        if let metricsPort = values[.metricsPort] {
            if metricsPort.lowercased() == "off" {
                self.metricsPort = nil
            } else {
                self.metricsPort = try values.integer(.metricsPort)
            }
        }
        try validate()
    }
}

/// The raw value of each setting: the command line's, else the environment's.
private struct SettingValues {
    let settings: [String: String]
    let environment: [String: String]

    subscript(setting: ServerSetting) -> String? {
        settings[setting.name] ?? environment[setting.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    func integer(_ setting: ServerSetting) throws(ConfigurationError) -> Int? {
        guard let text = self[setting] else { return nil }
        guard let value = Int(text.trimmingSpaces) else {
            throw .invalidValue(setting, text, expected: "a whole number")
        }
        return value
    }

    /// A size given in MiB, from 0 to 1 TiB, in bytes.
    func megabytes(_ setting: ServerSetting) throws(ConfigurationError) -> Int? {
        guard let value = try integer(setting) else { return nil }
        guard (0...(1 << 20)).contains(value) else {
            throw .invalidValue(setting, String(value), expected: "megabytes, from 0 to 1048576")
        }
        return value << 20
    }

    /// A duration given in seconds (fractions allowed), more than 0 and at most an hour.
    func seconds(_ setting: ServerSetting) throws(ConfigurationError) -> Duration? {
        guard let text = self[setting] else { return nil }
        guard let value = Double(text.trimmingSpaces), value > 0, value <= 3600 else {
            throw .invalidValue(setting, text, expected: "seconds, more than 0 and at most 3600")
        }
        return .milliseconds(Int64(value * 1000))
    }

    func boolean(_ setting: ServerSetting) throws(ConfigurationError) -> Bool? {
        guard let text = self[setting] else { return nil }
        switch text.trimmingSpaces.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw .invalidValue(setting, text, expected: "true or false")
        }
    }
}
