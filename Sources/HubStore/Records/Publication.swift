import GRDB

/// A piece of policy research: a report, a guide, a policy paper, an impact report. Its text in
/// each language is a `PublicationText`.
public struct Publication: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var key: String
    public var type: PublicationType
    public var year: Int?
    public var publisherID: Int64?
    public var doi: String?
    public var url: String?
    public var license: String?
    public var isIllustrative: Bool

    init(row: Row) {
        id = row["id"]
        key = row["key"]
        type = row.vocabulary("type")
        year = row["year"]
        publisherID = row["publisher_id"]
        doi = row["doi"]
        url = row["url"]
        license = row["license"]
        isIllustrative = row.flag("illustrative")
    }
}

/// A publication's title, abstract, body and tags in one language.
public struct PublicationText: Hashable, Sendable {
    public var publicationID: Int64
    public var language: Language
    public var title: String
    public var abstract: String
    public var body: String
    /// Keywords, separated by commas.
    public var tags: String

    init(row: Row) {
        publicationID = row["publication_id"]
        language = row.vocabulary("language")
        title = row["title"]
        abstract = row["abstract"]
        body = row["body"]
        tags = row["tags"]
    }
}

/// An author of a publication, in order: a person of the hub, or only a name.
public struct PublicationAuthor: Hashable, Sendable {
    public var publicationID: Int64
    /// 1 for the first author.
    public var position: Int
    public var personID: Int64?
    public var name: String
    public var affiliation: String?

    init(row: Row) {
        publicationID = row["publication_id"]
        position = row["position"]
        personID = row["person_id"]
        name = row["name"]
        affiliation = row["affiliation"]
    }
}
