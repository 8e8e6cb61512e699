import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Mutations: writing and reviewing practices", .serialized)
struct PracticeMutationTests {
    let hub: MutationHarness

    init() throws {
        hub = try MutationHarness()
    }

    static let create = """
        mutation($input: CreatePracticeDraftInput!) {
          createPracticeDraft(input: $input) {
            practice { id key status title content(language: FR) { title tags } municipality { key } themes { code } }
            userErrors { field message code }
          }
        }
        """

    /// Creates the composting draft as the member and returns its global ID.
    func createDraft() async throws -> String {
        let data = await hub.data(Self.create, variables: ["input": try hub.compostingDraft()], as: hub.member)
        return try #require(data["createPracticeDraft", "practice", "id"].stringValue)
    }

    /// Runs a mutation taking `{ practiceId }` (and `extra` fields) and returning `practice { status }`.
    func step(
        _ name: String, _ id: String, extra: [InputValue.Field] = [], as caller: Caller
    ) async -> ExecutionResult {
        let type = name.prefix(1).uppercased() + name.dropFirst()
        return await hub.run(
            """
            mutation($input: \(type)Input!) {
              \(name)(input: $input) { practice { status } userErrors { field message code } }
            }
            """, variables: ["input": .object([.init(name: "practiceId", value: .string(id))] + extra)], as: caller)
    }

    @Test("a member creates a draft: their organization leads it, and userErrors is empty")
    func createsDraft() async throws {
        let data = await hub.data(Self.create, variables: ["input": try hub.compostingDraft()], as: hub.member)
        let payload = data["createPracticeDraft"]
        #expect(payload["userErrors"].items.isEmpty)
        #expect(payload["practice", "status"] == .enumValue("DRAFT"))
        #expect(payload["practice", "key"] == "neighbourhood-composting-in-magog")
        #expect(payload["practice", "title"] == "Neighbourhood composting in Magog")
        #expect(payload["practice", "content", "title"] == "Compostage de quartier à Magog")
        #expect(payload["practice", "municipality", "key"] == "ca-magog")
        #expect(payload["practice", "themes", 0, "code"] == "local-governance")
        let tags = await hub.data(
            "query($id: ID!) { node(id: $id) { ... on Practice { content { tags } } } }",
            variables: ["id": payload["practice", "id"]], as: hub.member)
        #expect(tags["node", "content", "tags"].strings == ["compost", "waste"])
    }

    @Test("an invalid draft comes back with userErrors by field, and nothing is written")
    func invalidDraft() async throws {
        let before = try hub.counts()
        let input: InputValue = .object([
            .init(
                name: "texts",
                value: .list([
                    .object([.init(name: "language", value: .enumValue("EN")), .init(name: "title", value: " ")])
                ])),
            .init(
                name: "themeIds",
                value: .list([
                    "not-an-id", .string(try hub.globalID(.theme, "theme", "local-governance", column: "code")),
                ])),
        ])
        let invalidID = await hub.data(Self.create, variables: ["input": input], as: hub.member)
        #expect(invalidID["createPracticeDraft", "practice"] == .null)
        #expect(invalidID["createPracticeDraft", "userErrors", 0, "field"].strings == ["themeIds", "0"])
        #expect(invalidID["createPracticeDraft", "userErrors", 0, "code"] == .enumValue("INVALID"))

        let fields: InputValue = .object([
            .init(name: "texts", value: input[field: "texts"] ?? .null), .init(name: "year", value: 1800),
        ])
        let invalid = await hub.data(Self.create, variables: ["input": fields], as: hub.member)
        let errors = invalid["createPracticeDraft", "userErrors"].items
        #expect(errors.map { $0["field"].strings.joined(separator: ".") } == ["texts.0.title", "year"])
        #expect(errors.map { $0["code"] } == [.enumValue("REQUIRED"), .enumValue("INVALID")])
        #expect(errors.first?["message"] == "the title is required")
        #expect(try hub.counts() == before)
    }

    @Test("anonymous callers are UNAUTHENTICATED and API keys FORBIDDEN, and nothing is written")
    func createNeedsASession() async throws {
        let before = try hub.counts()
        let variables: [String: InputValue] = ["input": try hub.compostingDraft()]
        let anonymous = await hub.run(Self.create, variables: variables, as: .anonymous())
        #expect(anonymous.errors.map(\.code) == ["UNAUTHENTICATED"])
        #expect(anonymous.data?["createPracticeDraft"] == .null)
        let key = await hub.run(Self.create, variables: variables, as: hub.apiKey)
        #expect(key.errors.map(\.code) == ["FORBIDDEN"])
        #expect(key.errors.first?.message.contains("API key") == true)
        #expect(try hub.counts() == before)
    }

