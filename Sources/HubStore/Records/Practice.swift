import GRDB

/// A best practice (a case study): what a municipality did, how, with what results, and what it
/// takes to do it elsewhere. Its text, in each language, is a `PracticeText`.
public struct Practice: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var key: String
    public var leadOrganizationID: Int64
    public var programID: Int64?
    public var partnershipID: Int64?
    /// The person of the hub who wrote it, for curated practices.
    public var authorPersonID: Int64?
    /// The member account that submitted it, for practices written through the API.
    public var authorAccountID: Int64?
    public var evidenceLevel: EvidenceLevel
    public var status: PracticeStatus
    public var year: Int?
    public var costEstimateCents: Int64?
    public var license: String?
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        key = row["key"]
        leadOrganizationID = row["lead_organization_id"]
        programID = row["program_id"]
        partnershipID = row["partnership_id"]
        authorPersonID = row["author_person_id"]
        authorAccountID = row["author_account_id"]
        evidenceLevel = row.vocabulary("evidence_level")
        status = row.vocabulary("status")
        year = row["year"]
        costEstimateCents = row["cost_estimate_cents"]
        license = row["license"]
        isIllustrative = row.flag("illustrative")
    }
}

/// A practice's text in one language, in the parts of the case-study template.
public struct PracticeText: Hashable, Sendable {
    public var practiceID: Int64
    public var language: Language
    public var title: String
    public var summary: String
    public var problem: String
    public var approach: String
    public var results: String
    public var lessons: String
    /// The conditions under which it can be done elsewhere.
    public var replicability: String
    /// Keywords, separated by commas.
    public var tags: String

    init(row: Row) {
        practiceID = row["practice_id"]
        language = row.vocabulary("language")
        title = row["title"]
        summary = row["summary"]
        problem = row["problem"]
        approach = row["approach"]
        results = row["results"]
        lessons = row["lessons"]
        replicability = row["replicability"]
        tags = row["tags"]
    }
}

/// An organization adopting a practice from elsewhere (Nam Dinh's land management, taken up by
/// Phu Ly, Thai Binh, Tra Vinh and Pleiku).
public struct Replication: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var practiceID: Int64
    public var adoptingOrganizationID: Int64
    public var partnershipID: Int64?
    public var activityID: Int64?
    public var date: String?
    public var status: ReplicationStatus
    public var notes: String
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        practiceID = row["practice_id"]
        adoptingOrganizationID = row["adopting_organization_id"]
        partnershipID = row["partnership_id"]
        activityID = row["activity_id"]
        date = row["date"]
        status = row.vocabulary("status")
        notes = row["notes"]
        isIllustrative = row.flag("illustrative")
    }
}

/// Something measured: people trained, plans produced, municipalities with an asset-management
/// policy.
public struct Indicator: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var code: String
    public var name: LocalizedText
    public var unit: String
    /// Whether more is better (`increase`) or less (`decrease`).
    public var direction: String
    public var sdgTargetID: Int64?

    init(row: Row) {
        id = row["id"]
        code = row["code"]
        name = row.localized("name")
        unit = row["unit"]
        direction = row["direction"]
        sdgTargetID = row["sdg_target_id"]
    }
}

/// A value of an indicator for one program, practice or organization, possibly for women or
/// men only or for one population group.
public struct Measurement: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var indicatorID: Int64
    public var programID: Int64?
    public var practiceID: Int64?
    public var organizationID: Int64?
    public var value: Double
    public var baseline: Double?
    public var target: Double?
    public var periodStart: String?
    public var periodEnd: String?
    /// `all`, `women` or `men`.
    public var sex: String
    /// e.g. `marginalized`, when the value is for one group.
    public var populationGroup: String?
    public var sourceID: Int64?
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        indicatorID = row["indicator_id"]
        programID = row["program_id"]
        practiceID = row["practice_id"]
        organizationID = row["organization_id"]
        value = row["value"]
        baseline = row["baseline"]
        target = row["target"]
        periodStart = row["period_start"]
        periodEnd = row["period_end"]
        sex = row["sex"]
        populationGroup = row["population_group"]
        sourceID = row["source_id"]
        isIllustrative = row.flag("illustrative")
    }
}
