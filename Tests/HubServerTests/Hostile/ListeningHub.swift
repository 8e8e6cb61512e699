import Hummingbird
import NIOSSL
import Synchronization

@testable import HubServer

extension HostileHub {
    /// Runs `body` with the port of a main listener of `configuration` (on a free loopback
    /// port, as ``HostileHub/configuration(_:)`` makes it; over `tls` when given, else plain
    /// HTTP) over this hub's database and accounts, stopping the listener afterwards: for the
    /// suites that talk to the server byte by byte on a real socket.
    func withListener(
        _ configuration: ServerConfiguration, tls: TLSConfiguration? = nil, logs: LogRecorder? = nil,
        _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        let announced = Mutex<Int?>(nil)
        let application = try server(configuration, logger: logs?.logger()).makeApplication(tls: tls) { url in
            let port = url.split(separator: ":").last?.split(separator: "/").first.flatMap { Int($0) }
            announced.withLock { $0 = port ?? 0 }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService(gracefulShutdownSignals: []) }
            defer { group.cancelAll() }
            var port: Int?
            while port == nil {
                try await Task.sleep(for: .milliseconds(10))
                port = announced.withLock { $0 }
            }
            try await body(port ?? 0)
        }
    }
}
