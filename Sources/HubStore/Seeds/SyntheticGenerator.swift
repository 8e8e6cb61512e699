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
    // The bulk tables are written through buffers with ids given here, not by SQLite.
    private var nextOrganization: Int64
    private var nextPartnership: Int64
    private var organizations = RowBuffer(
        table: "organization",
        columns: ["id", "key", "kind", "name_en", "name_fr", "country_id", "municipal_type", "population",
                  "population_year", "latitude", "longitude", "illustrative"])
    private var partnerships = RowBuffer(
        table: "partnership",
        columns: ["id", "key", "title_en", "title_fr", "type", "program_id", "start_date", "end_date", "status",
                  "illustrative"])
    private var participants = RowBuffer(
        table: "participant", columns: ["partnership_id", "organization_id", "role", "side"])
    private var partnershipThemes = RowBuffer(table: "partnership_theme", columns: ["partnership_id", "theme_id"])

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
        nextOrganization = (try reader.fetchOne(Int64.self, "SELECT max(id) FROM organization") ?? 0) + 1
        nextPartnership = (try reader.fetchOne(Int64.self, "SELECT max(id) FROM partnership") ?? 0) + 1
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
                [
                    id, SyntheticGenerator.key("synthetic", made), "municipality", name, name, country, "town",
                    2_000 + random.skewed(below: 2_000_000), 2021, Double(random.below(12_000)) / 100 - 50,
                    Double(random.below(36_000)) / 100 - 180, 1,
                ], writer: writer)
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
    }

    private mutating func addPartnership(number: Int, writer: StoreWriter) throws {
        let start = 1995 + random.below(30)
        let ongoing = random.chance(10)
        let end = ongoing ? nil : String(min(2025, start + random.below(8)))
        let partners = random.chance(70) ? 1 : 2 + random.below(2)
        let program: Int64? = random.chance(80) ? random.pick(programs) : nil
        let id = nextPartnership
        nextPartnership += 1
        try partnerships.append(
            [
                id, SyntheticGenerator.key("synthetic-partnership", number), "Partnership \(number)",
                "Partenariat \(number)", partners == 1 ? "municipal_pair" : "cluster", program, String(start), end,
                ongoing ? "active" : "completed", 1,
            ], writer: writer)
        let lead = canadian[random.skewed(below: canadian.count)]
        try participants.append([id, lead, "lead", "canada"], writer: writer)
        var chosen: Set<Int64> = [lead]
        for _ in 0..<partners {
            let partner = overseas[random.skewed(below: overseas.count)]
            guard chosen.insert(partner).inserted else { continue }
            try participants.append([id, partner, "partner", "overseas"], writer: writer)
        }
        try partnershipThemes.append([id, random.pick(themes)], writer: writer)
    }

    private mutating func addPractice(number: Int, writer: StoreWriter) throws {
        let pool = random.chance(50) && !overseas.isEmpty ? overseas : canadian
        let lead = pool[random.below(pool.count)]
        let topic = random.below(SyntheticText.topics.count)
        let id = try writer.insert(
            """
            INSERT INTO practice (key, lead_organization_id, evidence_level, status, year, illustrative)
            VALUES (?, ?, ?, ?, ?, 1)
            """,
            [
                SyntheticGenerator.key("synthetic-practice", number), lead, random.pick(["self_reported", "peer_reviewed", "evaluated"]),
                random.chance(90) ? "published" : "draft", 1995 + random.below(30),
            ])
        for language in ["en", "fr"] {
            let text = SyntheticText.practice(topic: topic, number: number, language: language, random: &random)
            try writer.execute(
                """
                INSERT INTO practice_text (practice_id, language, title, summary, problem, approach, results, tags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, language, text.title, text.summary, text.problem, text.approach, text.results, text.tags])
        }
        try writer.execute("INSERT INTO practice_theme (practice_id, theme_id) VALUES (?, ?)", [id, random.pick(themes)])
    }

    private mutating func addPublication(number: Int, writer: StoreWriter) throws {
        let topic = random.below(SyntheticText.topics.count)
        let id = try writer.insert(
            "INSERT INTO publication (key, type, year, illustrative) VALUES (?, ?, ?, 1)",
            [SyntheticGenerator.key("synthetic-publication", number), random.pick(["report", "policy_paper", "guide"]), 1995 + random.below(30)])
        for language in ["en", "fr"] {
            let text = SyntheticText.practice(topic: topic, number: number, language: language, random: &random)
            try writer.execute(
                "INSERT INTO publication_text (publication_id, language, title, abstract, body, tags) VALUES (?, ?, ?, ?, ?, ?)",
                [id, language, text.title, text.summary, text.approach + " " + text.results, text.tags])
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
