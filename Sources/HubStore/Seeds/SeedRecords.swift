/// The shapes of the JSON seed files (see seeds/README.md). Decoding happens once, when a
/// database is seeded, so Codable is fine here. Keys refer to records of other files: an
/// organization's `key`, a country's ISO alpha-2 code, a theme's or SDG target's `code`, a
/// source's `key`.
enum SeedRecords {
    /// A text in English and French; French defaults to the English text.
    struct Text: Decodable {
        let en: String
        let fr: String?
        var localized: LocalizedText { LocalizedText(en: en, fr: fr ?? en) }
    }

    /// A start and an end date, ISO 8601 as precise as known.
    struct Span: Decodable {
        let start: String?
        let end: String?
    }

    struct Taxonomy: Decodable {
        struct Theme: Decodable {
            let code: String
            let kind: String
            let name: Text
            let parent: String?
            let sdgTargets: [String]?
        }
        struct Target: Decodable {
            let code: String
            let title: Text
        }
        struct Area: Decodable {
            let code: String
            let name: Text
            let parent: String?
        }
        let themes: [Theme]
        let sdgTargets: [Target]
        let expertiseAreas: [Area]
    }

    struct Program: Decodable {
        struct Name: Decodable {
            let text: String
            let language: String
            let kind: String
        }
        struct Share: Decodable {
            let country: String?
            let theme: String?
            let share: Double?
        }
        struct Role: Decodable {
            let organization: String
            let role: String
        }
        struct Funding: Decodable {
            let funder: String?
            let amount: Double
            let currency: String?
            let type: String
            let basis: String
            let asOf: String?
            let note: String?
            let source: String?
        }
        let key: String
        let name: Text
        let acronym: String?
        let description: Text?
        let status: String
        let planned: Span?
        let actual: Span?
        let predecessor: String?
        let gacProjectNumber: String?
        let names: [Name]?
        let countries: [Share]?
        let themes: [Share]?
        let organizations: [Role]?
        let funding: [Funding]?
        let sources: [String]?
        let illustrative: Bool?
    }

    struct Partnership: Decodable {
        struct Participant: Decodable {
            let organization: String
            let role: String
            let side: String
        }
        let key: String
        let title: Text
        let type: String
        let program: String?
        let start: String?
        let end: String?
        let mou: String?
        let status: String
        let description: Text?
        let participants: [Participant]
        let themes: [String]?
        let sources: [String]?
        let illustrative: Bool?
    }

    struct Person: Decodable {
        let key: String
        let name: String
        let organization: String?
        let role: String
        let position: String?
        let email: String?
        let gender: String?
        let publicProfile: Bool?
        let contactable: Bool?
        let languages: [String]?
        let expertise: [String]?
        let illustrative: Bool?
    }

    struct Activity: Decodable {
        let key: String
        let partnership: String?
        let program: String?
        let type: String
        let title: Text
        let start: String?
        let end: String?
        let direction: String?
        let locations: [String]?
        let people: [String]?
        let sources: [String]?
        let illustrative: Bool?
    }

    struct Practice: Decodable {
        struct Texts: Decodable {
            let title: String
            let summary: String?
            let problem: String?
            let approach: String?
            let results: String?
            let lessons: String?
            let replicability: String?
            let tags: String?
        }
        struct Replication: Decodable {
            let organization: String
            let status: String
            let date: String?
            let partnership: String?
            let notes: String?
        }
        let key: String
        let lead: String
        let program: String?
        let partnership: String?
        let author: String?
        let evidence: String
        let status: String
        let year: Int?
        let themes: [String]?
        let sdgTargets: [String]?
        let texts: [String: Texts]
        let replications: [Replication]?
        let sources: [String]?
        let illustrative: Bool?
    }

    struct Publication: Decodable {
        struct Texts: Decodable {
            let title: String
            let abstract: String?
            let body: String?
            let tags: String?
        }
        struct Author: Decodable {
            let person: String?
            let name: String?
            let affiliation: String?
        }
        let key: String
        let type: String
        let year: Int?
        let publisher: String?
        let url: String?
        let doi: String?
        let license: String?
        let texts: [String: Texts]
        let authors: [Author]?
        let practices: [String]?
        let programs: [String]?
        let countries: [String]?
        let themes: [String]?
        let cites: [String]?
        let illustrative: Bool?
    }

    struct Results: Decodable {
        struct Indicator: Decodable {
            let code: String
            let name: Text
            let unit: String
            let direction: String?
            let sdgTarget: String?
        }
        struct Measurement: Decodable {
            let indicator: String
            let program: String?
            let practice: String?
            let organization: String?
            let value: Double
            let baseline: Double?
            let target: Double?
            let periodStart: String?
            let periodEnd: String?
            let sex: String?
            let group: String?
            let source: String?
            let illustrative: Bool?
        }
        let indicators: [Indicator]
        let measurements: [Measurement]
    }
}
