import Foundation

/// Members writing practices: a new draft, and edits to their own drafts and rejected practices.
///
/// Each write checks its whole input first and returns every problem found, writing nothing;
/// run it inside ``HubDatabase/writeUnlessRefused(_:)`` so that it gets a transaction of its own.
/// The search index follows the texts through `practice_text`'s triggers (Migration 5).
extension StoreWriter {
    /// Creates a draft practice written by the account `author`, with `evidence_level`
    /// `self_reported` (moderators judge evidence); returns its id.
    public func createPracticeDraft(
        _ draft: PracticeDraft, by author: Int64, now: Date = Date()
    ) throws -> WriteOutcome<Int64> {
        var problems = ProblemList()
        draft.checkForm(into: &problems, now: now)
        let lead = try reader.checkLinks(of: draft, author: author, into: &problems)
        guard problems.isEmpty, let lead else { return .refused(problems.problems) }
        let time = StoreTime.text(now)
        let id = try insert(
            """
            INSERT INTO practice (key, lead_organization_id, program_id, partnership_id, evidence_level, status,
                year, author_account_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, 'self_reported', 'draft', ?, ?, ?, ?)
            """,
            [
                try uniquePracticeKey(for: draft), lead, draft.programID, draft.partnershipID, draft.year, author,
                time, time,
            ])
        try replaceContent(of: id, with: draft)
        return .written(id)
    }

    /// Replaces the content of practice `id` with `draft`, when `author` wrote it and it is a
    /// draft or was rejected (it keeps that status, and a rejected one its reason, until it is
    /// submitted again); returns its id.
    public func updatePractice(
        _ id: Int64, with draft: PracticeDraft, by author: Int64, now: Date = Date()
    ) throws -> WriteOutcome<Int64> {
        guard let practice = try reader.practices(ids: [id])[id] else {
            return .refused([WriteProblem(.notFound, ["practiceId"], "there is no practice with this id")])
        }
        if practice.authorAccountID != author {
            return .refused([WriteProblem(.notAuthor, ["practiceId"], "only the practice's author may edit it")])
        }
        if practice.status != .draft && practice.status != .rejected {
            return .refused([
                WriteProblem(
                    .wrongStatus, ["practiceId"],
                    "a practice \(practice.status.phrase) cannot be edited; only drafts and rejected practices can")
            ])
        }
        var problems = ProblemList()
        draft.checkForm(into: &problems, now: now)
        let lead = try reader.checkLinks(of: draft, author: author, into: &problems)
        guard problems.isEmpty, let lead else { return .refused(problems.problems) }
        try execute(
            """
            UPDATE practice SET lead_organization_id = ?, program_id = ?, partnership_id = ?, year = ?, updated_at = ?
            WHERE id = ?
            """, [lead, draft.programID, draft.partnershipID, draft.year, StoreTime.text(now), id])
        try replaceContent(of: id, with: draft)
        return .written(id)
    }

    /// Writes a practice's texts, themes and SDG targets as `draft` has them. Texts are updated
    /// in place (the index's update trigger re-indexes them); languages the draft lacks are
    /// deleted (and unindexed).
    private func replaceContent(of id: Int64, with draft: PracticeDraft) throws {
        try execute(
            "DELETE FROM practice_text WHERE practice_id = ? AND language NOT IN (SELECT value FROM json_each(?))",
            [id, KeySet.json(draft.texts.map(\.language.rawValue))])
        for text in draft.texts {
            try execute(
                """
                INSERT INTO practice_text (practice_id, language, title, summary, problem, approach, results, lessons,
                    replicability, tags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (practice_id, language) DO UPDATE SET title = excluded.title, summary = excluded.summary,
                    problem = excluded.problem, approach = excluded.approach, results = excluded.results,
                    lessons = excluded.lessons, replicability = excluded.replicability, tags = excluded.tags
                """,
                [
                    id, text.language.rawValue, text.title.trimmed, text.summary.trimmed, text.problem.trimmed,
                    text.approach.trimmed, text.results.trimmed, text.lessons.trimmed, text.replicability.trimmed,
                    text.tags.trimmed,
                ])
        }
        try execute("DELETE FROM practice_theme WHERE practice_id = ?", [id])
        try execute(
            "INSERT INTO practice_theme (practice_id, theme_id) SELECT DISTINCT ?, value FROM json_each(?)",
            [id, KeySet.json(draft.themeIDs)])
        try execute("DELETE FROM practice_sdg_target WHERE practice_id = ?", [id])
        try execute(
            "INSERT INTO practice_sdg_target (practice_id, sdg_target_id) SELECT DISTINCT ?, value FROM json_each(?)",
            [id, KeySet.json(draft.sdgTargetIDs)])
    }

    /// A key for a new practice from its title (`composting-in-magog`), with a number added when
    /// the key is taken (`composting-in-magog-2`).
    private func uniquePracticeKey(for draft: PracticeDraft) throws -> String {
        let title = (draft.texts.first { $0.language == .english } ?? draft.texts.first)?.title ?? ""
        var slug = ""
        for character in title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
            if slug.count >= 60 { break }
        }
        while slug.last == "-" { slug.removeLast() }
        if slug.isEmpty { slug = "practice" }
        var candidate = slug
        var number = 1
        while try reader.fetchOne(Int.self, "SELECT 1 FROM practice WHERE key = ?", [candidate]) != nil {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        return candidate
    }
}

extension PracticeStatus {
    /// The status as words after "a practice …", for messages.
    var phrase: String {
        switch self {
        case .draft: "that is a draft"
        case .inReview: "in review"
        case .published: "that is published"
        case .rejected: "that was rejected"
        default: "with status \(rawValue)"
        }
    }
}

extension String {
    /// The text without white space at either end.
    var trimmed: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// How the store writes times: ISO 8601 in UTC, to the second (`2026-11-29T10:15:00Z`), which
/// sorts as text in time order.
enum StoreTime {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
