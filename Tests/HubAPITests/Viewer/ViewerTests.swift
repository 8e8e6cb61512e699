import GraphQLEngine
import HubStore
import Testing

@testable import HubAPI

@Suite("The viewer: the caller's account and API keys")
struct ViewerTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded(options: APIHarness.testOptions, keys: [
            APIKey(
                id: 7, name: "dashboard", prefix: "ph_7a", scopes: [.read], createdAt: "2026-11-01T00:00:00Z",
                revokedAt: nil)
        ])
    }

    @Test("an anonymous caller has no viewer; a member sees their account and keys, without secrets")
    func viewer() async {
        let query =
            "{ viewer { account { displayName role } apiKeys { name prefix scopes revokedAt } practices { totalCount } } }"
        #expect(await harness.data(query)["viewer"] == .null)
        let data = await harness.data(query, as: APIHarness.member(.researcher, id: 4))
        #expect(data["viewer", "account", "role"] == .enumValue("RESEARCHER"))
        #expect(data["viewer", "apiKeys", 0, "prefix"] == "ph_7a")
        #expect(data["viewer", "apiKeys", 0, "scopes"] == [.enumValue("READ")])
        #expect(data["viewer", "practices", "totalCount"] == 0)
    }
}
