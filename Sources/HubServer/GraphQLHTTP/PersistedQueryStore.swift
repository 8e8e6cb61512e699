import Crypto
import GraphQLOverHTTP
import Synchronization

/// Automatic persisted queries (Apollo's protocol, `extensions.persistedQuery` version 1): a
/// client sends a query's SHA-256 instead of its text; when the server does not know it, the
/// client sends both once, the server checks that they match and keeps the text.
///
/// The store is bounded: past `capacity` documents, the one registered longest ago goes first.
/// Only documents that parsed and validated are kept.
final class PersistedQueryStore: Sendable {
    private struct State {
        var texts: [String: String] = [:]
        var order: [String] = []
        var head = 0
    }

    private let capacity: Int
    private let state = Mutex(State())

    /// A store keeping up to `capacity` documents.
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The query text a request stands for.
    ///
    /// - Returns: the text, and whether it was sent with a hash to remember once it is valid.
    /// - Throws: ``RequestProblem/persistedQueryNotFound`` for an unknown hash without text,
    ///   ``RequestProblem/persistedQueryHashMismatch`` when the text's hash is another, and
    ///   ``RequestProblem/malformedRequest(_:)`` when there is neither text nor hash.
    func resolve(query: String?, reference: PersistedQueryReference?) throws(RequestProblem) -> (
        query: String, register: PersistedQueryReference?
    ) {
        switch (query, reference) {
        case (let query?, nil):
            return (query, nil)
        case (nil, nil):
            throw .malformedRequest("the \"query\" parameter (a string) is required")
        case (nil, let reference?):
            guard let text = state.withLock({ $0.texts[reference.sha256Hash] }) else { throw .persistedQueryNotFound }
            return (text, nil)
        case (let query?, let reference?):
            guard Self.sha256Hex(query) == reference.sha256Hash else { throw .persistedQueryHashMismatch }
            return (query, reference)
        }
    }

    /// Remembers `query` under its hash.
    func register(_ query: String, as reference: PersistedQueryReference) {
        state.withLock { state in
            guard state.texts.updateValue(query, forKey: reference.sha256Hash) == nil else { return }
            if state.order.count < capacity {
                state.order.append(reference.sha256Hash)
            } else {
                state.texts[state.order[state.head]] = nil
                state.order[state.head] = reference.sha256Hash
                state.head = (state.head + 1) % capacity
            }
        }
    }

    /// How many documents are kept.
    var count: Int { state.withLock { $0.texts.count } }

    /// The SHA-256 of `text`'s UTF-8 bytes, as 64 lowercase hexadecimal digits.
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).hexString
    }
}

extension Sequence<UInt8> {
    /// The bytes as lowercase hexadecimal digits.
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
