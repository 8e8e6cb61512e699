import GRDB

/// A practice's review trail (Migration 8): the times of its latest steps, its last reviewer,
/// and why it was last rejected. Curated practices have none of these.
public struct PracticeReview: Hashable, Sendable {
    public var practiceID: Int64
    /// Times as ISO 8601 in UTC.
    public var createdAt: String?
    public var updatedAt: String?
    public var submittedAt: String?
    public var reviewedAt: String?
    /// The moderator's account that last published or rejected it.
    public var reviewerAccountID: Int64?
    /// Why it was last rejected; kept after it is submitted again.
    public var rejectionReason: String?
    public var publishedAt: String?

    init(row: Row) {
        practiceID = row["id"]
        createdAt = row["created_at"]
        updatedAt = row["updated_at"]
        submittedAt = row["submitted_at"]
        reviewedAt = row["reviewed_at"]
        reviewerAccountID = row["reviewer_account_id"]
        rejectionReason = row["rejection_reason"]
        publishedAt = row["published_at"]
    }
}

/// A practice a member saved, and when.
public struct Bookmark: Hashable, Sendable {
    public var practiceID: Int64
    /// When it was saved, ISO 8601 in UTC.
    public var createdAt: String
}

/// What a member sees of their own: bookmarks, the practices they wrote, and the review trail
/// of practices. Lists are read a page at a time after a position (keyset), newest first.
extension StoreReader {
    /// The review trails of practices, by id; one statement.
    public func practiceReviews(ids: some Collection<Int64>) throws -> [Int64: PracticeReview] {
        if ids.isEmpty { return [:] }
        var result: [Int64: PracticeReview] = [:]
        try forEach(
            """
            SELECT id, created_at, updated_at, submitted_at, reviewed_at, reviewer_account_id, rejection_reason,
                published_at
            FROM practice WHERE id IN (SELECT value FROM json_each(?))
            """, [KeySet.json(ids)]
        ) { result[$0["id"]] = PracticeReview(row: $0) }
        return result
    }

    /// Up to `limit` of the account's bookmarks, newest first, after `after` (the last one of
    /// the previous page).
    public func bookmarks(of account: Int64, after: Bookmark? = nil, limit: Int) throws -> [Bookmark] {
        try fetchAll(
            """
            SELECT practice_id, created_at FROM bookmark
            WHERE account_id = ?1 AND (?2 IS NULL OR (created_at, practice_id) < (?2, ?3))
            ORDER BY created_at DESC, practice_id DESC LIMIT ?4
            """, [account, after?.createdAt, after?.practiceID, max(0, limit)]
        ) { Bookmark(practiceID: $0["practice_id"], createdAt: $0["created_at"]) }
    }

    /// How many practices the account bookmarked.
    public func bookmarkCount(of account: Int64) throws -> Int {
        try fetchOne(Int.self, "SELECT count(*) FROM bookmark WHERE account_id = ?", [account]) ?? 0
    }

    /// Which of `practiceIDs` the account bookmarked; one statement for a whole page of practices.
    public func bookmarked(_ practiceIDs: some Collection<Int64>, by account: Int64) throws -> Set<Int64> {
        if practiceIDs.isEmpty { return [] }
        var result: Set<Int64> = []
        try forEach(
            "SELECT practice_id FROM bookmark WHERE account_id = ? AND practice_id IN (SELECT value FROM json_each(?))",
            [account, KeySet.json(practiceIDs)]
        ) { result.insert($0[0]) }
        return result
    }

    /// Up to `limit` practices the account wrote, newest first (by id), with one of `statuses`
    /// (any when empty), after the practice `afterID`.
    public func practices(
        authoredBy account: Int64, statuses: [PracticeStatus] = [], afterID: Int64? = nil, limit: Int
    ) throws -> [Practice] {
        try fetchAll(
            """
            SELECT * FROM practice
            WHERE author_account_id = ?1 AND (?2 = '[]' OR status IN (SELECT value FROM json_each(?2)))
                AND (?3 IS NULL OR id < ?3)
            ORDER BY id DESC LIMIT ?4
            """, [account, KeySet.json(statuses.map(\.rawValue)), afterID, max(0, limit)], Practice.init(row:))
    }

    /// How many practices the account wrote with one of `statuses` (any when empty).
    public func practiceCount(authoredBy account: Int64, statuses: [PracticeStatus] = []) throws -> Int {
        try fetchOne(
            Int.self,
            """
            SELECT count(*) FROM practice
            WHERE author_account_id = ?1 AND (?2 = '[]' OR status IN (SELECT value FROM json_each(?2)))
            """, [account, KeySet.json(statuses.map(\.rawValue))]) ?? 0
    }
}
