/// SQL and FTS5 syntax, and 100 KB values, in every string argument of the hub's schema that
/// reaches the store: search terms, filters, keys, cursors, IDs, and the mutations' inputs.
/// Each argument site gets every payload at once (one aliased field per payload); the answer
/// must be served (no SQL error, no internal error), and the normal query afterwards shows
/// that no row was lost.
enum HostileArgumentCases {
    /// What a hostile client puts in a string: SQL that would end a statement, FTS5 query syntax
    /// (quotes, `NEAR`, `*`, `^`, column filters, boolean operators), LIKE wildcards, a NUL,
    /// characters outside the Basic Multilingual Plane, and 100 KB of quotes and operators.
    static let payloads = [
        "'; DROP TABLE practice; --", "\"unterminated", "NEAR(", "*", "^", "col:term", "\u{0}", "' OR '1'='1",
        "a\" OR \"b", "NEAR(a b, 2) AND -c NOT d", "%_\\", "😀\u{FFFF}", repeated("'\"*(", 25_000),
    ]

    /// One place a string reaches the store: the variables' type and a root field using `$P`.
    struct Site {
        var name: String
        var type: String
        var field: String
        var credential: HostileHub.Credential?
        var isMutation = false

        init(_ name: String, _ type: String, _ field: String, as credential: HostileHub.Credential? = nil, mutation: Bool = false) {
            self.name = name
            self.type = type
            self.field = field
            self.credential = credential
            self.isMutation = mutation
        }

        /// The request: one alias per payload, each its own variable.
        var hostileCase: HostileCase {
            let indices = payloads.indices
            let declarations = indices.map { "$p\($0): \(type)" }.joined(separator: ", ")
            let fields = indices.map { "a\($0): " + field.replacingOccurrences(of: "$P", with: "$p\($0)") }
            let variables = indices.map { #""p\#($0)":"# + JSONText.string(payloads[$0]) }.joined(separator: ",")
            return .post(
                "SQL and FTS syntax in \(name) is answered without an SQL error",
                (isMutation ? "mutation" : "query") + "(\(declarations)) { \(fields.joined(separator: " ")) }",
                variables: "{\(variables)}", credential: credential, status: 200)
        }
    }

    static let connection = "{ totalCount pageInfo { endCursor } }"
    static let searchPage = "{ totalCount facets { themes { value } years { value } } edges { cursor highlight { snippet } node { key } } }"
    static let payload = "{ userErrors { code } }"

