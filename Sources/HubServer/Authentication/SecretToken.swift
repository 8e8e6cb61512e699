import Crypto
import Foundation
import HubAPI

/// A secret the server hands out once: a session token, an API key or an invitation code.
///
/// Each is 256 random bits in base64url after a prefix naming its kind (`phs_` for a session,
/// `phk_` for an API key, `phi_` for an invitation), so a leaked string says what it is and a
/// scanner can find it. The server keeps only its SHA-256 (`hash`): a random 256-bit secret
/// needs no slow hash, since there is nothing to guess.
///
/// Its `description` shows the kind only; read ``value`` to hand the secret to its owner.
public struct SecretToken: Sendable, Hashable, CustomStringConvertible {
    /// What a token is for, told by its prefix.
    public struct Kind: Sendable, Hashable {
        /// The prefix every token of this kind starts with.
        public let prefix: String

        /// A member's session (`Authorization: Bearer phs_…`).
        public static let session = Kind(prefix: "phs_")
        /// An integrator's API key (`Authorization: Bearer phk_…`).
        public static let apiKey = Kind(prefix: "phk_")
        /// An invitation code to sign up.
        public static let invitation = Kind(prefix: "phi_")

        static let all: [Kind] = [.session, .apiKey, .invitation]
    }

    /// The random bytes of a token.
    static let byteCount = 32
    /// How many characters of an API key are kept in clear to tell keys apart: the prefix and
    /// six random characters (36 bits, too few to help guess the other 220).
    static let visiblePrefixLength = 10

    /// The token's kind.
    public let kind: Kind
    /// The secret itself, to show its owner once.
    public let value: String

    /// A new random token of `kind`.
    public static func generate(_ kind: Kind) -> SecretToken {
        SecretToken(kind: kind, value: kind.prefix + randomBase64URL(byteCount: byteCount))
    }

    /// `byteCount` bytes from the system's secure generator, in base64url without padding.
    static func randomBase64URL(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return String(text.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
    }

    /// Reads a token a client sent: nil unless it has a known prefix followed by exactly the
    /// characters a generated token has.
    public init?(parsing text: some StringProtocol) {
        guard let kind = Kind.all.first(where: { text.hasPrefix($0.prefix) }) else { return nil }
        let body = text.utf8.dropFirst(kind.prefix.utf8.count)
        guard body.count == Self.encodedLength, body.allSatisfy(Self.isBase64URL) else { return nil }
        self.init(kind: kind, value: String(text))
    }

    private init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// The SHA-256 of the token, the only form in which the store keeps it.
    public var hash: Data { Data(SHA256.hash(data: Array(value.utf8))) }

    /// The first characters, shown beside an API key so that a person can tell keys apart.
    public var visiblePrefix: String { String(value.prefix(Self.visiblePrefixLength)) }

    public var description: String { "SecretToken(\(kind.prefix)…, redacted)" }

    /// 32 bytes in base64url without padding.
    private static let encodedLength = 43

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}

extension SessionID {
    /// The session's identifier: the hex of its token's SHA-256, which names it without
    /// revealing it.
    init(tokenHash: Data) {
        self.init(tokenHash.hexString)
    }

    /// The token hash this identifier was made from; nil for an identifier made elsewhere.
    var tokenHash: Data? {
        let characters = Array(value.utf8)
        guard characters.count == 64 else { return nil }
        var bytes = Data(capacity: 32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let byte = UInt8(String(decoding: characters[index..<index + 2], as: UTF8.self), radix: 16) else {
                return nil
            }
            bytes.append(byte)
        }
        return bytes
    }
}
