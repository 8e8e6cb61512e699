import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.viewer`: the signed-in caller's account, API keys and own practices.
    mutating func addViewerResolvers() {
        object("Query", as: Root.self) { query in
            query.field("viewer") { _, input in
                try input.request.caller.account.map { .object($0) } ?? .null
            }
        }
        object("Viewer", as: Account.self) { viewer in
            viewer.value("account") { .object($0) }
            viewer.asyncField("apiKeys") { _, input in
                let request = try input.request
                return .list(try await request.authentication.apiKeys(caller: request.caller).map { .object($0) })
            }
            viewer.asyncField("practices") { account, input in
                let request = try input.request
                var building = PracticeListing()
                building.authorAccountIDs = [account.id]
                building.viewerAccountID = account.id
                building.includesAllUnpublished = request.seesAllUnpublished
                building.order = .newest
                let window = try ConnectionArguments(input).keysetWindow()
                let listing = building  // a constant: the read below runs on another thread
                let (page, practices) = try await request.read { reader in
                    let page = try reader.practices(listing, window: window)
                    return (page, try reader.practices(ids: page.rows.map(\.id)))
                }
                let database = request.database
                return .object(
                    Connection(
                        page: page, records: practices, window: window, count: { try database.read { try $0.practiceCount(listing) } }))
            }
        }
        object("Account", as: Account.self) { account in
            account.value("id") { .string(String($0.id)) }
            account.value("email") { .string($0.email) }
            account.value("displayName") { .string($0.displayName) }
            account.value("role") { .enumValue($0.role.rawValue.uppercased()) }
        }
        object("APIKey", as: APIKey.self) { key in
            key.value("id") { .string(String($0.id)) }
            key.value("name") { .string($0.name) }
            key.value("prefix") { .string($0.prefix) }
            key.value("scopes") { .list($0.scopes.map(\.rawValue).sorted().map { .enumValue($0.uppercased()) }) }
            key.value("createdAt") { .string($0.createdAt) }
            key.value("revokedAt") { .optional($0.revokedAt.map(FieldValue.string)) }
        }
    }
}
