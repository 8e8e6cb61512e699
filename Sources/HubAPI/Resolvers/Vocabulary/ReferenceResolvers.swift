import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.countries` and `Query.themes`: the closed lists filters take codes from.
    mutating func addReferenceLists() {
        object("Query", as: Root.self) { query in
            query.asyncField("countries") { _, input in
                .list(try await input.request.read { try $0.allCountries() }.map { .object($0) })
            }
            query.asyncField("themes") { _, input in
                let kind = input[argument: "kind"]?.enumName.map(ThemeKind.init(enumName:))
                let themes = try await input.request.read { try $0.allThemes() }
                return .list(themes.filter { kind == nil || $0.kind == kind }.map { .object($0) })
            }
        }
    }
}
