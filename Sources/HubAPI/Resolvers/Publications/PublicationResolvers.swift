import GraphQLEngine
import HubStore

extension ResolverTable {
    /// The fields of `Publication`, `PublicationContent` and `Author`.
    mutating func addPublicationResolvers() {
        object("Publication", as: Publication.self) { publication in
            publication.value("id") { .id(.publication, $0.id) }
            publication.value("key") { .string($0.key) }
            publication.value("type") { .vocabulary($0.type) }
            publication.value("year") { .optional($0.year.map(FieldValue.int)) }
            publication.field("title") { publication, input in
                input.loadText(TextLoaders.publication, id: publication.id, .title)
            }
            publication.field("content") { publication, input in
                input.loadText(TextLoaders.publication, id: publication.id, .content)
            }
            publication.field("publisher") { publication, input in
                publication.publisherID.map { input.load(RecordLoaders.organization, key: $0) } ?? .null
            }
            publication.value("doi") { .optional($0.doi.map(FieldValue.string)) }
            publication.value("url") { .optional($0.url.map(FieldValue.string)) }
            publication.value("license") { .optional($0.license.map(FieldValue.string)) }
            publication.field("authors") { publication, input in input.load(ChildLoaders.authors, key: publication.id) }
            publication.field("cites") { publication, input in
                try input.loadPage(PageLoaders.publicationCites, parent: publication.id)
            }
            publication.field("citedBy") { publication, input in
                try input.loadPage(PageLoaders.publicationCitedBy, parent: publication.id)
            }
            publication.field("practices") { publication, input in
                input.load(ChildLoaders.publicationPractices, key: publication.id)
            }
            publication.field("programs") { publication, input in
                input.load(ChildLoaders.publicationPrograms, key: publication.id)
            }
            publication.field("countries") { publication, input in
                input.load(ChildLoaders.publicationCountries, key: publication.id)
            }
            publication.field("themes") { publication, input in
                input.load(ChildLoaders.publicationThemes, key: publication.id)
            }
        }
        object("PublicationContent", as: LocalizedContent<PublicationText>.self) { content in
            content.value("language") { .vocabulary($0.text.language) }
            content.value("isFallback") { .boolean($0.isFallback) }
            content.value("title") { .string($0.text.title) }
            content.value("abstract") { .string($0.text.abstract) }
            content.value("body") { .string($0.text.body) }
            content.value("tags") { .list(Self.tags($0.text.tags).map(FieldValue.string)) }
        }
        object("Author", as: PublicationAuthor.self) { author in
            author.value("position") { .int($0.position) }
            author.value("name") { .string($0.name) }
            author.value("affiliation") { .optional($0.affiliation.map(FieldValue.string)) }
            author.field("person") { author, input in
                author.personID.map { input.load(RecordLoaders.person, key: $0) } ?? .null
            }
        }
    }
}
