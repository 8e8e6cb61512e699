import GRDB

/// Batched lookups by id or key, for the API's loaders: each takes every key a level of a
/// GraphQL response needs and runs one statement, returning a dictionary in which missing
/// records are simply absent.
extension StoreReader {
    /// Countries by id.
    public func countries(ids: some Collection<Int64>) throws -> [Int64: Country] {
        try records("country", ids: ids, Country.init(row:))
    }

    /// Every country, by name.
    public func allCountries() throws -> [Country] {
        try fetchAll("SELECT * FROM country ORDER BY name_en", [], Country.init(row:))
    }

    /// Subdivisions by id.
    public func subdivisions(ids: some Collection<Int64>) throws -> [Int64: Subdivision] {
        try records("subdivision", ids: ids, Subdivision.init(row:))
    }

    /// Organizations by id.
    public func organizations(ids: some Collection<Int64>) throws -> [Int64: Organization] {
        try records("organization", ids: ids, Organization.init(row:))
    }

    /// Organizations by their `seeds/` key.
    public func organizations(keys: some Collection<String>) throws -> [String: Organization] {
        try records("organization", keys: keys, Organization.init(row:))
    }

    /// Programs by id.
    public func programs(ids: some Collection<Int64>) throws -> [Int64: Program] {
        try records("program", ids: ids, Program.init(row:))
    }

    /// Programs by their `seeds/` key.
    public func programs(keys: some Collection<String>) throws -> [String: Program] {
        try records("program", keys: keys, Program.init(row:))
    }

    /// Every program, oldest first.
    public func allPrograms() throws -> [Program] {
        try fetchAll(
            "SELECT * FROM program ORDER BY coalesce(actual_start, planned_start), id", [], Program.init(row:))
    }

    /// Themes by id.
    public func themes(ids: some Collection<Int64>) throws -> [Int64: Theme] {
        try records("theme", ids: ids, Theme.init(row:))
    }

    /// Every theme: the four priorities, the cross-cutting themes, the sectors.
    public func allThemes() throws -> [Theme] {
        try fetchAll("SELECT * FROM theme ORDER BY kind DESC, id", [], Theme.init(row:))
    }

    /// SDG targets by id.
    public func sdgTargets(ids: some Collection<Int64>) throws -> [Int64: SDGTarget] {
        try records("sdg_target", ids: ids, SDGTarget.init(row:))
    }

    /// Partnerships by id.
    public func partnerships(ids: some Collection<Int64>) throws -> [Int64: Partnership] {
        try records("partnership", ids: ids, Partnership.init(row:))
    }

    /// Partnerships by their `seeds/` key.
    public func partnerships(keys: some Collection<String>) throws -> [String: Partnership] {
        try records("partnership", keys: keys, Partnership.init(row:))
    }

    /// Activities by id.
    public func activities(ids: some Collection<Int64>) throws -> [Int64: Activity] {
        try records("activity", ids: ids, Activity.init(row:))
    }

    /// People by id.
    public func people(ids: some Collection<Int64>) throws -> [Int64: Person] {
        try records("person", ids: ids, Person.init(row:))
    }

    /// Areas of expertise by id.
    public func expertiseAreas(ids: some Collection<Int64>) throws -> [Int64: ExpertiseArea] {
        try records("expertise_area", ids: ids, ExpertiseArea.init(row:))
    }

    /// Practices by id.
    public func practices(ids: some Collection<Int64>) throws -> [Int64: Practice] {
        try records("practice", ids: ids, Practice.init(row:))
    }

    /// Practices by their `seeds/` key.
    public func practices(keys: some Collection<String>) throws -> [String: Practice] {
        try records("practice", keys: keys, Practice.init(row:))
    }

    /// Replications by id.
    public func replications(ids: some Collection<Int64>) throws -> [Int64: Replication] {
        try records("replication", ids: ids, Replication.init(row:))
    }

    /// Publications by id.
    public func publications(ids: some Collection<Int64>) throws -> [Int64: Publication] {
        try records("publication", ids: ids, Publication.init(row:))
    }

    /// Indicators by id.
    public func indicators(ids: some Collection<Int64>) throws -> [Int64: Indicator] {
        try records("indicator", ids: ids, Indicator.init(row:))
    }

    /// Measurements by id.
    public func measurements(ids: some Collection<Int64>) throws -> [Int64: Measurement] {
        try records("measurement", ids: ids, Measurement.init(row:))
    }

    /// Funding commitments by id.
    public func fundingCommitments(ids: some Collection<Int64>) throws -> [Int64: FundingCommitment] {
        try records("funding_commitment", ids: ids, FundingCommitment.init(row:))
    }

    /// Sources by id.
    public func sources(ids: some Collection<Int64>) throws -> [Int64: Source] {
        try records("source", ids: ids, Source.init(row:))
    }
}
