import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("People: experts and consented contact details")
struct PeopleTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test("experts are found by expertise and language")
    func expertsByExpertiseAndLanguage() async {
        let data = await harness.data(
            """
            {
              governance: experts(expertise: ["governance"]) { totalCount }
              english: experts(expertise: ["governance"], languages: ["en"]) { nodes { name languages expertise { code } } }
            }
            """)
        #expect(data["governance", "totalCount"] == 5)
        #expect(
            data["english", "nodes"].items.compactMap { $0["name"].stringValue } == [
                "Marc-André Gagnon", "Priya Raman", "Vicki-May Hamm",
            ])
    }

    @Test("contact details are refused to anonymous callers, and shown to members only with consent")
    func contactDetails() async {
        let query = """
            { experts(expertise: ["land-registry"], first: 5) { nodes { name contactable email } } }
            """
        let anonymous = await harness.run(query)
        #expect(anonymous.errors.contains { $0.code == "UNAUTHENTICATED" && $0.message.contains("Person.email") })
        let member = await harness.data(query, as: APIHarness.member())
        let amelie = member["experts", "nodes"].items.first { $0["name"] == "Amélie Tremblay" }
        #expect(amelie?["email"] == "amelie.tremblay@example.org")
        let notContactable = await harness.data(
            "{ experts(expertise: [\"waste-management\"], languages: [\"es\"]) { nodes { name email } } }",
            as: APIHarness.member())
        #expect(notContactable["experts", "nodes"].items.first { $0["name"] == "Lucía Quispe" }?["email"] == .null)
    }

    @Test("a person without a public profile is hidden from anonymous callers")
    func privateProfiles() async {
        let anonymous = await harness.data("{ experts(languages: [\"mos\"]) { totalCount } }")
        #expect(anonymous["experts", "totalCount"] == 0)
        let member = await harness.data("{ experts(languages: [\"mos\"]) { totalCount } }", as: APIHarness.member())
        #expect(member["experts", "totalCount"] == 1)
    }
}
