import GraphQLEngine
import HubStore

/// What the member mutations leave behind, as the signed-in member reads it:
/// `Viewer.bookmarks`, `Practice.viewerHasBookmarked` and `Practice.review` (the trail that
/// tells an author why their practice was rejected).
extension ResolverTable {
    mutating func addMemberFields() {
        object("Viewer", as: Account.self) { viewer in
            viewer.asyncField("bookmarks") { account, input in
                let request = try input.request
                let arguments = try ConnectionArguments(input)
                // A member's bookmarks are few: they are read at once, newest first, and paged
                // in memory by practice id, so a cursor survives bookmarks added meanwhile.
                let (bookmarks, practices) = try await request.read { reader in
                    let bookmarks = try reader.bookmarks(of: account.id, limit: Self.maximumBookmarks)
                    return (bookmarks, try reader.practices(ids: bookmarks.map(\.practiceID)))
                }
                // A bookmarked practice the caller can no longer see (withdrawn since) is left out.
                let visible = bookmarks.compactMap { practices[$0.practiceID] }.filter(request.canSee)
                return .object(
                    try Connection.paging(visible, by: arguments, key: { String($0.id) }, node: { .object($0) }))
            }
        }
        object("Practice", as: Practice.self) { practice in
            practice.field("viewerHasBookmarked") { practice, input in
                input.load(Self.bookmarked, key: practice.id)
            }
            practice.field("review") { practice, input in
                let request = try input.request
                guard let account = request.caller.account,
                    practice.authorAccountID == account.id || account.role == .admin
                else { return .null }
                return input.load(Self.reviews, key: practice.id)
            }
        }
        object("PracticeReview", as: PracticeReview.self) { review in
            review.value("createdAt") { .optional($0.createdAt.map(FieldValue.string)) }
            review.value("updatedAt") { .optional($0.updatedAt.map(FieldValue.string)) }
            review.value("submittedAt") { .optional($0.submittedAt.map(FieldValue.string)) }
            review.value("reviewedAt") { .optional($0.reviewedAt.map(FieldValue.string)) }
            review.value("publishedAt") { .optional($0.publishedAt.map(FieldValue.string)) }
            review.value("rejectionReason") { .optional($0.rejectionReason.map(FieldValue.string)) }
        }
    }

    /// The most bookmarks `Viewer.bookmarks` lists.
    static let maximumBookmarks = 1_000

    /// Whether the caller bookmarked each practice: one statement for a level of a response;
    /// false for callers without an account.
    static let bookmarked = BatchLoader<Int64>(name: "bookmark loader") { ids, context in
        let request = try requestContext(context)
        guard let account = request.caller.account else { return ids.map { _ in .boolean(false) } }
        let marked = try await request.read { try $0.bookmarked(ids, by: account.id) }
        return ids.map { .boolean(marked.contains($0)) }
    }

    /// Practices' review trails, one statement for a level of a response.
    static let reviews = BatchLoader<Int64>(name: "practice review loader") { ids, context in
        let reviews = try await requestContext(context).read { try $0.practiceReviews(ids: ids) }
        return ids.map { id in reviews[id].map { .object($0) } ?? .null }
    }
}
