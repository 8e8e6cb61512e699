import GraphQLEngine
import HubStore

/// The batch loaders of lists that hang off a record (a practice's themes, a partnership's
/// participants): one statement (or two: links, then records) for every parent of a level.
enum ChildLoaders {
    /// The themes of each practice, as `[Theme]`.
    static let practiceThemes = linked("practice themes loader") { reader, ids in
        let links = try reader.themeIDs(ofPractices: ids)
        let themes = try reader.themes(ids: Set(links.values.joined()))
        return links.mapValues { $0.compactMap { themes[$0] } }
    }

    /// A loader answering each parent id with a list of objects.
    static func linked<Record: Sendable>(
        _ name: String, _ fetch: @escaping @Sendable (StoreReader, [Int64]) throws -> [Int64: [Record]]
    ) -> BatchLoader<Int64> {
        BatchLoader(name: name) { ids, context in
            let lists = try await requestContext(context).read { try fetch($0, ids) }
            return ids.map { id in .list((lists[id] ?? []).map { .object($0) }) }
        }
    }
}
