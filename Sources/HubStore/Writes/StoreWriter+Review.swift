import Foundation

/// A practice's way to publication: its author submits it, a moderator publishes it or rejects it
/// with a reason; a rejected practice may be edited and submitted again.
///
/// ```
/// draft ──submit──▶ in_review ──publish──▶ published
///   ▲                 │  ▲
///   │ (edit)        reject  └──submit── rejected ◀─┘ (edit)
/// ```
///
/// Who may publish and reject is the API's authorization policy; the store records the
/// reviewer's account and checks the steps and their inputs.
extension StoreWriter {
    /// Sends the author's draft (or rejected practice) to the moderators, once it is complete:
    /// each text has a summary, an approach and results, and the practice has a theme.
    public func submitPracticeForReview(_ id: Int64, by author: Int64, now: Date = Date()) throws -> WriteOutcome<Int64>
    {
        guard let practice = try reader.practices(ids: [id])[id] else {
            return .refused([WriteProblem(.notFound, ["practiceId"], "there is no practice with this id")])
        }
        if practice.authorAccountID != author {
            return .refused([
                WriteProblem(.notAuthor, ["practiceId"], "only the practice's author may submit it for review")
            ])
        }
        if practice.status != .draft && practice.status != .rejected {
            return .refused([
                WriteProblem(
                    .wrongStatus, ["practiceId"],
                    "a practice \(practice.status.phrase) cannot be submitted; only drafts and rejected practices can")
            ])
        }
        var problems = ProblemList()
        try reader.checkComplete(id, into: &problems)
        guard problems.isEmpty else { return .refused(problems.problems) }
        try execute(
            "UPDATE practice SET status = 'in_review', submitted_at = ? WHERE id = ?", [StoreTime.text(now), id])
        return .written(id)
    }

    /// Publishes a practice in review, recording `reviewer` and the time; it becomes visible to
    /// everyone, in search too.
    public func publishPractice(_ id: Int64, by reviewer: Int64, now: Date = Date()) throws -> WriteOutcome<Int64> {
        if let problem = try reviewProblem(id, step: "published") { return .refused([problem]) }
        let time = StoreTime.text(now)
        try execute(
            """
            UPDATE practice SET status = 'published', reviewed_at = ?, reviewer_account_id = ?, published_at = ?
            WHERE id = ?
            """, [time, reviewer, time, id])
        return .written(id)
    }

    /// Sends a practice in review back to its author with `reason`, which the author sees.
    public func rejectPractice(
        _ id: Int64, reason: String, by reviewer: Int64, now: Date = Date()
    ) throws -> WriteOutcome<Int64> {
        var problems = ProblemList()
        if reason.isBlank {
            problems.add(.required, ["reason"], "say why the practice is rejected, so its author can fix it")
        } else if reason.count > PracticeTextLimit.note {
            problems.add(
                .tooLong, ["reason"],
                "the reason has \(reason.count) characters; shorten it to \(PracticeTextLimit.note) at most")
        }
        if let problem = try reviewProblem(id, step: "rejected") {
            problems.add(problem.code, problem.field, problem.message)
        }
        guard problems.isEmpty else { return .refused(problems.problems) }
        try execute(
            """
            UPDATE practice SET status = 'rejected', reviewed_at = ?, reviewer_account_id = ?, rejection_reason = ?
            WHERE id = ?
            """, [StoreTime.text(now), reviewer, reason.trimmed, id])
        return .written(id)
    }

    /// Why practice `id` cannot be reviewed now: missing, or not in review.
    private func reviewProblem(_ id: Int64, step: String) throws -> WriteProblem? {
        guard let practice = try reader.practices(ids: [id])[id] else {
            return WriteProblem(.notFound, ["practiceId"], "there is no practice with this id")
        }
        if practice.status != .inReview {
            return WriteProblem(
                .wrongStatus, ["practiceId"],
                "a practice \(practice.status.phrase) cannot be \(step); only practices in review can")
        }
        return nil
    }
}

extension StoreReader {
    /// Checks that a practice has what readers need before moderators see it.
    func checkComplete(_ id: Int64, into problems: inout ProblemList) throws {
        let languageNames: [Language: String] = [.english: "English", .french: "French", .spanish: "Spanish"]
        try forEach(
            "SELECT language, summary, approach, results FROM practice_text WHERE practice_id = ? ORDER BY language",
            [id]
        ) { row in
            let language = Language(rawValue: row["language"])
            let name = languageNames[language] ?? language.rawValue
            for part in ["summary", "approach", "results"] where (row[part] as String).isBlank {
                problems.add(
                    .required, [],
                    "the \(name) text needs its \(part) before the practice is submitted; edit the draft to add it")
            }
        }
        if try fetchOne(Int.self, "SELECT 1 FROM practice_theme WHERE practice_id = ? LIMIT 1", [id]) == nil {
            problems.add(
                .required, [], "the practice needs at least one theme before it is submitted; edit the draft to add one"
            )
        }
    }
}
