import Testing

@testable import HubServer

/// `ServerConfiguration`: defaults, flags over environment, and the errors for bad settings.
struct ServerConfigurationTests {
    @Test("the defaults: localhost:8443 over HTTPS, ./data, 100 KB bodies, no CORS origin, batching off")
    func defaults() throws {
        let configuration = try ServerConfiguration(settings: [:], environment: [:])
        #expect(configuration.host == "localhost")
        #expect(configuration.port == 8443)
        #expect(configuration.databaseFile == "data/hub.sqlite")
        #expect(configuration.usesTLS)
        #expect(configuration.maxBodyBytes == 102_400)
        #expect(configuration.allowedOrigins.isEmpty)
        #expect(configuration.maxBatchSize == 0)
        #expect(configuration.metricsPort == 9464)
        #expect(configuration.api.allowsIntrospection)
    }

    @Test("every setting is read from its environment variable; the command line wins")
    func environmentAndFlags() throws {
        let environment = [
            "PEERHUB_HOST": "0.0.0.0", "PEERHUB_PORT": "9000", "PEERHUB_DATA": "/srv/hub", "PEERHUB_PLAIN_HTTP": "true",
            "PEERHUB_CORS_ORIGIN": "https://a.example, https://b.example", "PEERHUB_MAX_DEPTH": "12",
            "PEERHUB_MAX_TOKENS": "5000", "PEERHUB_MAX_ALIASES": "7", "PEERHUB_MAX_DIRECTIVES": "8",
            "PEERHUB_COST_BUDGET": "900", "PEERHUB_EXECUTION_TIMEOUT": "2.5", "PEERHUB_MAX_BODY_BYTES": "2048",
            "PEERHUB_MAX_CONCURRENT_EXECUTIONS": "3", "PEERHUB_MAX_BATCH_SIZE": "5", "PEERHUB_NO_INTROSPECTION": "1",
            "PEERHUB_METRICS_PORT": "off",
        ]
        let configuration = try ServerConfiguration(settings: ["port": "9100"], environment: environment)
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9100)
        #expect(configuration.databaseFile == "/srv/hub/hub.sqlite")
        #expect(configuration.plainHTTP)
        #expect(configuration.allowedOrigins == ["https://a.example", "https://b.example"])
        #expect(configuration.api.documentLimits == .init(maxTokens: 5000, maxDepth: 12, maxAliases: 7, maxDirectives: 8))
        #expect(configuration.api.costBudget == 900)
        #expect(configuration.api.executionTimeout == .milliseconds(2500))
        #expect(configuration.maxBodyBytes == 2048)
        #expect(configuration.maxConcurrentExecutions == 3)
        #expect(configuration.maxBatchSize == 5)
        #expect(!configuration.api.allowsIntrospection)
        #expect(configuration.metricsPort == nil)
    }

    @Test(
        "a bad setting names its flag, its variable and what it expects",
        arguments: [
            (["port": "http"], "--port (PEERHUB_PORT): \"http\" is not valid; expected a whole number."),
            (["port": "70000"], "--port (PEERHUB_PORT): \"70000\" is not valid; expected a whole number from 0 to 65535."),
            (["max-depth": "0"], "--max-depth (PEERHUB_MAX_DEPTH): \"0\" is not valid; expected a whole number from 1 to 200."),
            (["plain-http": "maybe"], "--plain-http (PEERHUB_PLAIN_HTTP): \"maybe\" is not valid; expected true or false."),
            (
                ["execution-timeout": "-1"],
                "--execution-timeout (PEERHUB_EXECUTION_TIMEOUT): \"-1\" is not valid; expected seconds, more than 0 and at most 3600."
            ),
            (
                ["tls-cert": "c.pem"],
                "--tls-key (PEERHUB_TLS_KEY) is required: a certificate was given with --tls-cert."
            ),
            (
                ["plain-http": "true", "tls-cert": "c.pem", "tls-key": "k.pem"],
                "--plain-http (PEERHUB_PLAIN_HTTP) and --tls-cert (PEERHUB_TLS_CERT) cannot be used together: plain HTTP serves no certificate; drop one of them."
            ),
            (
                ["cors-origin": "*"],
                "--cors-origin (PEERHUB_CORS_ORIGIN): \"*\" is not valid; expected an origin such as https://example.org (scheme, host, optional port)."
            ),
        ])
    func badSettings(settings: [String: String], message: String) {
        #expect {
            _ = try ServerConfiguration(settings: settings, environment: [:])
        } throws: { error in
            (error as? ConfigurationError)?.description == message
        }
    }
}