    static let sites: [Site] = [
        // Searches.
        Site("practices(search:)", "String", "practices(search: $P, first: 3) \(searchPage)"),
        Site("practices(search:) in French", "String", "practices(search: $P, language: FR, orderBy: DATE, first: 3) \(searchPage)"),
        Site("publications(search:)", "String", "publications(search: $P, first: 3) { totalCount edges { highlight { snippet } } }"),
        // Keys and IDs.
        Site("practice(key:)", "String!", "practice(key: $P) { key }"),
        Site("publication(key:)", "String!", "publication(key: $P) { key }"),
        Site("organization(key:)", "String!", "organization(key: $P) { key }"),
        Site("program(key:)", "String!", "program(key: $P) { key }"),
        Site("partnership(key:)", "String!", "partnership(key: $P) { key }"),
        Site("node(id:)", "ID!", "node(id: $P) { id }"),
        Site("nodes(ids:)", "ID!", "nodes(ids: [$P]) { id }"),
        // Cursors.
        Site("practices(after:)", "String", "practices(after: $P) \(connection)"),
        Site("practices(before:)", "String", "practices(before: $P, last: 2) \(connection)"),
        Site("publications(after:)", "String", "publications(after: $P) \(connection)"),
        Site("organizations(before:)", "String", "organizations(before: $P, last: 2) \(connection)"),
        Site("programs(after:)", "String", "programs(after: $P) \(connection)"),
        Site("partnerships(after:)", "String", "partnerships(after: $P) \(connection)"),
        Site("experts(after:)", "String", "experts(after: $P) \(connection)"),
        Site(
            "Organization's connections' cursors", "String",
            #"organization(key: "ca-montreal") { partnerships(after: $P) { totalCount } practices(after: $P) { totalCount } people(after: $P) { totalCount } activities(after: $P) { totalCount } }"#),
        Site(
            "Practice's connections' cursors", "String",
            #"practice(key: "nam-dinh-land-management") { replications(after: $P) { totalCount } citedBy(before: $P, last: 1) { totalCount } }"#),
        Site(
            "Publication's connections' cursors", "String",
            #"publication(key: "restoring-hope") { cites(after: $P) { totalCount } citedBy(after: $P) { totalCount } }"#),
        Site("Viewer's connections' cursors", "String", "viewer { practices(after: $P) { totalCount } bookmarks(after: $P) { totalCount } }", as: .member),
        // Filters.
        Site("PracticeFilter's codes", "String!", "practices(filter: { themes: [$P], sdgTargets: [$P], countries: [$P] }) { totalCount }"),
        Site("PracticeFilter's IDs", "ID!", "practices(filter: { programs: [$P], organizations: [$P] }) { totalCount }"),
        Site("PublicationFilter", "String!", "publications(filter: { themes: [$P], countries: [$P] }) { totalCount }"),
        Site("OrganizationFilter", "String!", "organizations(filter: { countries: [$P], subdivisions: [$P], name: $P }) { totalCount }"),
        Site("PartnershipFilter", "String!", "partnerships(filter: { countries: [$P], themes: [$P] }) { totalCount }"),
        Site("experts(expertise:languages:)", "String!", "experts(expertise: [$P], languages: [$P]) { totalCount }"),
        Site("stats.measurements(indicator:)", "String", "stats { measurements(indicator: $P) { total } }"),
        Site(
            "NetworkFilter in stats", "String!",
            "stats { activePartnerships(from: 2000, to: 2030, filter: { countries: [$P], themes: [$P] }) { year } }"),
        Site("Network's organization IDs", "ID!", "network { neighbours(organization: $P) { distance } }", as: .admin),
        Site("Network's chain ends", "ID!", "network { shortestChain(from: $P, to: $P) { length } }", as: .admin),
        Site("Network's edge cursors and filter", "String!", "network { edges(after: $P, filter: { countries: [$P] }) { totalCount } }", as: .admin),
        // Mutations.
        Site("signIn's email and password", "String!", "signIn(input: { email: $P, password: $P }) \(payload)", mutation: true),
        Site(
            "signUp's fields", "String!", "signUp(input: { email: $P, password: $P, displayName: $P, invitation: $P }) \(payload)",
            mutation: true),
        Site(
            "createPracticeDraft's texts", "String!",
            "createPracticeDraft(input: { texts: [{ language: EN, title: $P, summary: $P, problem: $P, approach: $P, results: $P, lessons: $P, replicability: $P, tags: [$P] }] }) \(payload)",
            as: .member, mutation: true),
        Site(
            "createPracticeDraft's IDs", "ID!",
            #"createPracticeDraft(input: { texts: [{ language: EN, title: "t" }], organizationId: $P, programId: $P, partnershipId: $P, themeIds: [$P], sdgTargetIds: [$P] }) \#(payload)"#,
            as: .member, mutation: true),
        Site(
            "updatePractice's ID", "ID!", #"updatePractice(input: { practiceId: $P, texts: [{ language: EN, title: "t" }] }) \#(payload)"#,
            as: .member, mutation: true),
        Site("bookmarkPractice's ID", "ID!", "bookmarkPractice(input: { practiceId: $P }) \(payload)", as: .member, mutation: true),
        Site("rejectPractice's ID", "ID!", #"rejectPractice(input: { practiceId: $P, reason: "r" }) \#(payload)"#, as: .admin, mutation: true),
        Site(
            "recordReplication's IDs", "ID!", "recordReplication(input: { practiceId: $P, organizationId: $P }) \(payload)",
            as: .member, mutation: true),
        Site(
            "recordReplication's date and notes", "String!",
            #"recordReplication(input: { practiceId: "UHJhY3RpY2U6MQ", date: $P, notes: $P }) \#(payload)"#, as: .member,
            mutation: true),
        Site("createInvitation's email", "String!", "createInvitation(input: { email: $P }) \(payload)", as: .admin, mutation: true),
        Site("createAPIKey's name", "String!", "createAPIKey(input: { name: $P }) \(payload)", as: .member, mutation: true),
        Site("revokeAPIKey's ID", "ID!", "revokeAPIKey(input: { id: $P }) \(payload)", as: .member, mutation: true),
    ]

    static var all: [HostileCase] { sites.map(\.hostileCase) }
}
