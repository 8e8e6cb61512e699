import GraphQLEngine
import HubStore

/// The batch loaders of lists that hang off a record (a practice's themes, a partnership's
/// participants): one statement (or two: links, then records) for every parent of a level.
enum ChildLoaders {
    /// The themes of each practice.
    static let practiceThemes = linked("practice themes loader") { reader, ids in
        try records(try reader.themeIDs(ofPractices: ids), reader.themes(ids:))
    }

    /// The SDG targets of each practice.
    static let practiceSDGTargets = linked("practice SDG targets loader") { reader, ids in
        try records(try reader.sdgTargetIDs(ofPractices: ids), reader.sdgTargets(ids:))
    }

    /// The measurements about each practice.
    static let practiceMeasurements = linked("practice measurements loader") { try $0.measurements(ofPractices: $1) }

    /// The measurements about each program.
    static let programMeasurements = linked("program measurements loader") { try $0.measurements(ofPrograms: $1) }

    /// The number of replications of each practice.
    static let replicationCount = BatchLoader<Int64>(name: "replication count loader") { ids, context in
        let counts = try await requestContext(context).read { try $0.replicationCounts(ofPractices: ids) }
        return ids.map { .int(counts[$0]?.replications ?? 0) }
    }

    /// The themes of each partnership.
    static let partnershipThemes = linked("partnership themes loader") { reader, ids in
        try records(try reader.themeIDs(ofPartnerships: ids), reader.themes(ids:))
    }

    /// The participants of each partnership.
    static let participants = linked("participants loader") { try $0.participants(ofPartnerships: $1) }

    /// The places of each activity.
    static let activityPlaces = linked("activity places loader") { reader, ids in
        try records(try reader.locationIDs(ofActivities: ids), reader.organizations(ids:))
    }

    /// The people of each activity the caller may see.
    static let activityPeople = BatchLoader<Int64>(name: "activity people loader") { ids, context in
        let request = try requestContext(context)
        let lists = try await request.read { reader in
            try records(try reader.participantIDs(ofActivities: ids), reader.people(ids:))
        }
        return ids.map { id in .list((lists[id] ?? []).filter(request.canSee).map { .object($0) }) }
    }

    /// The authors of each publication.
    static let authors = linked("authors loader") { try $0.authors(ofPublications: $1) }

    /// The practices each publication discusses, those the caller may see.
    static let publicationPractices = BatchLoader<Int64>(name: "publication practices loader") { ids, context in
        let request = try requestContext(context)
        let lists = try await request.read { reader in
            try records(try reader.practiceIDs(ofPublications: ids), reader.practices(ids:))
        }
        return ids.map { id in .list((lists[id] ?? []).filter(request.canSee).map { .object($0) }) }
    }

    /// The programs each publication is about.
    static let publicationPrograms = linked("publication programs loader") { reader, ids in
        try records(try reader.programIDs(ofPublications: ids), reader.programs(ids:))
    }

    /// The countries each publication is about.
    static let publicationCountries = linked("publication countries loader") { reader, ids in
        try records(try reader.countryIDs(ofPublications: ids), reader.countries(ids:))
    }

    /// The themes of each publication.
    static let publicationThemes = linked("publication themes loader") { reader, ids in
        try records(try reader.themeIDs(ofPublications: ids), reader.themes(ids:))
    }

    /// Every name of each program.
    static let programNames = linked("program names loader") { try $0.names(ofPrograms: $1) }

    /// The countries of each program, with shares.
    static let programCountries = linked("program countries loader") { try $0.countries(ofPrograms: $1) }

    /// The themes of each program, with shares.
    static let programThemes = linked("program themes loader") { try $0.themes(ofPrograms: $1) }

    /// The organizations of each program, with roles.
    static let programRoles = linked("program roles loader") { try $0.roles(ofPrograms: $1) }

    /// The funding commitments of each program.
    static let programFunding = linked("program funding loader") { try $0.fundingCommitments(ofPrograms: $1) }

    /// The programs that continue each program.
    static let successors = linked("program successors loader") { try $0.successors(ofPrograms: $1) }

    /// The programs of each organization, with its role.
    static let organizationPrograms = linked("organization programs loader") {
        try $0.programRoles(ofOrganizations: $1)
    }

    /// The languages each person speaks, as strings.
    static let languages = BatchLoader<Int64>(name: "person languages loader") { ids, context in
        let lists = try await requestContext(context).read { try $0.languages(ofPeople: ids) }
        return ids.map { id in .list((lists[id] ?? []).map(FieldValue.string)) }
    }

    /// The areas of expertise of each person.
    static let expertise = linked("person expertise loader") { reader, ids in
        try records(try reader.expertiseIDs(ofPeople: ids), reader.expertiseAreas(ids:))
    }

    /// The sources of records of one table.
    static let sources = BatchLoader<SourceKey>(name: "sources loader") { keys, context in
        let lists = try await requestContext(context).read { reader in
            var lists: [SourceKey: [HubStore.Source]] = [:]
            for entity in Set(keys.map(\.entity)) {
                let ids = keys.filter { $0.entity == entity }.map(\.id)
                let links = try reader.sourceIDs(of: entity.rawValue, ids: ids)
                let sources = try reader.sources(ids: Set(links.values.joined()))
                for (id, sourceIDs) in links {
                    lists[SourceKey(entity: entity, id: id)] = sourceIDs.compactMap { sources[$0] }
                }
            }
            return lists
        }
        return keys.map { key in .list((lists[key] ?? []).map { .object($0) }) }
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

    /// The records each parent links to, in link order, from the links and a batched lookup.
    static func records<Record>(
        _ links: [Int64: [Int64]], _ lookup: (Set<Int64>) throws -> [Int64: Record]
    ) throws -> [Int64: [Record]] {
        let records = try lookup(Set(links.values.joined()))
        return links.mapValues { $0.compactMap { records[$0] } }
    }
}

/// The records of one table whose sources are asked for.
struct SourceKey: Hashable, Sendable {
    /// The tables whose records cite sources, by their `provenance.entity` names.
    enum Entity: String, Hashable, Sendable {
        case practice, partnership, program, organization
    }

    var entity: Entity
    var id: Int64
}
