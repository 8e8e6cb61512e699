import GraphQLEngine
import HubStore

/// The answer of `removeBookmark`.
struct RemoveBookmarkPayload: Sendable {
    /// The practice no longer bookmarked; nil when refused.
    var practiceID: Int64?
    var userErrors: [UserError]
}

/// The answer of `recordReplication`.
struct RecordReplicationPayload: Sendable {
    /// The practice replicated, with the new replication among its replications; nil when
    /// refused.
    var practice: Practice?
    var userErrors: [UserError]
}

/// Members' bookmarks and replications: `bookmarkPractice`, `removeBookmark`,
/// `recordReplication`.
extension ResolverTable {
    mutating func addMemberMutations() {
        object("Mutation", as: Root.self) { mutation in
            mutation.asyncField("bookmarkPractice") { _, input in
                try await input.writeNamedPractice { writer, id, account in
                    try writer.bookmarkPractice(id, by: account.id)
                }
            }
            mutation.asyncField("removeBookmark") { _, input in
                let (request, account) = try input.signedIn()
                var fields = MutationInput(input)
                guard let id = fields.id("practiceId", of: .practice) else {
                    return .object(RemoveBookmarkPayload(practiceID: nil, userErrors: fields.userErrors))
                }
                let outcome = try await request.database.writeUnlessRefused {
                    try $0.removeBookmark(id, by: account.id)
                }
                return .object(
                    RemoveBookmarkPayload(practiceID: outcome.value, userErrors: outcome.problems.map(UserError.init)))
            }
            mutation.asyncField("recordReplication") { _, input in
                let (request, account) = try input.signedIn()
                var fields = MutationInput(input)
                let practiceID = fields.id("practiceId", of: .practice)
                var report = ReplicationReport(practiceID: practiceID ?? 0)
                report.organizationID = fields.id("organizationId", of: .organization)
                report.status = fields.enumName("status").map(ReplicationStatus.init(enumName:)) ?? .adopted
                report.date = fields.string("date")
                report.notes = fields.string("notes") ?? ""
                guard practiceID != nil, fields.userErrors.isEmpty else {
                    return .object(RecordReplicationPayload(practice: nil, userErrors: fields.userErrors))
                }
                let mayNameAny = account.role == .admin
                let recorded = report  // a constant: the write runs on another thread
                let outcome = try await request.database.writeUnlessRefused { writer in
                    try writer.recordReplication(recorded, by: account.id, mayNameAnyOrganization: mayNameAny)
                        .map { _ in try writer.reader.practices(ids: [recorded.practiceID])[recorded.practiceID] }
                }
                return .object(
                    RecordReplicationPayload(
                        practice: outcome.value ?? nil, userErrors: outcome.problems.map(UserError.init)))
            }
        }
        object("RemoveBookmarkPayload", as: RemoveBookmarkPayload.self) { payload in
            payload.value("removedPracticeId") { .optional($0.practiceID.map { .id(.practice, $0) }) }
            payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
        }
        object("RecordReplicationPayload", as: RecordReplicationPayload.self) { payload in
            payload.value("practice") { .optional($0.practice.map { .object($0) }) }
            payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
        }
    }
}
