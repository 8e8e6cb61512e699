import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Mutations: bookmarks and replications", .serialized)
struct MemberMutationTests {
    let hub: MutationHarness

    init() throws {
        hub = try MutationHarness()
    }

    static let bookmark = """
        mutation($input: BookmarkPracticeInput!) {
          bookmarkPractice(input: $input) { practice { key viewerHasBookmarked } userErrors { field code } }
        }
        """
    static let remove = """
        mutation($input: RemoveBookmarkInput!) {
          removeBookmark(input: $input) { removedPracticeId userErrors { field code } }
        }
        """
    static let bookmarked = "query($id: ID!) { node(id: $id) { ... on Practice { viewerHasBookmarked } } }"

    func practice(_ key: String) throws -> [String: InputValue] {
        ["input": .object([.init(name: "practiceId", value: .string(try hub.globalID(.practice, "practice", key)))])]
    }

    @Test("a member bookmarks a practice, sees it bookmarked (others do not), and removes it")
    func bookmarks() async throws {
        let land = try practice("nam-dinh-land-management")
        let saved = await hub.data(Self.bookmark, variables: land, as: hub.member)
        #expect(saved["bookmarkPractice", "practice", "key"] == "nam-dinh-land-management")
        #expect(saved["bookmarkPractice", "practice", "viewerHasBookmarked"] == true)
        _ = await hub.data(Self.bookmark, variables: land, as: hub.member)  // again: no change
        #expect(try hub.counts()[3] == 1)
        let id: [String: InputValue] = ["id": land["input"]?[field: "practiceId"] ?? .null]
        #expect(
            await hub.data(Self.bookmarked, variables: id, as: hub.otherMember)["node", "viewerHasBookmarked"] == false)
        #expect(
            await hub.data(Self.bookmarked, variables: id, as: .anonymous())["node", "viewerHasBookmarked"] == false)

        let removed = await hub.data(Self.remove, variables: land, as: hub.member)
        #expect(removed["removeBookmark", "removedPracticeId"] == land["input"]?[field: "practiceId"])
        #expect(await hub.data(Self.bookmarked, variables: id, as: hub.member)["node", "viewerHasBookmarked"] == false)
        #expect(try hub.counts()[3] == 0)
    }

    static let bookmarks = """
        query($after: String) {
          viewer { bookmarks(first: 1, after: $after) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }
        }
        """

    @Test("viewer.bookmarks lists the member's own bookmarks a page at a time")
    func bookmarkList() async throws {
        for key in ["nam-dinh-land-management", "jmsp-community-composting"] {
            _ = await hub.data(Self.bookmark, variables: try practice(key), as: hub.member)
        }
        let first = await hub.data(Self.bookmarks, as: hub.member)["viewer", "bookmarks"]
        #expect(first["totalCount"] == 2)
        #expect(first["pageInfo", "hasNextPage"] == true)
        let cursor = first["pageInfo", "endCursor"]
        let second = await hub.data(Self.bookmarks, variables: ["after": cursor], as: hub.member)["viewer", "bookmarks"]
        #expect(second["pageInfo", "hasNextPage"] == false)
        let keys = (first["nodes"].items + second["nodes"].items).map { $0["key"] }
        #expect(Set(keys) == ["nam-dinh-land-management", "jmsp-community-composting"])
        let others = await hub.data(Self.bookmarks, as: hub.otherMember)["viewer", "bookmarks"]
        #expect(others["totalCount"] == 0)
        #expect(others["nodes"].items.isEmpty)
    }

    @Test("bookmarking an unknown or unreadable practice is a userError; anonymous and API keys are refused")
    func bookmarkFailures() async throws {
        let before = try hub.counts()
        let draft = try practice("montreal-pap-draft-civil-protection")
        let hidden = await hub.data(Self.bookmark, variables: draft, as: hub.member)
        #expect(hidden["bookmarkPractice", "userErrors", 0, "code"] == .enumValue("NOT_FOUND"))
        let malformed = await hub.data(
            Self.bookmark, variables: ["input": .object([.init(name: "practiceId", value: "UHJvZ3JhbTox")])],
            as: hub.member)
        #expect(malformed["bookmarkPractice", "userErrors", 0, "field"].strings == ["practiceId"])
        #expect(malformed["bookmarkPractice", "userErrors", 0, "code"] == .enumValue("INVALID"))
        let land = try practice("nam-dinh-land-management")
        #expect(
            await hub.run(Self.bookmark, variables: land, as: .anonymous()).errors.map(\.code) == ["UNAUTHENTICATED"])
        #expect(await hub.run(Self.remove, variables: land, as: hub.apiKey).errors.map(\.code) == ["FORBIDDEN"])
        #expect(try hub.counts() == before)
    }

    static let record = """
        mutation($input: RecordReplicationInput!) {
          recordReplication(input: $input) {
            practice { key }
            userErrors { field message code }
          }
        }
        """

    @Test("a member records their organization's replication of a published practice")
    func recordsReplication() async throws {
        let input: InputValue = .object([
            .init(
                name: "practiceId", value: .string(try hub.globalID(.practice, "practice", "jmsp-community-composting"))
            ),
            .init(name: "status", value: .enumValue("PILOTING")),
            .init(name: "date", value: "2025-04"),
            .init(name: "notes", value: "Two districts."),
        ])
        let data = await hub.data(Self.record, variables: ["input": input], as: hub.member)
        #expect(data["recordReplication", "practice", "key"] == "jmsp-community-composting")
        #expect(try hub.replications() == ["ca-magog piloting 2025-04 Two districts."])
        let again = await hub.data(Self.record, variables: ["input": input], as: hub.member)
        #expect(again["recordReplication", "userErrors", 0, "code"] == .enumValue("DUPLICATE"))
    }

    @Test("another organization's replication is a userError for members, allowed to admins; API keys are refused")
    func replicationByAnotherOrganization() async throws {
        let input: InputValue = .object([
            .init(
                name: "practiceId", value: .string(try hub.globalID(.practice, "practice", "jmsp-community-composting"))
            ),
            .init(
                name: "organizationId", value: .string(try hub.globalID(.organization, "organization", "ca-toronto"))),
            .init(name: "date", value: "2025-13"),
        ])
        let before = try hub.counts()
        let member = await hub.data(Self.record, variables: ["input": input], as: hub.member)
        #expect(
            member["recordReplication", "userErrors"].items.map { $0["code"] }
                == [.enumValue("NOT_OWN_ORGANIZATION"), .enumValue("INVALID")])
        #expect(member["recordReplication", "userErrors", 1, "field"].strings == ["date"])
        #expect(
            await hub.run(Self.record, variables: ["input": input], as: hub.apiKey).errors.map(\.code) == ["FORBIDDEN"])
        #expect(try hub.counts() == before)
        guard case .object(let fields) = input else { return }
        let valid = InputValue.object(fields.filter { $0.name != "date" })
        let admin = await hub.data(Self.record, variables: ["input": valid], as: hub.admin)
        #expect(admin["recordReplication", "userErrors"].items.isEmpty)
        #expect(try hub.replications() == ["ca-toronto adopted - "])
    }
}
