import Foundation
import Testing

@testable import HubStore

@Suite("Writing practice drafts", .serialized)
struct PracticeDraftTests {
    @Test("a member's draft is stored with its texts, links and trail, and found only by drafts' search")
    func createsDraft() throws {
        let hub = try WriteHarness()
        var draft = try hub.compostingDraft()
        draft.programID = try hub.id("program", "mped")
        let id = try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member, now: hub.now) }.expectWritten()
        let practice = try #require(try id.flatMap(hub.practice))
        #expect(practice.key == "neighbourhood-composting-in-magog")
        #expect(practice.status == .draft)
        #expect(practice.authorAccountID == hub.member)
        #expect(practice.leadOrganizationID == (try hub.id("organization", "ca-magog")))
        #expect(practice.programID == (try hub.id("program", "mped")))
        #expect(practice.evidenceLevel == .selfReported)
        #expect(practice.year == 2024)
        let (texts, themes, review) = try hub.database.read { reader in
            (
                try reader.fetchAll(
                    "SELECT language FROM practice_text WHERE practice_id = ? ORDER BY language", [practice.id]
                ) {
                    $0["language"] as String
                },
                try reader.fetchOne(
                    Int.self, "SELECT count(*) FROM practice_theme WHERE practice_id = ?", [practice.id]),
                try reader.practiceReviews(ids: [practice.id])[practice.id]
            )
        }
        #expect(texts == ["en", "fr"])
        #expect(themes == 1)
        #expect(review?.createdAt == "2026-11-18T11:06:40Z")
        #expect(review?.submittedAt == nil)
        #expect(try !hub.search("compostage").contains(practice.id))
        #expect(try hub.search("compostage", drafts: true).contains(practice.id))
    }

    @Test("a second draft with the same title gets a numbered key")
    func keysAreUnique() throws {
        let hub = try WriteHarness()
        let draft = try hub.compostingDraft()
        _ = try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member) }.expectWritten()
        let second = try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member) }.expectWritten()
        #expect(try second.flatMap(hub.practice)?.key == "neighbourhood-composting-in-magog-2")
    }

    @Test("an invalid draft comes back with every problem by field, and nothing is written")
    func invalidDraftWritesNothing() throws {
        let hub = try WriteHarness()
        let before = try hub.practiceTables()
        var draft = PracticeDraft(texts: [
            PracticeDraft.Text(language: .english, title: "  "),
            PracticeDraft.Text(language: .english, title: "Twice", summary: String(repeating: "s", count: 1_001)),
        ])
        draft.themeIDs = [try hub.id("theme", "local-governance", column: "code"), 999_999]
        draft.year = 1900
        draft.leadOrganizationID = 999_999
        let outcome = try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member) }
        #expect(
            outcome.problemSummary == [
                "texts.0.title:required", "texts.1.language:invalid", "texts.1.summary:too_long", "year:invalid",
                "organizationId:not_found", "themeIds.1:not_found",
            ])
        #expect(try hub.practiceTables() == before)
    }

    @Test("a member without an organization must name one")
    func organizationIsRequiredWithoutAPerson() throws {
        let hub = try WriteHarness()
        let draft = try hub.compostingDraft()
        let outcome = try hub.attempt { try $0.createPracticeDraft(draft, by: hub.other) }
        #expect(outcome.problemSummary == ["organizationId:required"])
        var named = draft
        named.leadOrganizationID = try hub.id("organization", "ca-magog")
        #expect(try hub.attempt { try $0.createPracticeDraft(named, by: hub.other) }.value != nil)
    }

    @Test("a partnership of another program is refused")
    func partnershipMustBelongToProgram() throws {
        let hub = try WriteHarness()
        var draft = try hub.compostingDraft()
        draft.programID = try hub.id("program", "mped")
        draft.partnershipID = try hub.id("partnership", "london-vinnytsia")
        let outcome = try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member) }
        #expect(outcome.problemSummary == ["partnershipId:invalid"])
    }

    @Test("an edit replaces texts and links, and the search index follows")
    func editReindexes() throws {
        let hub = try WriteHarness()
        let id = try #require(
            try hub.attempt { try $0.createPracticeDraft(hub.compostingDraft(), by: hub.member) }.value)
        var edited = PracticeDraft(texts: [
            PracticeDraft.Text(language: .english, title: "Vermicomposting in Magog", summary: "Worms in schools.")
        ])
        edited.themeIDs = [try hub.id("theme", "local-economic-development", column: "code")]
        #expect(try hub.attempt { try $0.updatePractice(id, with: edited, by: hub.member, now: hub.now) }.value == id)
        #expect(try hub.search("vermicomposting", drafts: true) == [id])
        #expect(try !hub.search("neighbourhood", drafts: true).contains(id))
        #expect(try !hub.search("compostage", drafts: true).contains(id))  // the French text was removed
        let (themes, targets, review) = try hub.database.read { reader in
            (
                try reader.fetchAll("SELECT theme_id FROM practice_theme WHERE practice_id = ?", [id]) {
                    $0[0] as Int64
                },
                try reader.fetchOne(Int.self, "SELECT count(*) FROM practice_sdg_target WHERE practice_id = ?", [id]),
                try reader.practiceReviews(ids: [id])[id]
            )
        }
        #expect(themes == [try hub.id("theme", "local-economic-development", column: "code")])
        #expect(targets == 0)
        #expect(review?.updatedAt == "2026-11-18T11:06:40Z")
    }

    @Test("only the author edits, and only drafts and rejected practices")
    func editsAreTheAuthorsOnly() throws {
        let hub = try WriteHarness()
        let draft = try hub.compostingDraft()
        let id = try #require(try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member) }.value)
        let before = try hub.practiceTables()
        var changed = draft
        changed.texts[0].title = "Taken over"
        #expect(
            try hub.attempt { try $0.updatePractice(id, with: changed, by: hub.other) }.problemSummary
                == ["practiceId:not_author"])
        let published = try hub.id("practice", "jmsp-community-composting")
        #expect(
            try hub.attempt { try $0.updatePractice(published, with: changed, by: hub.member) }.problemSummary
                == ["practiceId:not_author"])
        #expect(
            try hub.attempt { try $0.updatePractice(999_999, with: changed, by: hub.member) }.problemSummary
                == ["practiceId:not_found"])
        _ = try hub.attempt { try $0.submitPracticeForReview(id, by: hub.member) }.expectWritten()
        #expect(
            try hub.attempt { try $0.updatePractice(id, with: changed, by: hub.member) }.problemSummary
                == ["practiceId:wrong_status"])
        #expect(try hub.practiceTables() == before)
        #expect(try hub.search("taken", drafts: true) == [])
    }
}
