import Crypto
import Foundation
import _CryptoExtras

/// Hashes passwords with PBKDF2-HMAC-SHA256 and a random salt, at OWASP's current parameters
/// (Password Storage Cheat Sheet: 600,000 iterations for PBKDF2-HMAC-SHA256), and checks them.
///
/// A hash is stored as a self-describing string in the PHC string format
/// (`$pbkdf2-sha256$i=600000,l=32$<salt>$<hash>`, base64 without padding), so the iterations can
/// be raised later: a hash made with fewer than this hasher's iterations still verifies, and
/// ``Verification/needsRehash`` tells the caller to store a new one.
///
/// Hashing takes a good fraction of a second of CPU by design: call it through a
/// ``PasswordHashingQueue``, never on an event loop or the cooperative pool.
///
/// ```swift
/// let encoded = PasswordHasher.owasp.hash("correct horse battery staple")
/// PasswordHasher.owasp.verify("correct horse battery staple", against: encoded)  // .valid
/// ```
public struct PasswordHasher: Sendable, Hashable {
    /// The PBKDF2 iterations of new hashes.
    public var iterations: Int
    /// The random salt's length in bytes.
    public var saltByteCount: Int
    /// The derived key's length in bytes.
    public var hashByteCount: Int

    /// OWASP's parameters for PBKDF2-HMAC-SHA256: 600,000 iterations, a 16-byte salt, a 32-byte hash.
    public static let owasp = PasswordHasher(iterations: 600_000)

    /// A hasher with `iterations` (fewer than OWASP's only in tests, where speed matters more).
    public init(iterations: Int, saltByteCount: Int = 16, hashByteCount: Int = 32) {
        self.iterations = iterations
        self.saltByteCount = saltByteCount
        self.hashByteCount = hashByteCount
    }

    /// What checking a password against a stored hash found.
    public enum Verification: Sendable, Hashable {
        /// The password matches and the hash uses this hasher's parameters.
        case valid
        /// The password matches, but the hash is weaker than this hasher's: store a new one.
        case needsRehash
        /// The password does not match, or the stored hash is not one this hasher reads.
        case invalid

        /// Whether the password matched.
        public var matches: Bool { self != .invalid }
    }

    /// A new hash of `password` with a fresh random salt, encoded with its parameters.
    public func hash(_ password: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let hash = Self.derive(password, salt: salt, iterations: iterations, byteCount: hashByteCount)
        return EncodedPasswordHash(iterations: iterations, salt: salt, hash: hash).encoded
    }

    /// Checks `password` against an encoded hash in constant time for its parameters.
    public func verify(_ password: String, against encoded: String) -> Verification {
        guard let stored = EncodedPasswordHash(encoded) else { return .invalid }
        let computed = Self.derive(
            password, salt: stored.salt, iterations: stored.iterations, byteCount: stored.hash.count)
        guard constantTimeEqual(computed, stored.hash) else { return .invalid }
        let weaker =
            stored.iterations < iterations || stored.hash.count < hashByteCount
            || stored.salt.count < saltByteCount
        return weaker ? .needsRehash : .valid
    }

    /// A well-formed hash that no password matches, with this hasher's parameters: checking a
    /// password against it costs what checking a real one does, so that signing in with an
    /// unknown email takes as long as with a known one.
    public func unmatchableHash() -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        // A derived key of all zeros has odds of 2^-256 of ever being computed.
        return EncodedPasswordHash(iterations: iterations, salt: salt, hash: Array(repeating: 0, count: hashByteCount))
            .encoded
    }

    /// PBKDF2-HMAC-SHA256 of the password's UTF-8 (RFC 8018 §5.2).
    static func derive(_ password: String, salt: [UInt8], iterations: Int, byteCount: Int) -> [UInt8] {
        do {
            // unsafeUncheckedRounds: the checked variant refuses fewer than 210,000 rounds, which
            // tests use on purpose; production hashers use `owasp`.
            let key = try KDF.Insecure.PBKDF2.deriveKey(
                from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: byteCount,
                unsafeUncheckedRounds: iterations)
            return key.withUnsafeBytes { Array($0) }
        } catch {
            // BoringSSL's PBKDF2 fails only for impossible parameters (no memory, zero rounds);
            // an empty answer matches no stored hash.
            return []
        }
    }
}

/// Compares two byte strings in time that depends only on their lengths.
func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
    guard lhs.count == rhs.count, !lhs.isEmpty else { return false }
    var difference: UInt8 = 0
    for index in lhs.indices {
        difference |= lhs[index] ^ rhs[index]
    }
    return difference == 0
}
