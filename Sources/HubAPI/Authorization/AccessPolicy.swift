/// Who may read what: every field that is not open to anyone, in one table, applied to the
/// resolvers when `HubAPI` binds them (`ResolverTable.resolvers(applying:)`). A rule naming a
/// field the schema does not have stops `HubAPI` from starting, like a missing resolver.
///
/// - Anyone: published practices, publications (research), organizations, programs,
///   partnerships, activities, statistics. Practices that are not published are filtered out
///   by their loaders and listings, not refused: only their author account and admins see them.
/// - Members (any signed-in account): people's contact details, and only where the person
///   consented (`Person.email` is null otherwise, whoever asks); their own drafts.
/// - Researchers: network analytics (`Query.network`: neighbours, chains, rankings, edges).
/// - Admins: everything above; moderation is in the mutations.
/// - Mutations: only with a session. Members write, submit and bookmark practices, record
///   replications and manage their password and API keys; admins publish, reject and invite.
///   Anyone but an API key signs up and signs in. API keys run no mutation (`FORBIDDEN`).
/// - Integrators' API keys (scope `read`) read what a member reads; a key acts with its
///   account's role, so a researcher's key reaches the network analytics too. A key without
///   `read` is refused wherever a rule applies.
///
/// Nobody reads a person's gender or any personal detail the person did not consent to: the
/// schema has no field for them.
struct AccessPolicy: Sendable {
    /// The rules, by `Type.field`.
    let rules: [String: AccessRule]

    /// The hub's policy.
    static let hub = AccessPolicy(rules: [
        // People: contact details for members only, and only with consent (resolver).
        "Person.email": .member,
        "Person.contactable": .member,
        // The network analytics are for researchers.
        "Query.network": .role(.researcher),
        // Mutations run with a session only: API keys are read-only (FORBIDDEN). Members write,
        // submit and bookmark practices, record replications and manage their keys; admins
        // moderate and invite. The store checks that a practice is the caller's own.
        "Mutation.createPracticeDraft": .session(.member),
        "Mutation.updatePractice": .session(.member),
        "Mutation.submitPracticeForReview": .session(.member),
        "Mutation.publishPractice": .session(.admin),
        "Mutation.rejectPractice": .session(.admin),
        "Mutation.bookmarkPractice": .session(.member),
        "Mutation.removeBookmark": .session(.member),
        "Mutation.recordReplication": .session(.member),
        // Accounts: signing up and in needs no session (but not a key); the service checks the
        // password, the invitation and the rate limits.
        "Mutation.signUp": .notAPIKey,
        "Mutation.signIn": .notAPIKey,
        "Mutation.signOut": .session(.member),
        "Mutation.changePassword": .session(.member),
        "Mutation.createInvitation": .session(.admin),
        "Mutation.createAPIKey": .session(.member),
        "Mutation.revokeAPIKey": .session(.member),
    ])

    /// The rule of `typeName.fieldName`; `.anyone` for a field without one.
    func rule(_ typeName: String, _ fieldName: String) -> AccessRule {
        rules["\(typeName).\(fieldName)"] ?? .anyone
    }
}
