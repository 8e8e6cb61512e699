import Dispatch
import Foundation
import GRDB
import Testing

@testable import HubStore

@Suite("Writes as transactions", .serialized)
struct WriteTransactionTests {
    @Test("readers during a draft's write see the state before it, and the draft once committed")
    func readsDuringAWrite() throws {
        let hub = try WriteHarness()
        let draft = try hub.compostingDraft()
        let before = try hub.count("practice")
        let written = DispatchSemaphore(value: 0)
        let mayCommit = DispatchSemaphore(value: 0)
        let committed = DispatchSemaphore(value: 0)
        let database = hub.database
        let member = hub.member
        let writer = Thread {
            _ = try? database.writeUnlessRefused { writer in
                let outcome = try writer.createPracticeDraft(draft, by: member)
                written.signal()
                mayCommit.wait()  // keep the transaction open while the readers run
                return outcome
            }
            committed.signal()
        }
        writer.start()
        #expect(written.wait(timeout: .now() + 10) == .success)
        for _ in 0..<4 {
            #expect(try hub.count("practice") == before)
            #expect(try hub.search("magog", drafts: true) == [])
        }
        mayCommit.signal()
        #expect(committed.wait(timeout: .now() + 10) == .success)
        #expect(try hub.count("practice") == before + 1)
        #expect(try hub.search("magog", drafts: true).count == 1)
    }

    @Test("a refusal rolls back what the write did before deciding")
    func refusalRollsBack() async throws {
        let hub = try WriteHarness()
        let before = try hub.count("source")
        let outcome: WriteOutcome<Int> = try await hub.database.writeUnlessRefused { writer in
            try writer.execute("INSERT INTO source (url) VALUES ('https://example.org/rolled-back')")
            return .refused([WriteProblem(.invalid, ["url"], "refused after writing")])
        }
        #expect(outcome.problemSummary == ["url:invalid"])
        #expect(try hub.count("source") == before)
    }

    @Test("migration 8 keeps an older database's practices and their links, and allows rejected")
    func migrationKeepsPractices() throws {
        let scratch = try ScratchDatabase()
        do {
            let pool = try DatabasePool(path: scratch.path)
            try HubMigrations.migrator.migrate(pool, upTo: Migration6Accounts.identifier)
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO country (id, iso2, iso3, name_en, name_fr, fcm_region)
                        VALUES (1, 'VN', 'VNM', 'Vietnam', 'Viêt Nam', 'asia');
                        INSERT INTO organization (id, key, kind, name_en, name_fr, country_id)
                        VALUES (1, 'vn-nam-dinh', 'municipality', 'Nam Dinh', 'Nam Dinh', 1);
                        INSERT INTO practice (id, key, lead_organization_id, evidence_level, status)
                        VALUES (7, 'land', 1, 'evaluated', 'published');
                        INSERT INTO practice_text (practice_id, language, title) VALUES (7, 'fr', 'Gestion foncière');
                        """)
            }
        }
        let database = try scratch.open()
        let (practice, indexes, found) = try database.read { reader in
            (
                try reader.practices(ids: [7])[7],
                try reader.fetchAll(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'practice' AND sql IS NOT NULL ORDER BY name"
                ) { $0[0] as String },
                try reader.search(SearchRequest(text: "fonciere")).map(\.id)
            )
        }
        #expect(practice?.key == "land")
        #expect(practice?.status == .published)
        // Migration 8's indexes re-created, and migration 10's added after it.
        #expect(
            indexes == [
                "practice_by_author", "practice_by_author_account", "practice_by_lead", "practice_by_partnership",
                "practice_by_program", "practice_by_status", "practice_listed",
            ])
        #expect(found == [7])
        try database.write { writer in
            try writer.execute("UPDATE practice SET status = 'rejected', rejection_reason = 'Sources?' WHERE id = 7")
        }
        #expect(throws: StoreError.self) {
            try database.write { try $0.execute("UPDATE practice SET status = 'rejected', rejection_reason = NULL") }
        }
        // The texts still belong to the practice: deleting it cascades.
        try database.write { try $0.execute("DELETE FROM practice WHERE id = 7") }
        #expect(try database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM practice_text") } == 0)
    }
}
