import GraphQLEngine
import HubStore

/// The batch loaders of records by id: every key a level of the response asks for is read with
/// one statement (`ResolverInput.load`), so the number of statements a query runs grows with
/// its depth, not with the number of records it returns.
///
/// They are shared by all requests: the engine keeps their batches per execution, and each
/// call reads the request's `RequestContext` for the store and the caller.
enum RecordLoaders {
    static let organization = records("organization loader") { try $0.organizations(ids: $1) }
    static let country = records("country loader") { try $0.countries(ids: $1) }
    static let subdivision = records("subdivision loader") { try $0.subdivisions(ids: $1) }
    static let program = records("program loader") { try $0.programs(ids: $1) }
    static let partnership = records("partnership loader") { try $0.partnerships(ids: $1) }
    static let activity = records("activity loader") { try $0.activities(ids: $1) }
    static let expertiseArea = records("expertise area loader") { try $0.expertiseAreas(ids: $1) }
    static let theme = records("theme loader") { try $0.themes(ids: $1) }
    static let sdgTarget = records("SDG target loader") { try $0.sdgTargets(ids: $1) }
    static let indicator = records("indicator loader") { try $0.indicators(ids: $1) }
    static let replication = records("replication loader") { try $0.replications(ids: $1) }
    static let publication = records("publication loader") { try $0.publications(ids: $1) }
    static let source = records("source loader") { try $0.sources(ids: $1) }

    /// Practices by id, without those the caller may not see (unpublished ones are the
    /// author account's and admins').
    static let practice = BatchLoader<Int64>(name: "practice loader") { ids, context in
        let request = try requestContext(context)
        let practices = try await request.read { try $0.practices(ids: ids) }
        return ids.map { id in
            guard let practice = practices[id], request.canSee(practice) else { return .null }
            return .object(practice)
        }
    }

    /// People by id, without those the caller may not see (profiles not made public, for
    /// anonymous callers).
    static let person = BatchLoader<Int64>(name: "person loader") { ids, context in
        let request = try requestContext(context)
        let people = try await request.read { try $0.people(ids: ids) }
        return ids.map { id in
            guard let person = people[id], request.canSee(person) else { return .null }
            return .object(person)
        }
    }

    /// A loader answering each id with its record as an object, or null.
    private static func records<Record: Sendable>(
        _ name: String, _ fetch: @escaping @Sendable (StoreReader, [Int64]) throws -> [Int64: Record]
    ) -> BatchLoader<Int64> {
        BatchLoader(name: name) { ids, context in
            let records = try await requestContext(context).read { try fetch($0, ids) }
            return ids.map { id in records[id].map { .object($0) } ?? .null }
        }
    }
}

extension RequestContext {
    /// Whether the caller may see `practice`: published ones, or their own, or all for admins.
    func canSee(_ practice: Practice) -> Bool {
        practice.status == .published || seesAllUnpublished
            || (practice.authorAccountID != nil && practice.authorAccountID == viewerAccountID)
    }

    /// Whether the caller may see `person`: a public profile, or any to a signed-in caller.
    func canSee(_ person: Person) -> Bool {
        person.hasPublicProfile || caller.account != nil
    }
}
