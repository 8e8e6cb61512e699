import GRDB

/// A program of international cooperation (MPED, PMI-LED, JMSP, …) with its planned and actual
/// dates, which differ (PLEDDG was planned to end in December 2020 and ended in March 2021).
///
/// Dates are ISO 8601 text as precise as the source: `2015`, `2015-03` or `2015-03-27`.
public struct Program: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// The stable key used in `seeds/`, e.g. `mped`.
    public var key: String
    public var name: LocalizedText
    public var acronym: String?
    public var description: LocalizedText
    public var status: LifecycleStatus
    public var plannedStart: String?
    public var plannedEnd: String?
    public var actualStart: String?
    public var actualEnd: String?
    /// The program this one continues (PMI-LED continues MPED).
    public var predecessorID: Int64?
    /// Global Affairs Canada's project number, e.g. `CA-3-S065090001`.
    public var gacProjectNumber: String?
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        key = row["key"]
        name = row.localized("name")
        acronym = row["acronym"]
        description = row.localized("description")
        status = row.vocabulary("status")
        plannedStart = row["planned_start"]
        plannedEnd = row["planned_end"]
        actualStart = row["actual_start"]
        actualEnd = row["actual_end"]
        predecessorID = row["predecessor_id"]
        gacProjectNumber = row["gac_project_number"]
        isIllustrative = row.flag("illustrative")
    }
}

/// One of the names a program goes by, in a language: official, acronym or local.
public struct ProgramName: Hashable, Sendable {
    /// The kind of name.
    public struct Kind: StoreVocabulary {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let official = Kind(rawValue: "official")
        public static let acronym = Kind(rawValue: "acronym")
        public static let local = Kind(rawValue: "local")
    }

    public var programID: Int64
    public var text: String
    public var language: Language
    public var kind: Kind

    init(row: Row) {
        programID = row["program_id"]
        text = row["text"]
        language = row.vocabulary("language")
        kind = row.vocabulary("kind")
    }
}

/// A program's share of effort in a country or on a theme, in percent, when the source gives one
/// (GAC splits MPED 14–15% per country).
public struct ProgramShare: Hashable, Sendable {
    public var programID: Int64
    /// The country's or the theme's id.
    public var targetID: Int64
    public var sharePct: Double?

    init(row: Row, target: String) {
        programID = row["program_id"]
        targetID = row[target]
        sharePct = row["share_pct"]
    }
}

/// An organization's role in a program: implementer, funder, partner association, executing
/// agency.
public struct ProgramRole: Hashable, Sendable {
    /// The role.
    public struct Role: StoreVocabulary {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let implementer = Role(rawValue: "implementer")
        public static let funder = Role(rawValue: "funder")
        public static let partnerAssociation = Role(rawValue: "partner_association")
        public static let executingAgency = Role(rawValue: "executing_agency")
    }

    public var programID: Int64
    public var organizationID: Int64
    public var role: Role

    init(row: Row) {
        programID = row["program_id"]
        organizationID = row["organization_id"]
        role = row.vocabulary("role")
    }
}

/// Money committed to a program, with its basis and type kept apart (domain.md §3.1, lesson 2).
public struct FundingCommitment: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var programID: Int64
    public var funderID: Int64?
    /// The amount in cents of `currency`, so that $19,558,497.50 is exact.
    public var amountCents: Int64
    /// ISO 4217, e.g. `CAD`.
    public var currency: String
    public var type: FundingType
    public var basis: FundingBasis
    public var periodStart: String?
    public var periodEnd: String?
    /// When the figure was stated.
    public var asOf: String?
    public var note: String?
    public var sourceID: Int64?

    init(row: Row) {
        id = row["id"]
        programID = row["program_id"]
        funderID = row["funder_id"]
        amountCents = row["amount_cents"]
        currency = row["currency"]
        type = row.vocabulary("type")
        basis = row.vocabulary("basis")
        periodStart = row["period_start"]
        periodEnd = row["period_end"]
        asOf = row["as_of"]
        note = row["note"]
        sourceID = row["source_id"]
    }
}

/// A theme: one of FCM's four priorities, gender equality (cross-cutting), or a sector.
public struct Theme: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// e.g. `local-governance`, `gender-equality`.
    public var code: String
    public var name: LocalizedText
    public var kind: ThemeKind
    public var parentID: Int64?

    init(row: Row) {
        id = row["id"]
        code = row["code"]
        name = row.localized("name")
        kind = row.vocabulary("kind")
        parentID = row["parent_id"]
    }
}

/// A target of the UN Sustainable Development Goals, e.g. `11.5`.
public struct SDGTarget: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var code: String
    /// The goal, 1 to 17.
    public var goal: Int
    public var title: LocalizedText

    init(row: Row) {
        id = row["id"]
        code = row["code"]
        goal = row["goal"]
        title = row.localized("title")
    }
}
