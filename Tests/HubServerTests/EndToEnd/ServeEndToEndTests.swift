import Foundation
import Testing

// The real `peerhub serve` on a free port with its development certificate, spoken to by real
// clients: curl trusting the generated CA, and openssl attempting TLS 1.1.

/// The built `peerhub` program next to the test bundle, when the build made one.
private let peerhubExecutable: URL? = {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL.deletingLastPathComponent(),
        Bundle.main.bundleURL,
    ].map { $0.appendingPathComponent("peerhub") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// The repository's root (where `schema.graphql` and `seeds/` are).
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private let toolsPresent = ["/usr/bin/curl", "/usr/bin/openssl"].allSatisfy(
    FileManager.default.isExecutableFile(atPath:))

/// A program's output and exit status.
private struct Run {
    var output: String
    var status: Int32
}

/// Runs `tool` with `arguments` to its end.
private func run(_ tool: String, _ arguments: [String], in directory: URL = repositoryRoot) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
}

/// `peerhub serve` running in the background, with what it printed until it listened.
private final class RunningServer: @unchecked Sendable {
    // @unchecked: the fields are written once in `start` before the object is shared.
    let process = Process()
    var graphQLURL = ""
    var metricsURL = ""
    /// Standard output up to the listeners' URLs (certificate, first admin, URLs).
    var printed = ""
    let output = Pipe()

    func start(data: URL, _ arguments: [String] = []) throws {
        process.executableURL = peerhubExecutable
        process.arguments = ["serve", "--port", "0", "--metrics-port", "0", "--data", data.path] + arguments
        process.currentDirectoryURL = repositoryRoot
        process.environment = ["PATH": "/usr/bin:/bin", "PEERHUB_LOG_LEVEL": "warning"]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while (graphQLURL.isEmpty || metricsURL.isEmpty) && Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            for line in text.split(separator: "\n") where line.hasPrefix("Serving ") {
                let url = String(line.dropFirst("Serving ".count))
                if url.hasSuffix("/graphql") { graphQLURL = url } else if url.hasSuffix("/metrics") { metricsURL = url }
            }
        }
        printed = text
    }

    /// Sends SIGTERM and waits for the exit status.
    func stop() -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A JSON POST of `query` to `url` with curl trusting `authority`, the status line and headers
/// included in the output.
private func post(_ query: String, to url: String, authority: String, bearer: String? = nil) throws -> Run {
    let body = #"{"query": ""# + query.replacingOccurrences(of: "\"", with: #"\""#) + #""}"#
    let credentials = bearer.map { ["-H", "Authorization: Bearer \($0)"] } ?? []
    return try run(
        "/usr/bin/curl",
        [
            "--silent", "--show-error", "--http1.1", "--cacert", authority, "--include", "-H",
            "Content-Type: application/json", "-H", "Accept: application/graphql-response+json",
        ] + credentials + ["--data", body, url])
}

