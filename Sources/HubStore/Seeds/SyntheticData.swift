import GRDB

/// How much synthetic data to generate, and how it grows with the number of organizations.
///
/// The issue asks for "on the order of 100 practices and 10 partnerships per 10 organizations".
/// Partnerships follow it: 10 per 10 organizations, so `--scale 1000000` makes a million.
/// Practices are 3 per 10 organizations (300,000 at `--scale 1000000`, three times what earlier
/// versions made), not 100, for two budgets of the benchmark at a million partnerships:
/// - seeding under a minute: each practice has an English and a French text in the full-text
///   index, and indexing costs SQLite about 15 µs of CPU a text even in one pass at the end
///   (`SyntheticIndexing`), so the ratio (ten million practices, twenty million texts)
///   would take five minutes for the index alone; 3 per 10 takes about ten seconds;
/// - a search under 50 ms: bm25 scores every matching text (about 3.5 µs each), and the
///   benchmark's search matches one English text in twenty-four (`SyntheticText`), 12,500
///   texts here, about 45 ms already; with 100 per 10 it would match 400,000.
public struct SyntheticDataPlan: Hashable, Sendable {
    /// The synthetic organizations to add.
    public var organizations: Int
    /// Partnerships per ten organizations (the "10 partnerships per 10 organizations").
    public var partnershipsPerTenOrganizations = 10
    /// Practices per ten organizations, each with an English and a French text (see above for
    /// why 3 rather than the 100).
    public var practicesPerTenOrganizations = 3
    /// Publications per hundred organizations, each with an English and a French text.
    public var publicationsPerHundredOrganizations = 2
    /// Organizations in the first transaction; each next one takes twice as many as the one
    /// before, up to `maximumBatchSize`: progress shows early, and each commit, which writes to
    /// the log every page the batch changed, comes rarely (at a million organizations, ten).
    public var batchSize = 10_000
    /// The most organizations in one transaction.
    public var maximumBatchSize = 160_000
    /// The seed of the pseudo-random sequence: the same plan gives the same data.
    public var seed: UInt64 = 0x5EED_2026

    /// A plan for `organizations` synthetic organizations with the default proportions.
    public init(organizations: Int) {
        self.organizations = organizations
    }
}

/// Where a generation stands, reported after each committed batch.
public struct SyntheticDataProgress: Hashable, Sendable {
    public var organizations: Int
    public var partnerships: Int
    public var practices: Int
    public var publications: Int
    /// The organizations the plan asks for in all.
    public var plannedOrganizations: Int
}

/// A deterministic generator of realistic synthetic volumes, for benchmarks: organizations in
/// the seeded countries (a fifth in Canada), partnerships between a Canadian and one to three
/// overseas organizations (some organizations much more connected than others, as in the real
/// network), with years, programs and themes, and practices and publications in English and
/// French that the search index covers. Every generated record is marked illustrative.
///
/// It needs the curated seeds loaded first (countries, themes, programs).
public enum SyntheticData {
    /// Adds the plan's records to `database` in batches, one transaction each, calling
    /// `progress` after each commit, then builds the indexes it set aside (see
    /// `SyntheticIndexing`): for a new database, which a failure leaves to be deleted.
    @discardableResult
    public static func generate(
        _ plan: SyntheticDataPlan, into database: HubDatabase,
        progress: (SyntheticDataProgress) -> Void = { _ in }
    ) throws -> SyntheticDataProgress {
        // Every reference the generator writes is to a row it has just written or read, and
        // every value a CHECK constraint limits is one of the values it allows.
        try database.writeInBatches(checksForeignKeys: false, checksConstraints: false) { batches in
            let indexing = try batches.transaction { writer in try SyntheticIndexing.setAside(writer) }
            var generator = try batches.transaction { writer in try SyntheticGenerator(plan: plan, writer: writer) }
            var done = SyntheticDataProgress(
                organizations: 0, partnerships: 0, practices: 0, publications: 0,
                plannedOrganizations: plan.organizations)
            var batch = max(1, plan.batchSize)
            while done.organizations < plan.organizations {
                let count = min(batch, plan.organizations - done.organizations)
                batch = min(batch * 2, max(plan.batchSize, plan.maximumBatchSize))
                try batches.transaction { writer in
                    try generator.addBatch(of: count, progress: &done, writer: writer)
                }
                progress(done)
            }
            try batches.transaction { writer in try indexing.restore(writer) }
            return done
        }
    }
}

/// SplitMix64: a small, fast, well-distributed generator whose sequence depends only on its
/// seed, so that a benchmark database is the same on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A number in `0..<bound` skewed towards 0: index i is picked about 1/sqrt(i) as often, so
    /// the first organizations become hubs.
    mutating func skewed(below bound: Int) -> Int {
        let unit = Double(next() >> 11) / Double(1 << 53)
        return min(bound - 1, Int(Double(bound) * unit * unit))
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
