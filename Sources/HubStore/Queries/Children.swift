import GRDB

/// Batched "children of parent" queries, for the API's loaders: each takes many parents and
/// runs one statement, returning an entry (possibly empty) for every parent asked for.
extension StoreReader {
    /// The names of each program, official names first.
    public func names(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [ProgramName]] {
        try children("program_name", by: "program_id", of: programs, orderBy: "kind DESC, language", ProgramName.init(row:))
    }

    /// The countries of each program, with their shares.
    public func countries(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [ProgramShare]] {
        try children("program_country", by: "program_id", of: programs, orderBy: "country_id") {
            ProgramShare(row: $0, target: "country_id")
        }
    }

    /// The themes of each program, with their shares.
    public func themes(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [ProgramShare]] {
        try children("program_theme", by: "program_id", of: programs, orderBy: "theme_id") {
            ProgramShare(row: $0, target: "theme_id")
        }
    }

    /// The organizations of each program and their roles.
    public func roles(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [ProgramRole]] {
        try children("program_organization", by: "program_id", of: programs, orderBy: "role, organization_id", ProgramRole.init(row:))
    }

    /// The funding commitments of each program.
    public func fundingCommitments(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [FundingCommitment]] {
        try children("funding_commitment", by: "program_id", of: programs, orderBy: "id", FundingCommitment.init(row:))
    }

    /// The partnerships of each program.
    public func partnerships(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [Partnership]] {
        try children("partnership", by: "program_id", of: programs, orderBy: "id", Partnership.init(row:))
    }

    /// The participants of each partnership.
    public func participants(ofPartnerships partnerships: some Collection<Int64>) throws -> [Int64: [Participant]] {
        try children("participant", by: "partnership_id", of: partnerships, orderBy: "organization_id", Participant.init(row:))
    }

    /// Each organization's places in partnerships.
    public func participations(ofOrganizations organizations: some Collection<Int64>) throws -> [Int64: [Participant]] {
        try children("participant", by: "organization_id", of: organizations, orderBy: "partnership_id", Participant.init(row:))
    }

    /// The themes of each partnership, as theme ids.
    public func themeIDs(ofPartnerships partnerships: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("partnership_theme", from: "partnership_id", to: "theme_id", of: partnerships)
    }

    /// The activities of each partnership, in date order.
    public func activities(ofPartnerships partnerships: some Collection<Int64>) throws -> [Int64: [Activity]] {
        try children("activity", by: "partnership_id", of: partnerships, orderBy: "start_date, id", Activity.init(row:))
    }

    /// The places (organizations) of each activity, as organization ids.
    public func locationIDs(ofActivities activities: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("activity_location", from: "activity_id", to: "organization_id", of: activities)
    }

    /// The people who took part in each activity, as person ids.
    public func participantIDs(ofActivities activities: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("activity_participant", from: "activity_id", to: "person_id", of: activities)
    }

    /// The people of each organization.
    public func people(ofOrganizations organizations: some Collection<Int64>) throws -> [Int64: [Person]] {
        try children("person", by: "organization_id", of: organizations, orderBy: "name", Person.init(row:))
    }

    /// The languages each person speaks (ISO 639-1 codes).
    public func languages(ofPeople people: some Collection<Int64>) throws -> [Int64: [String]] {
        try children("person_language", by: "person_id", of: people, orderBy: "language") { $0["language"] }
    }

    /// The areas of expertise of each person, as ids.
    public func expertiseIDs(ofPeople people: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("person_expertise", from: "person_id", to: "expertise_area_id", of: people)
    }

    /// The subdivisions of each country.
    public func subdivisions(ofCountries countries: some Collection<Int64>) throws -> [Int64: [Subdivision]] {
        try children("subdivision", by: "country_id", of: countries, orderBy: "code", Subdivision.init(row:))
    }

    /// The practices led by each organization.
    public func practices(ledBy organizations: some Collection<Int64>) throws -> [Int64: [Practice]] {
        try children("practice", by: "lead_organization_id", of: organizations, orderBy: "id", Practice.init(row:))
    }

    /// The text of each practice, one entry per language.
    public func texts(ofPractices practices: some Collection<Int64>) throws -> [Int64: [PracticeText]] {
        try children("practice_text", by: "practice_id", of: practices, orderBy: "language", PracticeText.init(row:))
    }

    /// The themes of each practice, as theme ids.
    public func themeIDs(ofPractices practices: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("practice_theme", from: "practice_id", to: "theme_id", of: practices)
    }

    /// The SDG targets of each practice, as ids.
    public func sdgTargetIDs(ofPractices practices: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("practice_sdg_target", from: "practice_id", to: "sdg_target_id", of: practices)
    }

    /// The SDG targets of each theme, as ids.
    public func sdgTargetIDs(ofThemes themes: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("theme_sdg_target", from: "theme_id", to: "sdg_target_id", of: themes)
    }

    /// The replications of each practice.
    public func replications(ofPractices practices: some Collection<Int64>) throws -> [Int64: [Replication]] {
        try children("replication", by: "practice_id", of: practices, orderBy: "date, id", Replication.init(row:))
    }

    /// The measurements of each indicator.
    public func measurements(ofIndicators indicators: some Collection<Int64>) throws -> [Int64: [Measurement]] {
        try children("measurement", by: "indicator_id", of: indicators, orderBy: "period_start, id", Measurement.init(row:))
    }

    /// The measurements about each program.
    public func measurements(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [Measurement]] {
        try children("measurement", by: "program_id", of: programs, orderBy: "indicator_id, id", Measurement.init(row:))
    }

    /// The measurements about each practice.
    public func measurements(ofPractices practices: some Collection<Int64>) throws -> [Int64: [Measurement]] {
        try children("measurement", by: "practice_id", of: practices, orderBy: "indicator_id, id", Measurement.init(row:))
    }

    /// The text of each publication, one entry per language.
    public func texts(ofPublications publications: some Collection<Int64>) throws -> [Int64: [PublicationText]] {
        try children("publication_text", by: "publication_id", of: publications, orderBy: "language", PublicationText.init(row:))
    }

    /// The authors of each publication, in order.
    public func authors(ofPublications publications: some Collection<Int64>) throws -> [Int64: [PublicationAuthor]] {
        try children("publication_author", by: "publication_id", of: publications, orderBy: "position", PublicationAuthor.init(row:))
    }

    /// The publications each publication cites, as ids.
    public func citedIDs(ofPublications publications: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("publication_citation", from: "citing_id", to: "cited_id", of: publications)
    }

    /// The practices each publication discusses, as ids.
    public func practiceIDs(ofPublications publications: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("publication_practice", from: "publication_id", to: "practice_id", of: publications)
    }

    /// The programs each publication is about, as ids.
    public func programIDs(ofPublications publications: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("publication_program", from: "publication_id", to: "program_id", of: publications)
    }

    /// The publications that discuss each practice, as ids.
    public func publicationIDs(ofPractices practices: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("publication_practice", from: "practice_id", to: "publication_id", of: practices)
    }

    /// The sources of each record of one table (`organization`, `program`, `partnership`, …),
    /// as source ids.
    public func sourceIDs(of entity: String, ids: some Collection<Int64>) throws -> [Int64: [Int64]] {
        var result: [Int64: [Int64]] = [:]
        for id in ids { result[id] = [] }
        if ids.isEmpty { return result }
        try forEach(
            "SELECT entity_id, source_id FROM provenance WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2",
            [entity, KeySet.json(ids)]
        ) { row in
            result[row[0], default: []].append(row[1])
        }
        return result
    }
}
