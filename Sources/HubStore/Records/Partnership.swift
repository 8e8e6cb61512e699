import GRDB

/// A partnership between organizations, usually within a program: 1:1, a cluster (Blackfalds
/// with four Bohol towns), association to association, or peer replication between overseas
/// cities.
public struct Partnership: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// The stable key used in `seeds/`.
    public var key: String
    public var title: LocalizedText
    public var type: PartnershipType
    public var programID: Int64?
    /// ISO 8601 dates as precise as the source (`2011`, `2011-05-09`).
    public var startDate: String?
    public var endDate: String?
    /// When a memorandum of understanding was signed, when one was.
    public var mouDate: String?
    public var status: LifecycleStatus
    public var description: LocalizedText
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        key = row["key"]
        title = row.localized("title")
        type = row.vocabulary("type")
        programID = row["program_id"]
        startDate = row["start_date"]
        endDate = row["end_date"]
        mouDate = row["mou_date"]
        status = row.vocabulary("status")
        description = row.localized("description")
        isIllustrative = row.flag("illustrative")
    }
}

/// An organization taking part in a partnership, with its role and side.
public struct Participant: Hashable, Sendable {
    public var partnershipID: Int64
    public var organizationID: Int64
    public var role: ParticipantRole
    public var side: ParticipantSide

    init(row: Row) {
        partnershipID = row["partnership_id"]
        organizationID = row["organization_id"]
        role = row.vocabulary("role")
        side = row.vocabulary("side")
    }
}

/// Something that happened within a partnership or program: a mission, a study tour, a
/// workshop.
public struct Activity: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var key: String
    public var partnershipID: Int64?
    public var programID: Int64?
    public var type: ActivityType
    public var title: LocalizedText
    public var startDate: String?
    public var endDate: String?
    public var direction: ActivityDirection?
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        key = row["key"]
        partnershipID = row["partnership_id"]
        programID = row["program_id"]
        type = row.vocabulary("type")
        title = row.localized("title")
        startDate = row["start_date"]
        endDate = row["end_date"]
        direction = row.optionalVocabulary("direction")
        isIllustrative = row.flag("illustrative")
    }
}

/// A person: an expert, an elected official, municipal staff, a volunteer, a researcher.
///
/// `gender` is self-identified and optional and serves only gender aggregates; the API shows
/// contact details only when `isContactable` and the profile only when `hasPublicProfile`.
public struct Person: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var key: String
    public var name: String
    public var organizationID: Int64?
    public var role: PersonRole
    public var position: String?
    public var email: String?
    public var gender: String?
    public var hasPublicProfile: Bool
    public var isContactable: Bool
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        key = row["key"]
        name = row["name"]
        organizationID = row["organization_id"]
        role = row.vocabulary("role_type")
        position = row["position"]
        email = row["email"]
        gender = row["gender"]
        hasPublicProfile = row.flag("public_profile")
        isContactable = row.flag("contactable")
        isIllustrative = row.flag("illustrative")
    }
}

/// An area of expertise people offer and partners need (FCM's list: communications, economic
/// development, geomatics and engineering, governance, …).
public struct ExpertiseArea: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var code: String
    public var name: LocalizedText
    public var parentID: Int64?

    init(row: Row) {
        id = row["id"]
        code = row["code"]
        name = row.localized("name")
        parentID = row["parent_id"]
    }
}
