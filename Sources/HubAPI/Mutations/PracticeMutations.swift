import GraphQLEngine
import HubStore

/// The answer of a mutation on a practice: the practice as it is after the change, or the
/// user errors (and then no change).
struct PracticePayload: Sendable {
    /// The practice after the change; nil when refused.
    var practice: Practice?
    /// What to fix; empty when the change was made.
    var userErrors: [UserError]
}

/// Members writing practices and admins reviewing them: `createPracticeDraft`,
/// `updatePractice`, `submitPracticeForReview`, `publishPractice`, `rejectPractice`.
///
/// Who may call each one is `AccessPolicy`'s; the store checks the input, the author and the
/// practice's status in the write's own transaction. A practice that is not the caller's is
/// refused with `FORBIDDEN`, not as a user error: the person cannot fix it in the form.
extension ResolverTable {
    /// The payload types of the practice mutations, all with `practice` and `userErrors`.
    static let practicePayloadTypes = [
        "CreatePracticeDraftPayload", "UpdatePracticePayload", "SubmitPracticeForReviewPayload",
        "PublishPracticePayload", "RejectPracticePayload", "BookmarkPracticePayload",
    ]

    mutating func addPracticeMutations() {
        object("Mutation", as: Root.self) { mutation in
            mutation.asyncField("createPracticeDraft") { _, input in
                let (request, account) = try input.signedIn()
                var fields = MutationInput(input)
                let draft = fields.practiceDraft()
                if !fields.userErrors.isEmpty {
                    return .object(PracticePayload(practice: nil, userErrors: fields.userErrors))
                }
                return try await request.writePractice { try $0.createPracticeDraft(draft, by: account.id) }
            }
            mutation.asyncField("updatePractice") { _, input in
                let (request, account) = try input.signedIn()
                var fields = MutationInput(input)
                let id = fields.id("practiceId", of: .practice)
                let draft = fields.practiceDraft()
                guard let id, fields.userErrors.isEmpty else {
                    return .object(PracticePayload(practice: nil, userErrors: fields.userErrors))
                }
                return try await request.writePractice { try $0.updatePractice(id, with: draft, by: account.id) }
            }
            mutation.asyncField("submitPracticeForReview") { _, input in
                try await input.writeNamedPractice { writer, id, account in
                    try writer.submitPracticeForReview(id, by: account.id)
                }
            }
            mutation.asyncField("publishPractice") { _, input in
                try await input.writeNamedPractice { writer, id, account in
                    try writer.publishPractice(id, by: account.id)
                }
            }
            mutation.asyncField("rejectPractice") { _, input in
                let reason = MutationInput(input).string("reason") ?? ""
                return try await input.writeNamedPractice { writer, id, account in
                    try writer.rejectPractice(id, reason: reason, by: account.id)
                }
            }
        }
        for typeName in Self.practicePayloadTypes {
            object(typeName, as: PracticePayload.self) { payload in
                payload.value("practice") { .optional($0.practice.map { .object($0) }) }
                payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
            }
        }
    }
}

extension ResolverInput {
    /// The request and the signed-in account that `AccessPolicy` let through.
    func signedIn() throws -> (RequestContext, Account) {
        let request = try request
        guard let account = request.caller.account else {
            throw AuthorizationError(
                .unauthenticated, "\(info.parentType.name).\(info.fieldName) needs a signed-in member; sign in.")
        }
        return (request, account)
    }

    /// Runs a write on the practice named by the input's `practiceId`, for the signed-in account.
    func writeNamedPractice(
        _ write: @escaping @Sendable (StoreWriter, Int64, Account) throws -> WriteOutcome<Int64>
    ) async throws -> FieldValue {
        let (request, account) = try signedIn()
        var fields = MutationInput(self)
        guard let id = fields.id("practiceId", of: .practice) else {
            return .object(PracticePayload(practice: nil, userErrors: fields.userErrors))
        }
        return try await request.writePractice { try write($0, id, account) }
    }
}

extension RequestContext {
    /// Runs a practice write in its own transaction and reads the practice back in it; a
    /// refusal because the caller is not the author is `FORBIDDEN`, any other a payload with
    /// user errors.
    func writePractice(
        _ write: @escaping @Sendable (StoreWriter) throws -> WriteOutcome<Int64>
    ) async throws -> FieldValue {
        let outcome = try await database.writeUnlessRefused { writer in
            try write(writer).map { id in try writer.reader.practices(ids: [id])[id] }
        }
        switch outcome {
        case .written(let practice):
            return .object(PracticePayload(practice: practice, userErrors: []))
        case .refused(let problems):
            if let notAuthor = problems.first(where: { $0.code == .notAuthor }) {
                throw AuthorizationError(
                    .forbidden, notAuthor.message.prefix(1).uppercased() + notAuthor.message.dropFirst() + ".")
            }
            return .object(PracticePayload(practice: nil, userErrors: problems.map(UserError.init)))
        }
    }
}
