import Foundation
import Testing

@testable import HubServer

@Suite("Password hashes: PBKDF2-HMAC-SHA256 in the PHC format")
struct PasswordHasherTests {
    @Test("the default is OWASP's 600,000 iterations with a 16-byte salt and a 32-byte hash, and verifies")
    func owaspParameters() throws {
        let hasher = PasswordHasher.owasp
        #expect(hasher.iterations == 600_000)
        let encoded = hasher.hash("plum orchard lantern")
        #expect(encoded.hasPrefix("$pbkdf2-sha256$i=600000,l=32$"))
        let parsed = try #require(EncodedPasswordHash(encoded))
        #expect(parsed.iterations == 600_000)
        #expect(parsed.salt.count == 16)
        #expect(parsed.hash.count == 32)
        #expect(hasher.verify("plum orchard lantern", against: encoded) == .valid)
        #expect(hasher.verify("plum orchard lanterN", against: encoded) == .invalid)
    }

    @Test("the derivation matches the published PBKDF2-HMAC-SHA256 vector (P=password, S=salt, c=4096)")
    func knownVector() {
        let expected: [UInt8] = [
            0xc5, 0xe4, 0x78, 0xd5, 0x92, 0x88, 0xc8, 0x41, 0xaa, 0x53, 0x0d, 0xb6, 0x84, 0x5c, 0x4c, 0x8d,
            0x96, 0x28, 0x93, 0xa0, 0x01, 0xce, 0x4e, 0x11, 0xa4, 0x96, 0x38, 0x73, 0xaa, 0x98, 0x13, 0x4a,
        ]
        #expect(
            PasswordHasher.derive("password", salt: Array("salt".utf8), iterations: 4096, byteCount: 32) == expected)
        let encoded = EncodedPasswordHash(iterations: 4096, salt: Array("saltsalt".utf8), hash: expected).encoded
        #expect(encoded == "$pbkdf2-sha256$i=4096,l=32$c2FsdHNhbHQ$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o")
    }

    @Test("two hashes of one password differ by their salt, and each verifies")
    func saltIsRandom() {
        let hasher = PasswordHasher(iterations: 1_000)
        let first = hasher.hash("plum orchard lantern")
        let second = hasher.hash("plum orchard lantern")
        #expect(first != second)
        #expect(hasher.verify("plum orchard lantern", against: first) == .valid)
        #expect(hasher.verify("plum orchard lantern", against: second) == .valid)
    }

    @Test("a hash with fewer iterations than the hasher's still verifies and asks to be rehashed")
    func weakerHashNeedsRehash() {
        let old = PasswordHasher(iterations: 1_000).hash("plum orchard lantern")
        let stronger = PasswordHasher(iterations: 2_000)
        #expect(stronger.verify("plum orchard lantern", against: old) == .needsRehash)
        #expect(stronger.verify("wrong", against: old) == .invalid)
        #expect(PasswordHasher(iterations: 500).verify("plum orchard lantern", against: old) == .valid)
    }

    @Test(
        "malformed or foreign encodings verify nothing",
        arguments: [
            "", "plain text", "$2b$12$abcdefghijklmnopqrstuu", "$pbkdf2-sha256$i=1000$c2FsdHNhbHQ$",
            "$pbkdf2-sha512$i=1000,l=32$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$pbkdf2-sha256$i=10,l=32$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$pbkdf2-sha256$i=1000,l=16$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$pbkdf2-sha256$i=1000,x=1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$pbkdf2-sha256$i=1000,l=32$!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        ])
    func malformedEncodings(encoded: String) {
        #expect(PasswordHasher(iterations: 1_000).verify("password", against: encoded) == .invalid)
    }

    @Test("the unmatchable hash has the hasher's parameters and matches no password")
    func unmatchableHash() throws {
        let hasher = PasswordHasher(iterations: 1_000)
        let parsed = try #require(EncodedPasswordHash(hasher.unmatchableHash()))
        #expect(parsed.iterations == 1_000)
        #expect(parsed.hash.count == 32)
        #expect(hasher.verify("", against: hasher.unmatchableHash()) == .invalid)
        #expect(hasher.verify("plum orchard lantern", against: hasher.unmatchableHash()) == .invalid)
    }

    @Test("an encoded hash describes its parameters, not its salt or hash")
    func descriptionRedacts() throws {
        let encoded = PasswordHasher(iterations: 1_000).hash("plum orchard lantern")
        let parsed = try #require(EncodedPasswordHash(encoded))
        let parts = encoded.split(separator: "$")
        #expect("\(parsed)" == "EncodedPasswordHash(pbkdf2-sha256, iterations: 1000, salt: 16 bytes, hash: 32 bytes)")
        #expect(!"\(parsed)".contains(parts[2]))
        #expect(!"\(parsed)".contains(parts[3]))
    }
}
