import GRDB

/// A country (ISO 3166-1), with the FCM region it belongs to.
public struct Country: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// ISO 3166-1 alpha-2, e.g. `CA`.
    public var iso2: String
    /// ISO 3166-1 alpha-3, e.g. `CAN`.
    public var iso3: String
    public var name: LocalizedText
    public var region: Region
    /// ISO 639-1 codes, e.g. `["en", "fr"]`.
    public var officialLanguages: [String]

    init(row: Row) {
        id = row["id"]
        iso2 = row["iso2"]
        iso3 = row["iso3"]
        name = row.localized("name")
        region = row.vocabulary("fcm_region")
        officialLanguages = (row["official_languages"] as String).split(separator: " ").map(String.init)
    }
}

/// A first-level subdivision of a country: a province, an oblast, a department, a region.
public struct Subdivision: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var countryID: Int64
    /// ISO 3166-2 where it exists, e.g. `CA-QC`.
    public var code: String
    public var name: LocalizedText
    /// What the country calls it: province, territory, oblast, region, department, …
    public var type: String
    /// When it began and ended to exist (Vietnam merged provinces in 2025), when known.
    public var validFrom: String?
    public var validTo: String?

    init(row: Row) {
        id = row["id"]
        countryID = row["country_id"]
        code = row["code"]
        name = row.localized("name")
        type = row["type"]
        validFrom = row["valid_from"]
        validTo = row["valid_to"]
    }
}

/// Where a fact comes from (domain.md §3.2, `Source`).
public struct Source: Hashable, Sendable, Identifiable {
    /// How far the fact was checked, after domain.md's marks.
    public struct Reliability: StoreVocabulary {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The fact appears in the cited page.
        public static let verified = Reliability(rawValue: "verified")
        /// From general knowledge, not re-checked against the source.
        public static let memory = Reliability(rawValue: "memory")
        /// Could not be verified.
        public static let unverified = Reliability(rawValue: "unverified")
    }

    public var id: Int64
    public var url: String
    public var title: String?
    public var publisher: String?
    public var retrievedAt: String?
    public var language: String?
    public var reliability: Reliability

    init(row: Row) {
        id = row["id"]
        url = row["url"]
        title = row["title"]
        publisher = row["publisher"]
        retrievedAt = row["retrieved_at"]
        language = row["language"]
        reliability = row.vocabulary("reliability")
    }
}

/// An organization of any kind: a municipality (or regional body), a local-government
/// association, a government body, or another organization (NGO, development agency, business
/// network). Fields that apply to one kind only are nil for the others.
public struct Organization: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// The stable key used in `seeds/`, e.g. `ca-montreal`.
    public var key: String
    public var kind: OrganizationKind
    public var name: LocalizedText
    public var acronym: String?
    public var countryID: Int64
    public var subdivisionID: Int64?
    public var website: String?
    /// Municipalities: the census level (`csd`, `cd`, `commune`, `district`, `lgu`, …).
    public var municipalLevel: String?
    /// Municipalities: city, town, MRC, regional district, metropolitan assembly, …
    public var municipalType: String?
    public var population: Int?
    public var populationYear: Int?
    public var latitude: Double?
    public var longitude: Double?
    /// Canadian municipalities: Statistics Canada's geographic code.
    public var statcanSGC: String?
    public var isFCMMember: Bool
    /// Associations: national, provincial or regional.
    public var associationScope: String?
    /// Other organizations: NGO, development agency, business network, …
    public var category: String?
    /// Written for the hub rather than taken from a source.
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        key = row["key"]
        kind = row.vocabulary("kind")
        name = row.localized("name")
        acronym = row["acronym"]
        countryID = row["country_id"]
        subdivisionID = row["subdivision_id"]
        website = row["website"]
        municipalLevel = row["municipal_level"]
        municipalType = row["municipal_type"]
        population = row["population"]
        populationYear = row["population_year"]
        latitude = row["latitude"]
        longitude = row["longitude"]
        statcanSGC = row["statcan_sgc"]
        isFCMMember = row.flag("fcm_member")
        associationScope = row["association_scope"]
        category = row["category"]
        isIllustrative = row.flag("illustrative")
    }
}
