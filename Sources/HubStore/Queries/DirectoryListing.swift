import GRDB

/// Which organizations the directory lists, by name. Each condition left nil does not filter;
/// list conditions keep an organization matching any of their values.
public struct OrganizationListing: Hashable, Sendable {
    public var kinds: [OrganizationKind]?
    /// ISO 3166-1 alpha-2 codes.
    public var countryCodes: [String]?
    /// Subdivision codes (`CA-QC`).
    public var subdivisionCodes: [String]?
    public var minimumPopulation: Int?
    public var maximumPopulation: Int?
    /// Text the English or French name contains, whatever the case.
    public var nameContains: String?

    /// Every organization.
    public init() {}

    static let kept = """
        kept AS (
            SELECT o.id AS id, o.name_en AS sort_value FROM organization o
            WHERE (:kinds IS NULL OR o.kind IN (SELECT value FROM json_each(:kinds)))
                AND (:countries IS NULL OR o.country_id IN (
                    SELECT id FROM country WHERE iso2 IN (SELECT value FROM json_each(:countries))))
                AND (:subdivisions IS NULL OR o.subdivision_id IN (
                    SELECT id FROM subdivision WHERE code IN (SELECT value FROM json_each(:subdivisions))))
                AND (:min_population IS NULL OR o.population >= :min_population)
                AND (:max_population IS NULL OR o.population <= :max_population)
                AND (:name IS NULL OR instr(lower(o.name_en), lower(:name)) > 0
                    OR instr(lower(o.name_fr), lower(:name)) > 0)
        )
        """

    var arguments: StatementArguments {
        [
            "kinds": kinds.map { KeySet.json($0.map(\.rawValue)) }, "countries": countryCodes.map(KeySet.json),
            "subdivisions": subdivisionCodes.map(KeySet.json), "min_population": minimumPopulation,
            "max_population": maximumPopulation, "name": nameContains,
        ]
    }
}

/// Which partnerships a listing keeps, by id (the order they were recorded in).
public struct PartnershipListing: Hashable, Sendable {
    /// Programs, participants' countries, themes and the year running, as the network's filter.
    public var network = NetworkFilter()
    public var statuses: [LifecycleStatus]?
    /// Partnerships with one of these organizations among their participants.
    public var organizationIDs: [Int64]?

    /// Every partnership.
    public init() {}

    static let kept = """
        kept AS (
            SELECT pa.id AS id, pa.id AS sort_value FROM partnership pa
            WHERE \(NetworkFilter.condition)
                AND (:statuses IS NULL OR pa.status IN (SELECT value FROM json_each(:statuses)))
                AND (:organizations IS NULL OR EXISTS (
                    SELECT 1 FROM participant po WHERE po.partnership_id = pa.id
                        AND po.organization_id IN (SELECT value FROM json_each(:organizations))))
        )
        """

    var arguments: StatementArguments {
        var arguments = network.arguments
        arguments += [
            "statuses": statuses.map { KeySet.json($0.map(\.rawValue)) },
            "organizations": organizationIDs.map(KeySet.json),
        ]
        return arguments
    }
}

/// Which people the experts directory lists, by name: those with a public profile (or every
/// one, for signed-in members), with one of some areas of expertise and speaking one of some
/// languages.
public struct ExpertListing: Hashable, Sendable {
    /// Expertise area codes (`governance`, …); a parent area covers its children.
    public var expertiseCodes: [String]?
    /// ISO 639-1 codes of languages spoken.
    public var languages: [String]?
    /// Whether people without a public profile are listed too.
    public var includesPrivateProfiles = false

    /// Every person with a public profile.
    public init() {}

    static let kept = """
        kept AS (
            SELECT pe.id AS id, pe.name AS sort_value FROM person pe
            WHERE (pe.public_profile = 1 OR :private)
                AND (:expertise IS NULL OR EXISTS (
                    SELECT 1 FROM person_expertise px JOIN expertise_area ea ON ea.id = px.expertise_area_id
                    LEFT JOIN expertise_area parent ON parent.id = ea.parent_id
                    WHERE px.person_id = pe.id AND (ea.code IN (SELECT value FROM json_each(:expertise))
                        OR parent.code IN (SELECT value FROM json_each(:expertise)))))
                AND (:languages IS NULL OR EXISTS (
                    SELECT 1 FROM person_language pl WHERE pl.person_id = pe.id
                        AND pl.language IN (SELECT value FROM json_each(:languages))))
        )
        """

    var arguments: StatementArguments {
        [
            "expertise": expertiseCodes.map(KeySet.json), "languages": languages.map(KeySet.json),
            "private": includesPrivateProfiles,
        ]
    }
}

extension StoreReader {
    /// One page of the organizations `listing` keeps, by English name then id.
    public func organizations(_ listing: OrganizationListing, window: KeysetWindow) throws -> KeysetPage {
        try keysetPage(kept: OrganizationListing.kept, listing.arguments, window: window)
    }

    /// How many organizations `listing` keeps.
    public func organizationCount(_ listing: OrganizationListing) throws -> Int {
        try keptCount(OrganizationListing.kept, listing.arguments)
    }

    /// One page of the partnerships `listing` keeps, by id.
    public func partnerships(_ listing: PartnershipListing, window: KeysetWindow) throws -> KeysetPage {
        try keysetPage(kept: PartnershipListing.kept, listing.arguments, window: window)
    }

    /// How many partnerships `listing` keeps.
    public func partnershipCount(_ listing: PartnershipListing) throws -> Int {
        try keptCount(PartnershipListing.kept, listing.arguments)
    }

    /// One page of the people `listing` keeps, by name then id.
    public func experts(_ listing: ExpertListing, window: KeysetWindow) throws -> KeysetPage {
        try keysetPage(kept: ExpertListing.kept, listing.arguments, window: window)
    }

    /// How many people `listing` keeps.
    public func expertCount(_ listing: ExpertListing) throws -> Int {
        try keptCount(ExpertListing.kept, listing.arguments)
    }
}
