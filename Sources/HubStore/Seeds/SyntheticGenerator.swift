import GRDB

/// The state of one synthetic generation: the ids it draws from and the organizations made so
/// far, split by side.
struct SyntheticGenerator {
    let plan: SyntheticDataPlan
    private var random: SplitMix64
    private let canada: Int64
    private let overseasCountries: [Int64]
    private let themes: [Int64]
    private let programs: [Int64]
    private var canadian: [Int64] = []
    private var overseas: [Int64] = []
    private var made = 0
    // Every table is written through buffers with ids given here, not by SQLite.
    private var nextOrganization: Int64
    private var nextPartnership: Int64
    private var nextPractice: Int64
    private var nextPracticeText: Int64
    private var nextPublication: Int64
    private var nextPublicationText: Int64
    private var organizations = SyntheticRows(
        table: "organization",
        columns: ["id", "key", "kind", "name_en", "name_fr", "country_id", "municipal_type", "population",
                  "population_year", "latitude", "longitude", "illustrative"])
    private var partnerships = SyntheticRows(
        table: "partnership",
        columns: ["id", "key", "title_en", "title_fr", "type", "program_id", "start_date", "end_date", "status",
                  "illustrative"])
    private var participants = SyntheticRows(
        table: "participant", columns: ["partnership_id", "organization_id", "role", "side"])
    private var partnershipThemes = SyntheticRows(table: "partnership_theme", columns: ["partnership_id", "theme_id"])
    private var practices = SyntheticRows(
        table: "practice", columns: ["id", "key", "lead_organization_id", "evidence_level", "status", "year", "illustrative"])
    private var practiceTexts = SyntheticRows(
        table: "practice_text",
        columns: ["id", "practice_id", "language", "title", "summary", "problem", "approach", "results", "tags"])
    private var practiceThemes = SyntheticRows(table: "practice_theme", columns: ["practice_id", "theme_id"])
    private var publications = SyntheticRows(
        table: "publication", columns: ["id", "key", "type", "year", "illustrative"])
    private var publicationTexts = SyntheticRows(
        table: "publication_text", columns: ["id", "publication_id", "language", "title", "abstract", "body", "tags"])

    init(plan: SyntheticDataPlan, writer: StoreWriter) throws {
        self.plan = plan
        random = SplitMix64(seed: plan.seed)
        let reader = writer.reader
        guard let canada = try reader.fetchOne(Int64.self, "SELECT id FROM country WHERE iso2 = 'CA'") else {
            throw StoreError(.invalidArgument, "synthetic data needs the curated seeds first (no country CA)")
        }
        self.canada = canada
        overseasCountries = try reader.fetchAll("SELECT id FROM country WHERE iso2 <> 'CA' ORDER BY id") { $0[0] }
        themes = try reader.fetchAll("SELECT id FROM theme ORDER BY id") { $0[0] }
        programs = try reader.fetchAll("SELECT id FROM program ORDER BY id") { $0[0] }
        func next(_ table: String) throws -> Int64 {
            (try reader.fetchOne(Int64.self, "SELECT max(id) FROM \(table)") ?? 0) + 1
        }
        nextOrganization = try next("organization")
        nextPartnership = try next("partnership")
        nextPractice = try next("practice")
        nextPracticeText = try next("practice_text")
        nextPublication = try next("publication")
        nextPublicationText = try next("publication_text")
        guard !overseasCountries.isEmpty, !themes.isEmpty else {
            throw StoreError(.invalidArgument, "synthetic data needs the curated seeds first (countries and themes)")
        }
    }

    /// Adds `count` organizations with their share of partnerships, practices and publications.
    mutating func addBatch(of count: Int, progress: inout SyntheticDataProgress, writer: StoreWriter) throws {
        for _ in 0..<count {
            made += 1
            let isCanadian = made % 5 == 1
            let country = isCanadian ? canada : random.pick(overseasCountries)
            let name = townName()
            let id = nextOrganization
            nextOrganization += 1
            try organizations.append(
                .integer(id), .text(SyntheticGenerator.key("synthetic", made)), .text("municipality"), .text(name),
                .text(name), .integer(country), .text("town"), .integer(Int64(2_000 + random.skewed(below: 2_000_000))),
                .integer(2021), .real(Double(random.below(12_000)) / 100 - 50),
                .real(Double(random.below(36_000)) / 100 - 180), .integer(1), writer: writer)
            if isCanadian { canadian.append(id) } else { overseas.append(id) }
            progress.organizations += 1
            // The proportions of the plan, kept exact over the whole run.
            // (None until there is an organization on each side: the first two catch up.)
            while progress.partnerships * 10 < progress.organizations * plan.partnershipsPerTenOrganizations,
                !canadian.isEmpty, !overseas.isEmpty
            {
                try addPartnership(number: progress.partnerships + 1, writer: writer)
                progress.partnerships += 1
            }
            while progress.practices * 10 < progress.organizations * plan.practicesPerTenOrganizations {
                try addPractice(number: progress.practices + 1, writer: writer)
                progress.practices += 1
            }
            while progress.publications * 100 < progress.organizations * plan.publicationsPerHundredOrganizations {
                try addPublication(number: progress.publications + 1, writer: writer)
                progress.publications += 1
            }
        }
        try organizations.flush(writer: writer)
        try partnerships.flush(writer: writer)
        try participants.flush(writer: writer)
        try partnershipThemes.flush(writer: writer)
        try practices.flush(writer: writer)
        try practiceTexts.flush(writer: writer)
        try practiceThemes.flush(writer: writer)
        try publications.flush(writer: writer)
        try publicationTexts.flush(writer: writer)
    }

