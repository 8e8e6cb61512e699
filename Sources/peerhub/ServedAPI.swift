import HubAPI
import HubServer
import HubStore

/// What `peerhub serve` serves: the hub's API over the database, and the account service that
/// both identifies callers and answers the API's account operations (one instance, so sign-in
/// rate limits are counted in one place).
enum ServedAPI {
    /// The API and the caller identification over `database`, with account settings read from
    /// the environment (`PEERHUB_SIGNUP`, `PEERHUB_SESSION_DAYS`, …).
    static func make(database: HubDatabase, options: APIOptions, context: ToolContext) throws
        -> (service: any GraphQLExecuting, accounts: AccountService)
    {
        let accounts = AccountService(
            database: database, configuration: try AccountServiceConfiguration(environment: context.environment))
        let api = try HubAPI(database: database, authentication: accounts, options: options)
        return (api, accounts)
    }
}
