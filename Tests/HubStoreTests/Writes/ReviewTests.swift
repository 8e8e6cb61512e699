import Foundation
import Testing

@testable import HubStore

@Suite("Reviewing practices", .serialized)
struct ReviewTests {
    @Test("draft → review → rejected → edited → review → published, then public in search")
    func lifeCycle() throws {
        let hub = try WriteHarness()
        let draft = try hub.compostingDraft()
        let id = try #require(try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member) }.value)
        let later = hub.now.addingTimeInterval(3600)

        _ = try hub.attempt { try $0.submitPracticeForReview(id, by: hub.member, now: hub.now) }.expectWritten()
        #expect(try hub.practice(id)?.status == .inReview)
        _ = try hub.attempt { try $0.rejectPractice(id, reason: " Add the costs. ", by: hub.admin, now: hub.now) }
            .expectWritten()
        #expect(try hub.practice(id)?.status == .rejected)
        var review = try hub.database.read { try $0.practiceReviews(ids: [id])[id] }
        #expect(review?.rejectionReason == "Add the costs.")
        #expect(review?.reviewerAccountID == hub.admin)

        var edited = draft
        edited.texts[0].results = "A third less kitchen waste, and vermiculture in schools."
        _ = try hub.attempt { try $0.updatePractice(id, with: edited, by: hub.member) }.expectWritten()
        #expect(try hub.practice(id)?.status == .rejected)
        _ = try hub.attempt { try $0.submitPracticeForReview(id, by: hub.member, now: later) }.expectWritten()
        #expect(try hub.search("magog") == [])
        _ = try hub.attempt { try $0.publishPractice(id, by: hub.admin, now: later) }.expectWritten()

        #expect(try hub.practice(id)?.status == .published)
        review = try hub.database.read { try $0.practiceReviews(ids: [id])[id] }
        #expect(review?.submittedAt == "2026-11-18T12:06:40Z")
        #expect(review?.publishedAt == "2026-11-18T12:06:40Z")
        #expect(review?.rejectionReason == "Add the costs.")  // the trail keeps the last rejection
        #expect(try hub.search("magog") == [id])
        #expect(try hub.search("vermiculture") == [id])
    }

    @Test("an incomplete draft cannot be submitted, and stays a draft")
    func incompleteDraftIsNotSubmitted() throws {
        let hub = try WriteHarness()
        let draft = PracticeDraft(texts: [PracticeDraft.Text(language: .french, title: "Idée", summary: "Une idée.")])
        let id = try #require(try hub.attempt { try $0.createPracticeDraft(draft, by: hub.member) }.value)
        let outcome = try hub.attempt { try $0.submitPracticeForReview(id, by: hub.member) }
        #expect(outcome.problemSummary == [":required", ":required", ":required"])
        #expect(outcome.problems.first?.message.contains("French text needs its approach") == true)
        #expect(outcome.problems.last?.message.contains("at least one theme") == true)
        #expect(try hub.practice(id)?.status == .draft)
        #expect(
            try hub.attempt { try $0.submitPracticeForReview(id, by: hub.other) }.problemSummary
                == ["practiceId:not_author"])
    }

    @Test("only practices in review are published or rejected, and a rejection needs a reason")
    func reviewStepsAreChecked() throws {
        let hub = try WriteHarness()
        let id = try #require(
            try hub.attempt { try $0.createPracticeDraft(hub.compostingDraft(), by: hub.member) }.value)
        #expect(
            try hub.attempt { try $0.publishPractice(id, by: hub.admin) }.problemSummary == ["practiceId:wrong_status"])
        #expect(
            try hub.attempt { try $0.rejectPractice(id, reason: "", by: hub.admin) }.problemSummary
                == ["reason:required", "practiceId:wrong_status"])
        #expect(
            try hub.attempt { try $0.publishPractice(999_999, by: hub.admin) }.problemSummary == [
                "practiceId:not_found"
            ])
        _ = try hub.attempt { try $0.submitPracticeForReview(id, by: hub.member) }.expectWritten()
        let tooLong = String(repeating: "x", count: 2_001)
        #expect(
            try hub.attempt { try $0.rejectPractice(id, reason: tooLong, by: hub.admin) }.problemSummary
                == ["reason:too_long"])
        let review = try hub.database.read { try $0.practiceReviews(ids: [id])[id] }
        #expect(review?.reviewedAt == nil)
        #expect(try hub.practice(id)?.status == .inReview)
    }
}
