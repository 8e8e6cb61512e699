import GRDB

/// A value from one of the data model's closed vocabularies (a kind, a status, a role), stored
/// as text. These are structs rather than enums so that a new value is not a breaking change
/// for code that switches over them; each type lists its known values as static constants, and
/// the migrations' CHECK constraints list the same values.
public protocol StoreVocabulary: RawRepresentable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension StoreVocabulary {
    public var description: String { rawValue }
}

/// A language of the hub's text: `en`, `fr`, and `es` for Latin American material.
public struct Language: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let english = Language(rawValue: "en")
    public static let french = Language(rawValue: "fr")
    public static let spanish = Language(rawValue: "es")
}

/// FCM's regions, by which countries are grouped.
public struct Region: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let northAmerica = Region(rawValue: "north_america")
    public static let asia = Region(rawValue: "asia")
    public static let africa = Region(rawValue: "africa")
    public static let middleEast = Region(rawValue: "middle_east")
    public static let latinAmerica = Region(rawValue: "latin_america")
    public static let caribbean = Region(rawValue: "caribbean")
    public static let easternEurope = Region(rawValue: "eastern_europe")
}

/// What an organization is (domain.md §3.2: the participant interface's implementations).
public struct OrganizationKind: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let municipality = OrganizationKind(rawValue: "municipality")
    public static let association = OrganizationKind(rawValue: "association")
    public static let governmentBody = OrganizationKind(rawValue: "government_body")
    public static let other = OrganizationKind(rawValue: "other")
}

/// Where a program or partnership stands.
public struct LifecycleStatus: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let proposed = LifecycleStatus(rawValue: "proposed")
    public static let planned = LifecycleStatus(rawValue: "planned")
    public static let active = LifecycleStatus(rawValue: "active")
    public static let completed = LifecycleStatus(rawValue: "completed")
}

/// The shape of a partnership (domain.md §3.1, lesson 5).
public struct PartnershipType: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let municipalPair = PartnershipType(rawValue: "municipal_pair")
    public static let cluster = PartnershipType(rawValue: "cluster")
    public static let associationPair = PartnershipType(rawValue: "association_pair")
    public static let sisterCity = PartnershipType(rawValue: "sister_city")
    public static let peerReplication = PartnershipType(rawValue: "peer_replication")
    public static let studyTourHost = PartnershipType(rawValue: "study_tour_host")
    public static let resourcePool = PartnershipType(rawValue: "resource_pool")
}

/// A participant's role in a partnership.
public struct ParticipantRole: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let lead = ParticipantRole(rawValue: "lead")
    public static let partner = ParticipantRole(rawValue: "partner")
    public static let anchor = ParticipantRole(rawValue: "anchor")
    public static let host = ParticipantRole(rawValue: "host")
    public static let resourcePool = ParticipantRole(rawValue: "resource_pool")
}

/// Which side of a partnership a participant is on.
public struct ParticipantSide: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let canada = ParticipantSide(rawValue: "canada")
    public static let overseas = ParticipantSide(rawValue: "overseas")
    public static let other = ParticipantSide(rawValue: "other")
}

/// Whether money is cash or in-kind.
public struct FundingType: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let cash = FundingType(rawValue: "cash")
    public static let inKind = FundingType(rawValue: "in_kind")
}

/// What a money figure is (domain.md §3.1, lesson 2): sources disagree by basis.
public struct FundingBasis: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let maxContribution = FundingBasis(rawValue: "max_contribution")
    public static let announcedTotal = FundingBasis(rawValue: "announced_total")
    public static let disbursed = FundingBasis(rawValue: "disbursed")
}

/// Where a best practice is in moderation.
public struct PracticeStatus: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let draft = PracticeStatus(rawValue: "draft")
    public static let inReview = PracticeStatus(rawValue: "in_review")
    public static let published = PracticeStatus(rawValue: "published")
    /// Sent back by a moderator with a reason; its author may edit it and submit it again.
    public static let rejected = PracticeStatus(rawValue: "rejected")
}

/// How well a practice's results are established.
public struct EvidenceLevel: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let selfReported = EvidenceLevel(rawValue: "self_reported")
    public static let peerReviewed = EvidenceLevel(rawValue: "peer_reviewed")
    public static let evaluated = EvidenceLevel(rawValue: "evaluated")
    public static let awarded = EvidenceLevel(rawValue: "awarded")
}

/// How far a replication of a practice went.
public struct ReplicationStatus: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let planned = ReplicationStatus(rawValue: "planned")
    public static let piloting = ReplicationStatus(rawValue: "piloting")
    public static let adopted = ReplicationStatus(rawValue: "adopted")
    public static let abandoned = ReplicationStatus(rawValue: "abandoned")
}

/// What a publication is.
public struct PublicationType: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let report = PublicationType(rawValue: "report")
    public static let guide = PublicationType(rawValue: "guide")
    public static let caseStudy = PublicationType(rawValue: "case_study")
    public static let impactReport = PublicationType(rawValue: "impact_report")
    public static let policyPaper = PublicationType(rawValue: "policy_paper")
    public static let toolkit = PublicationType(rawValue: "toolkit")
    public static let dataset = PublicationType(rawValue: "dataset")
}

/// What an activity of a partnership or program was.
public struct ActivityType: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let assessmentMission = ActivityType(rawValue: "assessment_mission")
    public static let technicalMission = ActivityType(rawValue: "technical_mission")
    public static let studyTour = ActivityType(rawValue: "study_tour")
    public static let workshop = ActivityType(rawValue: "workshop")
    public static let forum = ActivityType(rawValue: "forum")
    public static let steeringCommittee = ActivityType(rawValue: "steering_committee")
    public static let mouSigning = ActivityType(rawValue: "mou_signing")
    public static let virtualExchange = ActivityType(rawValue: "virtual_exchange")
    public static let demonstrationProject = ActivityType(rawValue: "demonstration_project")
    public static let smallGrant = ActivityType(rawValue: "small_grant")
}

/// Which way people travelled for an activity (domain.md §3.4, question 11: reciprocity).
public struct ActivityDirection: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let toOverseas = ActivityDirection(rawValue: "to_overseas")
    public static let toCanada = ActivityDirection(rawValue: "to_canada")
    public static let southSouth = ActivityDirection(rawValue: "south_south")
    public static let virtual = ActivityDirection(rawValue: "virtual")
}

/// What kind of theme a theme is: one of FCM's four priorities, a cross-cutting theme (gender
/// equality), or a sector.
public struct ThemeKind: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let priority = ThemeKind(rawValue: "priority")
    public static let crossCutting = ThemeKind(rawValue: "cross_cutting")
    public static let sector = ThemeKind(rawValue: "sector")
}

/// What a person does.
public struct PersonRole: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let electedOfficial = PersonRole(rawValue: "elected_official")
    public static let municipalStaff = PersonRole(rawValue: "municipal_staff")
    public static let associationStaff = PersonRole(rawValue: "association_staff")
    public static let consultant = PersonRole(rawValue: "consultant")
    public static let volunteer = PersonRole(rawValue: "volunteer")
    public static let researcher = PersonRole(rawValue: "researcher")
}

extension Row {
    /// The vocabulary value in `column`.
    func vocabulary<V: StoreVocabulary>(_ column: String) -> V {
        V(rawValue: self[column])
    }

    /// The vocabulary value in `column`, or nil for NULL.
    func optionalVocabulary<V: StoreVocabulary>(_ column: String) -> V? {
        (self[column] as String?).map(V.init(rawValue:))
    }
}
