import Foundation
import Testing

@testable import HubStore

/// A seeded database with three accounts, and the ids the write tests use.
///
/// - `member` (Vicki-May Hamm's account) belongs to Magog's person, so Magog is their organization;
/// - `other` is a member with no person, hence no organization;
/// - `admin` moderates.
final class WriteHarness {
    let scratch: ScratchDatabase
    let database: HubDatabase
    let member: Int64 = 1
    let other: Int64 = 2
    let admin: Int64 = 3
    /// A fixed "now", so the trail's times are known.
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        scratch = try ScratchDatabase()
        database = try seededDatabase(scratch)
        try database.write { writer in
            try writer.execute(
                """
                INSERT INTO member_account (id, email, display_name, password_hash, role, person_id, created_at)
                VALUES (1, 'vicki@example.org', 'Vicki', 'x', 'member',
                        (SELECT id FROM person WHERE key = 'vicki-may-hamm'), '2026-01-01T00:00:00Z'),
                    (2, 'other@example.org', 'Other', 'x', 'member', NULL, '2026-01-01T00:00:00Z'),
                    (3, 'admin@example.org', 'Admin', 'x', 'admin', NULL, '2026-01-01T00:00:00Z')
                """)
        }
    }

    /// The id of the record of `table` with `column` equal to `value`.
    func id(_ table: String, _ value: String, column: String = "key") throws -> Int64 {
        let found = try database.read {
            try $0.fetchOne(Int64.self, "SELECT id FROM \(table) WHERE \(column) = ?", [value])
        }
        guard let found else { throw HarnessError(description: "no \(table) with \(column) \(value)") }
        return found
    }

    /// A count of rows, to show that a refused write changed nothing.
    func count(_ table: String) throws -> Int {
        try database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM \(table)") } ?? -1
    }

    /// The row counts of every table a practice write touches.
    func practiceTables() throws -> [Int] {
        try ["practice", "practice_text", "practice_theme", "practice_sdg_target", "practice_search_docsize"].map(count)
    }

    /// A complete draft about composting in Magog, ready to submit.
    func compostingDraft() throws -> PracticeDraft {
        var draft = PracticeDraft(texts: [
            PracticeDraft.Text(
                language: .english, title: "Neighbourhood composting in Magog",
                summary: "Shared compost bins on every street.", approach: "Volunteers run the bins.",
                results: "A third less kitchen waste to the landfill.", tags: "compost, waste"),
            PracticeDraft.Text(
                language: .french, title: "Compostage de quartier à Magog",
                summary: "Des bacs partagés dans chaque rue.",
                approach: "Des bénévoles gèrent les bacs.", results: "Un tiers de déchets de cuisine en moins."),
        ])
        draft.themeIDs = [try id("theme", "local-governance", column: "code")]
        draft.sdgTargetIDs = [try id("sdg_target", "11.3", column: "code")]
        draft.year = 2024
        return draft
    }

    /// Runs a write that may be refused, in its own transaction.
    func attempt<Value>(_ body: (StoreWriter) throws -> WriteOutcome<Value>) throws -> WriteOutcome<Value> {
        try database.writeUnlessRefused(body)
    }

    /// The ids of practices found by a search, published only unless `drafts`.
    func search(_ text: String, drafts: Bool = false) throws -> [Int64] {
        var request = SearchRequest(text: text)
        request.scope = .practices
        request.includesUnpublished = drafts
        return try database.read { try $0.search(request) }.map(\.id)
    }

    /// The practice with `id`.
    func practice(_ id: Int64) throws -> Practice? {
        try database.read { try $0.practices(ids: [id])[id] }
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
}

extension WriteOutcome {
    /// The written value, recording a test issue when refused.
    func expectWritten(sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
        if case .refused(let problems) = self {
            Issue.record("refused: \(problems)", sourceLocation: sourceLocation)
        }
        return value
    }

    /// The problems as (field path, code) pairs, for comparing with a table.
    var problemSummary: [String] {
        problems.map { "\($0.field.joined(separator: ".")):\($0.code.rawValue)" }
    }
}
