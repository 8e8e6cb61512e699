import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A bare TCP connection to the loopback address, for what an HTTP client library will not
/// send: a body that never ends, a chunked body without `Content-Length`, bytes that are not
/// UTF-8. Its calls block, so the tests make them through ``RawConnection/offThePool(_:)``.
final class RawConnection: @unchecked Sendable {
    // @unchecked: one test uses a connection at a time; the descriptor is only read after init.
    private let descriptor: Int32

    /// A failed socket call, with its `errno`.
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    /// What the server sent until it closed the connection or the time ran out.
    struct Received {
        var bytes: [UInt8]
        /// Whether the server closed the connection (end of stream or reset).
        var closed: Bool

        var text: String { String(decoding: bytes, as: UTF8.self) }
        /// The status code of the first response, 0 when none arrived.
        var status: Int {
            let line = text.prefix { $0 != "\r" }
            return line.hasPrefix("HTTP/1.1 ") ? Int(line.dropFirst(9).prefix(3)) ?? 0 : 0
        }
    }

    /// Connects to `127.0.0.1:port`.
    init(port: Int) throws {
        #if canImport(Glibc)
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #if canImport(Darwin)
            var on: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(call: "connect", code: code)
        }
    }

    deinit { close(descriptor) }

    /// Sends all of `bytes`; a connection the server closed fails with EPIPE (never SIGPIPE,
    /// which would end the test process).
    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Self.send(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(call: "write", code: errno) }
            sent += count
        }
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    private static func send(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
        #else
            write(descriptor, bytes, count)
        #endif
    }

    /// Reads until the server closes the connection, or `seconds` pass.
    func receive(for seconds: Double) -> Received {
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let deadline = Date().addingTimeInterval(seconds)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                received += buffer[..<count]
            } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                return Received(bytes: received, closed: true)
            }
        }
        return Received(bytes: received, closed: false)
    }

    /// Runs the blocking `body` on a thread of its own, so that waiting on a socket never holds
    /// a thread of the cooperative pool the server's handlers need.
    static func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}

/// HTTP/1.1 request text for the raw connections.
enum RawRequest {
    /// A POST request head for `/graphql` with `fields` (`Host` and `Accept` included).
    static func head(_ fields: [String]) -> String {
        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/graphql-response+json\r\n"
            + fields.map { $0 + "\r\n" }.joined() + "\r\n"
    }

    /// A complete JSON POST of `body`, closing the connection after the answer.
    static func post(_ body: [UInt8]) -> [UInt8] {
        Array(head(["Content-Type: application/json", "Content-Length: \(body.count)", "Connection: close"]).utf8) + body
    }

    /// One chunk of a chunked body (RFC 9112 §7.1).
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        Array((String(bytes.count, radix: 16) + "\r\n").utf8) + bytes + Array("\r\n".utf8)
    }
}