    private mutating func addPartnership(number: Int, writer: StoreWriter) throws {
        let start = 1995 + random.below(30)
        let ongoing = random.chance(10)
        let end: SyntheticValue = ongoing ? .null : .text(String(min(2025, start + random.below(8))))
        let partners = random.chance(70) ? 1 : 2 + random.below(2)
        let program: SyntheticValue = random.chance(80) ? .integer(random.pick(programs)) : .null
        let id = nextPartnership
        nextPartnership += 1
        try partnerships.append(
            .integer(id), .text(SyntheticGenerator.key("synthetic-partnership", number)), .text("Partnership \(number)"),
            .text("Partenariat \(number)"), .text(partners == 1 ? "municipal_pair" : "cluster"), program,
            .text(String(start)), end, .text(ongoing ? "active" : "completed"), .integer(1), writer: writer)
        let lead = canadian[random.skewed(below: canadian.count)]
        try participants.append(.integer(id), .integer(lead), .text("lead"), .text("canada"), writer: writer)
        var chosen = [lead]
        for _ in 0..<partners {
            let partner = overseas[random.skewed(below: overseas.count)]
            guard !chosen.contains(partner) else { continue }
            chosen.append(partner)
            try participants.append(.integer(id), .integer(partner), .text("partner"), .text("overseas"), writer: writer)
        }
        try partnershipThemes.append(.integer(id), .integer(random.pick(themes)), writer: writer)
    }

    private mutating func addPractice(number: Int, writer: StoreWriter) throws {
        let pool = random.chance(50) && !overseas.isEmpty ? overseas : canadian
        let lead = pool[random.below(pool.count)]
        let id = nextPractice
        nextPractice += 1
        try practices.append(
            .integer(id), .text(SyntheticGenerator.key("synthetic-practice", number)), .integer(lead),
            .text(random.pick(["self_reported", "peer_reviewed", "evaluated"])),
            .text(random.chance(90) ? "published" : "draft"), .integer(Int64(1995 + random.below(30))), .integer(1),
            writer: writer)
        let text = SyntheticText(number: number, random: &random)
        for language in ["en", "fr"] {
            let words = text.words(in: language)
            try practiceTexts.append(
                .integer(nextPracticeText), .integer(id), .text(language), .text(words.title), .text(words.summary),
                .text(words.problem), .text(words.approach), .text(words.results), .text(words.tags), writer: writer)
            nextPracticeText += 1
        }
        try practiceThemes.append(.integer(id), .integer(random.pick(themes)), writer: writer)
    }

    private mutating func addPublication(number: Int, writer: StoreWriter) throws {
        let id = nextPublication
        nextPublication += 1
        try publications.append(
            .integer(id), .text(SyntheticGenerator.key("synthetic-publication", number)),
            .text(random.pick(["report", "policy_paper", "guide"])), .integer(Int64(1995 + random.below(30))),
            .integer(1), writer: writer)
        let text = SyntheticText(number: number, random: &random)
        for language in ["en", "fr"] {
            let words = text.words(in: language)
            try publicationTexts.append(
                .integer(nextPublicationText), .integer(id), .text(language), .text(words.title), .text(words.summary),
                .text(words.approach + " " + words.results), .text(words.tags), writer: writer)
            nextPublicationText += 1
        }
    }

    /// `synthetic-0000042`: numbers padded to eight digits, so that keys sort in the order they
    /// are made and each insert lands at the end of the key index instead of anywhere in it.
    static func key(_ prefix: String, _ number: Int) -> String {
        let digits = String(number)
        return prefix + "-" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    /// A plausible town name from syllables.
    private mutating func townName() -> String {
        let first = ["Ash", "Bel", "Cor", "Dun", "El", "Fair", "Glen", "Har", "Kin", "Lun", "Mar", "Nor", "Ost", "Port",
                     "Riv", "San", "Ter", "Val", "Wen", "Yar"]
        let second = ["ford", "ville", "mont", "dale", "bury", "field", "haven", "stead", "ton", "brook", "gate",
                      "mouth", "ridge", "wick"]
        return random.pick(first) + random.pick(second) + " " + String(made)
    }
}
