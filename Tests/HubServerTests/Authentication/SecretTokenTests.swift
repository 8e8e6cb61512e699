import Foundation
import HubAPI
import Testing

@testable import HubServer

@Suite("Session tokens, API keys and invitation codes")
struct SecretTokenTests {
    @Test("each kind has its prefix and 256 random bits in base64url, and no two are alike")
    func generated() {
        for kind in [SecretToken.Kind.session, .apiKey, .invitation] {
            let token = SecretToken.generate(kind)
            #expect(token.value.hasPrefix(kind.prefix))
            #expect(token.value.count == kind.prefix.count + 43)
            #expect(SecretToken.generate(kind).value != token.value)
            #expect(SecretToken(parsing: token.value) == token)
        }
        #expect(SecretToken.generate(.session).value.hasPrefix("phs_"))
        #expect(SecretToken.generate(.apiKey).value.hasPrefix("phk_"))
    }

    @Test("the stored form is the token's SHA-256, and the visible prefix is ten characters")
    func hashAndPrefix() {
        let token = SecretToken.generate(.apiKey)
        #expect(token.hash.count == 32)
        #expect(token.hash == SecretToken(parsing: token.value)?.hash)
        #expect(token.visiblePrefix.count == 10)
        #expect(token.value.hasPrefix(token.visiblePrefix))
    }

    @Test(
        "strings that no generated token looks like are refused",
        arguments: [
            "", "phs_", "phs_short", "xyz_" + String(repeating: "a", count: 43),
            "phs_" + String(repeating: "a", count: 42),
            "phs_" + String(repeating: "a", count: 44), "phs_" + String(repeating: "a", count: 42) + "=",
            "phs_" + String(repeating: "a", count: 42) + "+", "PHS_" + String(repeating: "a", count: 43),
        ])
    func malformed(text: String) {
        #expect(SecretToken(parsing: text) == nil)
    }

    @Test("a token's description names its kind and hides its value")
    func descriptionRedacts() {
        let token = SecretToken.generate(.session)
        #expect("\(token)" == "SecretToken(phs_…, redacted)")
        #expect(!String(reflecting: token).contains(token.value.dropFirst(4)))
    }

    @Test("a session identifier is the hex of the token hash, and gives the hash back")
    func sessionIdentifier() {
        let token = SecretToken.generate(.session)
        let id = SessionID(tokenHash: token.hash)
        #expect(id.value.count == 64)
        #expect(!id.value.contains(token.value))
        #expect(id.tokenHash == token.hash)
        #expect(SessionID("not hex").tokenHash == nil)
        #expect(SessionID(String(repeating: "zz", count: 32)).tokenHash == nil)
    }
}
