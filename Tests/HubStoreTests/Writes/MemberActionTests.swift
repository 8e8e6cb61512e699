import Foundation
import Testing

@testable import HubStore

@Suite("Bookmarks and replications", .serialized)
struct MemberActionTests {
    @Test("bookmarks are saved once, listed newest first a page at a time, and removed")
    func bookmarks() throws {
        let hub = try WriteHarness()
        let land = try hub.id("practice", "nam-dinh-land-management")
        let compost = try hub.id("practice", "jmsp-community-composting")
        _ = try hub.attempt { try $0.bookmarkPractice(land, by: hub.member, now: hub.now) }.expectWritten()
        _ = try hub.attempt { try $0.bookmarkPractice(compost, by: hub.member, now: hub.now.addingTimeInterval(60)) }
            .expectWritten()
        _ = try hub.attempt { try $0.bookmarkPractice(land, by: hub.member) }.expectWritten()  // again: no change
        let (first, second, count, marked) = try hub.database.read { reader in
            let first = try reader.bookmarks(of: hub.member, limit: 1)
            return (
                first, try reader.bookmarks(of: hub.member, after: first.last, limit: 5),
                try reader.bookmarkCount(of: hub.member), try reader.bookmarked([land, compost, 1], by: hub.member)
            )
        }
        #expect(first.map(\.practiceID) == [compost])
        #expect(second.map(\.practiceID) == [land])
        #expect(second.first?.createdAt == "2026-11-18T11:06:40Z")
        #expect(count == 2)
        #expect(marked == [land, compost])
        #expect(try hub.database.read { try $0.bookmarkCount(of: hub.other) } == 0)

        _ = try hub.attempt { try $0.removeBookmark(land, by: hub.member) }.expectWritten()
        _ = try hub.attempt { try $0.removeBookmark(land, by: hub.member) }.expectWritten()
        #expect(try hub.database.read { try $0.bookmarks(of: hub.member, limit: 5) }.map(\.practiceID) == [compost])
    }

    @Test("a member bookmarks published practices and their own, not others' drafts")
    func bookmarksNeedAVisiblePractice() throws {
        let hub = try WriteHarness()
        let own = try #require(
            try hub.attempt { try $0.createPracticeDraft(hub.compostingDraft(), by: hub.member) }.value)
        _ = try hub.attempt { try $0.bookmarkPractice(own, by: hub.member) }.expectWritten()
        let before = try hub.count("bookmark")
        #expect(
            try hub.attempt { try $0.bookmarkPractice(own, by: hub.other) }.problemSummary == ["practiceId:not_found"])
        let curatedDraft = try hub.id("practice", "montreal-pap-draft-civil-protection")
        #expect(
            try hub.attempt { try $0.bookmarkPractice(curatedDraft, by: hub.member) }.problemSummary
                == ["practiceId:not_found"])
        #expect(try hub.count("bookmark") == before)
    }

    @Test("a member records their own organization's replication, with who and when")
    func recordsReplication() throws {
        let hub = try WriteHarness()
        let practice = try hub.id("practice", "jmsp-community-composting")
        var report = ReplicationReport(practiceID: practice)
        report.status = .piloting
        report.date = "2025-04"
        report.notes = "Started in two districts."
        let id = try #require(try hub.attempt { try $0.recordReplication(report, by: hub.member, now: hub.now) }.value)
        let replication = try #require(try hub.database.read { try $0.replications(ids: [id])[id] })
        #expect(replication.adoptingOrganizationID == (try hub.id("organization", "ca-magog")))
        #expect(replication.status == .piloting)
        #expect(replication.date == "2025-04")
        #expect(replication.isIllustrative == false)
        let recorded = try hub.database.read { reader in
            try reader.fetchAll("SELECT recorded_by_account_id, recorded_at FROM replication WHERE id = ?", [id]) {
                "\($0[0] as Int64) \($0[1] as String)"
            }
        }
        #expect(recorded == ["1 2026-11-18T11:06:40Z"])
        #expect(
            try hub.attempt { try $0.recordReplication(report, by: hub.member) }.problemSummary
                == ["practiceId:duplicate"])
    }

    @Test("replications refused: another organization, one's own practice, a draft, bad values; nothing written")
    func replicationProblems() throws {
        let hub = try WriteHarness()
        let before = try hub.count("replication")
        let practice = try hub.id("practice", "jmsp-community-composting")
        var elsewhere = ReplicationReport(practiceID: practice)
        elsewhere.organizationID = try hub.id("organization", "ca-toronto")
        #expect(
            try hub.attempt { try $0.recordReplication(elsewhere, by: hub.member) }.problemSummary
                == ["organizationId:not_own_organization"])
        #expect(
            try hub.attempt { try $0.recordReplication(ReplicationReport(practiceID: practice), by: hub.other) }
                .problemSummary == ["organizationId:required"])
        var own = ReplicationReport(practiceID: practice)
        own.organizationID = try hub.id("organization", "jo-mola")
        #expect(
            try hub.attempt { try $0.recordReplication(own, by: hub.admin, mayNameAnyOrganization: true) }
                .problemSummary
                == ["organizationId:invalid"])
        var bad = ReplicationReport(practiceID: try hub.id("practice", "poltava-open-budget"))
        bad.date = "2025-13"
        bad.notes = String(repeating: "n", count: 2_001)
        bad.status = ReplicationStatus(rawValue: "finished")
        #expect(
            try hub.attempt { try $0.recordReplication(bad, by: hub.member) }.problemSummary
                == ["practiceId:not_found", "date:invalid", "notes:too_long", "status:invalid"])
        #expect(try hub.count("replication") == before)
        #expect(
            try hub.attempt { try $0.recordReplication(elsewhere, by: hub.admin, mayNameAnyOrganization: true) }.value
                != nil)
    }

    @Test(
        "partial dates",
        arguments: [
            ("2019", true), ("2019-04", true), ("2019-04-30", true), ("2019-02-30", false), ("2019-4", false),
            ("19", false), ("2019-04-12T00", false), ("٢٠١٩", false),
        ])
    func partialDates(text: String, valid: Bool) {
        #expect(StoreWriter.isPartialDate(text) == valid)
    }
}
