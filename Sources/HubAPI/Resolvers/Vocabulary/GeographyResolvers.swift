import GraphQLEngine
import HubStore

extension ResolverTable {
    /// The fields of `Country` and `Theme`.
    mutating func addVocabularyResolvers() {
        object("Country", as: Country.self) { country in
            country.value("id") { .id(.country, $0.id) }
            country.value("code") { .string($0.iso2) }
            country.value("code3") { .string($0.iso3) }
            country.field("name") { country, input in country.name.field(input) }
            country.value("region") { .vocabulary($0.region) }
        }
        object("Theme", as: Theme.self) { theme in
            theme.value("id") { .id(.theme, $0.id) }
            theme.value("code") { .string($0.code) }
            theme.field("name") { theme, input in theme.name.field(input) }
            theme.value("kind") { .vocabulary($0.kind) }
        }
    }
}
