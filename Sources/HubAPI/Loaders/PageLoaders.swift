import GraphQLEngine
import HubStore

/// A page of the children of one parent: the parent's id and the connection's arguments.
struct PageKey: Hashable, Sendable {
    var parent: Int64
    var arguments: ConnectionArguments
}

/// Batch loaders of connections that hang off a record (a practice's replications, an
/// organization's partnerships): every parent of a level is read with one read (one or two
/// statements), then each parent's list is paged in memory. These lists are short (the
/// children of one record), so reading them whole costs less than a statement per parent.
enum PageLoaders {
    /// A loader reading every parent's list with `fetch` and paging each by its arguments;
    /// `key` gives an item's cursor key, `node` its edge's node.
    static func paged<Item: Sendable>(
        _ name: String,
        fetch: @escaping @Sendable (StoreReader, [Int64], RequestContext) throws -> [Int64: [Item]],
        key: @escaping @Sendable (Item) -> String,
        node: @escaping @Sendable (Item) -> FieldValue
    ) -> BatchLoader<PageKey> {
        BatchLoader(name: name) { keys, context in
            let request = try requestContext(context)
            let parents = Array(Set(keys.map(\.parent)))
            let lists = try await request.read { try fetch($0, parents, request) }
            return keys.map { page in
                let items = lists[page.parent] ?? []
                // The cursors' form was checked by the resolver; one that no longer points into
                // the list gives an empty page rather than failing its siblings' batch.
                let connection =
                    (try? Connection.paging(items, by: page.arguments, key: key, node: node)) ?? .empty
                return .object(connection)
            }
        }
    }

    /// The practices led by each organization that the caller may see.
    static let organizationPractices = paged(
        "organization practices loader",
        fetch: { reader, ids, request in try reader.practices(ledBy: ids).mapValues { $0.filter(request.canSee) } },
        key: { String($0.id) }, node: { .object($0) })

    /// The replications of each practice, in date order.
    static let practiceReplications = paged(
        "practice replications loader", fetch: { reader, ids, _ in try reader.replications(ofPractices: ids) },
        key: { String($0.id) }, node: { .object($0) })

    /// The publications discussing each practice.
    static let practiceCitations = paged(
        "practice citations loader",
        fetch: { reader, ids, _ in try ChildLoaders.records(try reader.publicationIDs(ofPractices: ids), reader.publications(ids:)) },
        key: { String($0.id) }, node: { .object($0) })

    /// The publications each publication cites.
    static let publicationCites = paged(
        "publication cites loader",
        fetch: { reader, ids, _ in try ChildLoaders.records(try reader.citedIDs(ofPublications: ids), reader.publications(ids:)) },
        key: { String($0.id) }, node: { .object($0) })

    /// The publications citing each publication.
    static let publicationCitedBy = paged(
        "publication cited-by loader",
        fetch: { reader, ids, _ in try ChildLoaders.records(try reader.citingIDs(ofPublications: ids), reader.publications(ids:)) },
        key: { String($0.id) }, node: { .object($0) })

    /// Each organization's places in partnerships (the edge's node is the `Participant`).
    static let organizationParticipations = paged(
        "organization participations loader",
        fetch: { reader, ids, _ in try reader.participations(ofOrganizations: ids) },
        key: { String($0.partnershipID) }, node: { .object($0) })

    /// The people of each organization the caller may see.
    static let organizationPeople = paged(
        "organization people loader",
        fetch: { reader, ids, request in try reader.people(ofOrganizations: ids).mapValues { $0.filter(request.canSee) }
        },
        key: { String($0.id) }, node: { .object($0) })

    /// The activities of each organization's partnerships, in date order.
    static let organizationActivities = paged(
        "organization activities loader",
        fetch: { reader, ids, _ in try reader.activities(ofOrganizations: ids) },
        key: { String($0.id) }, node: { .object($0) })

    /// The partnerships of each program.
    static let programPartnerships = paged(
        "program partnerships loader", fetch: { reader, ids, _ in try reader.partnerships(ofPrograms: ids) },
        key: { String($0.id) }, node: { .object($0) })

    /// The activities of each partnership, in date order: its timeline.
    static let partnershipActivities = paged(
        "partnership activities loader", fetch: { reader, ids, _ in try reader.activities(ofPartnerships: ids) },
        key: { String($0.id) }, node: { .object($0) })
}

extension ResolverInput {
    /// The page of a child connection this field asks for, through `loader`: the cursors'
    /// form is checked here, so a malformed one is this field's `BAD_USER_INPUT` error.
    func loadPage(_ loader: BatchLoader<PageKey>, parent: Int64) throws -> FieldValue {
        let arguments = try ConnectionArguments(self)
        for (name, cursor) in [("after", arguments.after), ("before", arguments.before)] {
            guard let cursor else { continue }
            guard case .item = try Cursor(decoding: cursor, argument: name) else {
                throw APIError.badInput(
                    "Argument \"\(name)\" is a cursor of another list; use a cursor this field returned.")
            }
        }
        return load(loader, key: PageKey(parent: parent, arguments: arguments))
    }
}