    @Test("draft → review → rejected → edited → review → published, then found by anonymous search")
    func lifeCycle() async throws {
        let id = try await createDraft()
        #expect(
            await step("submitPracticeForReview", id, as: hub.member).data?[
                "submitPracticeForReview", "practice", "status"] == .enumValue("IN_REVIEW"))
        let rejected = await step(
            "rejectPractice", id, extra: [.init(name: "reason", value: "Add the costs.")], as: hub.admin)
        #expect(rejected.data?["rejectPractice", "practice", "status"] == .enumValue("REJECTED"))

        var input = try hub.compostingDraft()
        if case .object(let fields) = input {
            input = .object(fields + [.init(name: "practiceId", value: .string(id))])
        }
        let updated = await hub.data(
            """
            mutation($input: UpdatePracticeInput!) {
              updatePractice(input: $input) { practice { status review { rejectionReason } } userErrors { code } }
            }
            """, variables: ["input": input], as: hub.member)
        #expect(updated["updatePractice", "practice", "status"] == .enumValue("REJECTED"))
        #expect(updated["updatePractice", "practice", "review", "rejectionReason"] == "Add the costs.")

        let search = "{ practices(search: \"magog\", first: 5) { nodes { key status } } }"
        #expect(await step("submitPracticeForReview", id, as: hub.member).errors.isEmpty)
        #expect(await hub.data(search, as: .anonymous())["practices", "nodes"].items.isEmpty)
        let published = await step("publishPractice", id, as: hub.admin)
        #expect(published.data?["publishPractice", "practice", "status"] == .enumValue("PUBLISHED"))
        let found = await hub.data(search, as: .anonymous())
        #expect(found["practices", "nodes", 0, "key"] == "neighbourhood-composting-in-magog")
        #expect(found["practices", "nodes", 0, "status"] == .enumValue("PUBLISHED"))
    }

    @Test("review steps out of order and a blank reason are userErrors, changing nothing")
    func reviewUserErrors() async throws {
        let id = try await createDraft()
        let publish = await step("publishPractice", id, as: hub.admin)
        #expect(publish.data?["publishPractice", "userErrors", 0, "code"] == .enumValue("WRONG_STATUS"))
        #expect(publish.data?["publishPractice", "userErrors", 0, "field"].strings == ["practiceId"])
        _ = await step("submitPracticeForReview", id, as: hub.member)
        let reject = await step("rejectPractice", id, extra: [.init(name: "reason", value: "  ")], as: hub.admin)
        #expect(reject.data?["rejectPractice", "userErrors", 0, "field"].strings == ["reason"])
        #expect(reject.data?["rejectPractice", "userErrors", 0, "code"] == .enumValue("REQUIRED"))
        let unknown = await step("publishPractice", GlobalID(.practice, 999_999).encoded, as: hub.admin)
        #expect(unknown.data?["publishPractice", "userErrors", 0, "code"] == .enumValue("NOT_FOUND"))
        let status = await hub.data(
            "query($id: ID!) { node(id: $id) { ... on Practice { status } } }", variables: ["id": .string(id)],
            as: hub.admin)
        #expect(status["node", "status"] == .enumValue("IN_REVIEW"))
    }

    @Test("members may not moderate, nor edit or submit another's practice: FORBIDDEN")
    func moderationIsForAdmins() async throws {
        let id = try await createDraft()
        let before = try hub.counts()
        #expect(await step("submitPracticeForReview", id, as: hub.otherMember).errors.map(\.code) == ["FORBIDDEN"])
        _ = await step("submitPracticeForReview", id, as: hub.member)
        #expect(await step("publishPractice", id, as: hub.member).errors.map(\.code) == ["FORBIDDEN"])
        #expect(await step("publishPractice", id, as: .anonymous()).errors.map(\.code) == ["UNAUTHENTICATED"])
        let reject = await step("rejectPractice", id, extra: [.init(name: "reason", value: "No.")], as: hub.apiKey)
        #expect(reject.errors.map(\.code) == ["FORBIDDEN"])

        var input = try hub.compostingDraft()
        if case .object(let fields) = input {
            input = .object(fields + [.init(name: "practiceId", value: .string(id))])
        }
        let update = await hub.run(
            "mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id } } }",
            variables: ["input": input], as: hub.otherMember)
        #expect(update.errors.map(\.code) == ["FORBIDDEN"])
        #expect(update.errors.first?.message == "Only the practice's author may edit it.")
        let status = await hub.data(
            "query($id: ID!) { node(id: $id) { ... on Practice { status } } }", variables: ["id": .string(id)],
            as: hub.admin)
        #expect(status["node", "status"] == .enumValue("IN_REVIEW"))
        #expect(try hub.counts() == before)
    }
}