/// The string value of `"key":"…"` in a JSON answer (tokens, secrets and IDs hold no quote).
private func jsonString(_ key: String, in answer: String) -> String? {
    guard let start = answer.range(of: #""\#(key)":""#) else { return nil }
    let rest = answer[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}

/// A new data folder with a seeded `hub.sqlite`.
private func seededDataFolder() throws -> URL {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("peerhub-serve-\(UUID().uuidString)")
    // safe in a test: the executable was found, or the suite is disabled.
    let seeded = try run(
        peerhubExecutable!.path, ["seed", "--database", data.appendingPathComponent("hub.sqlite").path])
    try #require(seeded.status == 0, "seeding failed: \(seeded.output)")
    return data
}

@Suite(
    "peerhub serve, end to end",
    .enabled(if: peerhubExecutable != nil && toolsPresent, "needs the built peerhub, curl and openssl"),
    .serialized)
struct ServeEndToEndTests {
    @Test("HTTPS with the development certificate: curl trusts DATA/ca.pem, TLS 1.2 and 1.3 work, TLS 1.1 fails, HTTP/2 by ALPN")
    func servesHTTPS() throws {
        let data = try seededDataFolder()
        defer { try? FileManager.default.removeItem(at: data) }

        let server = RunningServer()
        try server.start(data: data)
        defer { _ = server.stop() }
        try #require(server.graphQLURL.hasPrefix("https://localhost:"), "the server did not say where it listens")
        let authority = data.appendingPathComponent("ca.pem").path
        #expect(FileManager.default.fileExists(atPath: authority))

        // A query of the hub's own schema, answered from the seeded database.
        let query = try post(#"{ program(key: "lk-mcp") { acronym } }"#, to: server.graphQLURL, authority: authority)
        #expect(query.status == 0, "curl failed: \(query.output)")
        #expect(query.output.hasPrefix("HTTP/1.1 200"))
        #expect(query.output.lowercased().contains("strict-transport-security: max-age=31536000"))
        #expect(query.output.hasSuffix(#"{"data":{"program":{"acronym":"MCP"}}}"#))

        // HTTP/2 by ALPN; HTTP/1.1 for a client that asks for it (the other requests here).
        let http2 = try run(
            "/usr/bin/curl",
            ["--silent", "--http2", "--cacert", authority, "-o", "/dev/null", "-w", "%{http_version} %{http_code}",
             "-H", "Content-Type: application/json", "--data", #"{"query": "{ __typename }"}"#, server.graphQLURL])
        #expect(http2.output == "2 200", "HTTP/2 was not negotiated: \(http2.output)")

        for versions in [["--tlsv1.2", "--tls-max", "1.2"], ["--tlsv1.3"]] {
            let answer = try run(
                "/usr/bin/curl",
                ["--silent", "--cacert", authority, "-o", "/dev/null", "-w", "%{http_code}"] + versions
                    + [server.graphQLURL.replacingOccurrences(of: "/graphql", with: "/health/ready")])
            #expect(answer.output == "200", "TLS \(versions) did not work: \(answer.output)")
        }

        // TLS 1.1, with the client's own floor lowered so that only the server can refuse it.
        let port = server.graphQLURL.split(separator: ":").last?.split(separator: "/").first.map(String.init) ?? ""
        let old = try run(
            "/usr/bin/openssl",
            ["s_client", "-connect", "127.0.0.1:\(port)", "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"])
        #expect(old.status != 0)
        // The server's alert, not the client's refusal: the ClientHello offered TLS 1.1.
        #expect(old.output.contains("alert protocol version"))

        let untrusted = try run("/usr/bin/curl", ["--silent", "-o", "/dev/null", server.graphQLURL])
        #expect(untrusted.status == 60, "curl should refuse the certificate without --cacert")

        let metrics = try run("/usr/bin/curl", ["--silent", server.metricsURL])
        #expect(metrics.output.contains(#"peerhub_http_requests_total{status="200"}"#))

        #expect(server.stop() == 0)
    }
    @Test("the first start makes and prints the first admin, a later one does not; serve's limits reach the hub's API")
    func firstAdminAndOptions() throws {
        let data = try seededDataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let authority = data.appendingPathComponent("ca.pem").path

        let first = RunningServer()
        try first.start(data: data)
        defer { _ = first.stop() }
        let adminLines = first.printed.split(separator: "\n").filter {
            $0.hasPrefix("First admin: admin@localhost, password ")
        }
        #expect(adminLines.count == 1, "no first-admin line in: \(first.printed)")
        #expect(first.stop() == 0)
        // safe in a test: the executable was found, or the suite is disabled.
        let accounts = try run(
            peerhubExecutable!.path, ["user", "list", "--database", data.appendingPathComponent("hub.sqlite").path])
        #expect(accounts.output.contains("admin@localhost"))

        let second = RunningServer()
        try second.start(data: data, ["--no-introspection", "--max-depth", "3"])
        defer { _ = second.stop() }
        try #require(!second.graphQLURL.isEmpty, "the server did not say where it listens")
        #expect(!second.printed.contains("First admin"))
        let introspection = try post("{ __schema { queryType { name } } }", to: second.graphQLURL, authority: authority)
        #expect(introspection.output.hasPrefix("HTTP/1.1 422"))
        #expect(introspection.output.contains("GraphQL introspection has been disabled"))
        let deep = try post(
            #"{ program(key: "lk-mcp") { countries { country { code } } } }"#, to: second.graphQLURL,
            authority: authority)
        #expect(deep.output.hasPrefix("HTTP/1.1 422"))
        #expect(deep.output.contains(#""code":"DEPTH_LIMIT_EXCEEDED""#))
        #expect(second.stop() == 0)
    }

    @Test("the first admin signs in through the API, changes the password, makes a read-only API key and signs out")
    func accountsThroughTheAPI() throws {
        let data = try seededDataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let authority = data.appendingPathComponent("ca.pem").path
        let server = RunningServer()
        try server.start(data: data)
        defer { _ = server.stop() }
        try #require(!server.graphQLURL.isEmpty, "the server did not say where it listens")
        let line = server.printed.split(separator: "\n").first { $0.hasPrefix("First admin: ") } ?? ""
        let password = try #require(line.split(separator: " ").dropFirst(4).first.map(String.init))
        let url = server.graphQLURL

        let wrong = try post(
            #"mutation { signIn(input: {email: "admin@localhost", password: "not-it"}) { token userErrors { code } } }"#,
            to: url, authority: authority)
        #expect(wrong.output.contains(#""signIn":{"token":null,"userErrors":[{"code":"#))

        let signIn = try post(
            #"mutation { signIn(input: {email: "admin@localhost", password: "\#(password)"}) { token account { role } } }"#,
            to: url, authority: authority)
        let session = try #require(jsonString("token", in: signIn.output), "no token in: \(signIn.output)")
        #expect(session.hasPrefix("phs_"))
        #expect(signIn.output.contains(#""account":{"role":"ADMIN"}"#))

        let viewer = try post("{ viewer { account { email } } }", to: url, authority: authority, bearer: session)
        #expect(viewer.output.hasSuffix(#"{"data":{"viewer":{"account":{"email":"admin@localhost"}}}}"#))

        let change = try post(
            #"mutation { changePassword(input: {currentPassword: "\#(password)", newPassword: "a long new passphrase 42"}) { userErrors { code } } }"#,
            to: url, authority: authority, bearer: session)
        #expect(change.output.hasSuffix(#"{"data":{"changePassword":{"userErrors":[]}}}"#))

        let created = try post(
            #"mutation { createAPIKey(input: {name: "dashboard"}) { secret apiKey { id scopes } } }"#,
            to: url, authority: authority, bearer: session)
        let secret = try #require(jsonString("secret", in: created.output), "no secret in: \(created.output)")
        #expect(secret.hasPrefix("phk_"))
        #expect(created.output.contains(#""scopes":["READ"]"#))

        let keyRead = try post("{ viewer { account { email } } }", to: url, authority: authority, bearer: secret)
        #expect(keyRead.output.contains(#""email":"admin@localhost""#))
        let keyWrite = try post("mutation { signOut { signedOut } }", to: url, authority: authority, bearer: secret)
        #expect(keyWrite.output.contains(#""code":"FORBIDDEN""#))

        let signOut = try post("mutation { signOut { signedOut } }", to: url, authority: authority, bearer: session)
        #expect(signOut.output.hasSuffix(#"{"data":{"signOut":{"signedOut":true}}}"#))
        let after = try post("{ viewer { account { email } } }", to: url, authority: authority, bearer: session)
        #expect(after.output.hasPrefix("HTTP/1.1 401"))

        let newPassword = try post(
            #"mutation { signIn(input: {email: "admin@localhost", password: "a long new passphrase 42"}) { token } }"#,
            to: url, authority: authority)
        #expect(jsonString("token", in: newPassword.output)?.hasPrefix("phs_") == true)
        #expect(server.stop() == 0)
    }

    @Test("SIGTERM lets a request in flight finish: its body, still arriving, is read and answered before the exit")
    func gracefulShutdownFinishesRequestsInFlight() throws {
        let data = try seededDataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let server = RunningServer()
        try server.start(data: data)
        defer { _ = server.stop() }
        try #require(!server.graphQLURL.isEmpty, "the server did not say where it listens")

        // curl uploads its standard input as a chunked body as it arrives: the request starts now and ends
        // only when the test writes the rest, after the server was told to stop.
        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        client.arguments = [
            "--silent", "--show-error", "--http1.1", "--include", "--cacert", data.appendingPathComponent("ca.pem").path,
            "-H", "Content-Type: application/json", "--upload-file", "-", "--request", "POST",
            server.graphQLURL,
        ]
        let body = Pipe()
        let answer = Pipe()
        client.standardInput = body
        client.standardOutput = answer
        client.standardError = answer
        try client.run()
        body.fileHandleForWriting.write(Data(#"{"query": "{ program(key: \"lk-mcp\") "#.utf8))
        Thread.sleep(forTimeInterval: 1)
        server.process.terminate()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(server.process.isRunning, "the server exited with a request in flight")
        body.fileHandleForWriting.write(Data(#"{ acronym } }"}"#.utf8))
        try body.fileHandleForWriting.close()
        let output = String(decoding: answer.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        client.waitUntilExit()
        #expect(output.hasPrefix("HTTP/1.1 200"), "the request in flight was not answered: \(output)")
        #expect(output.hasSuffix(#"{"data":{"program":{"acronym":"MCP"}}}"#))
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
    }
}
