// HubAPI is the hub's GraphQL API: it loads `schema.graphql`, binds a resolver to every field
// over HubStore, batches loads level by level and applies each field's authorization rule.
// The seam with the server is in `Authentication/`: the server says who is calling
// (`Caller`) and provides the account operations (`AuthenticationService`); the API executes.
import GraphQLEngine
import HubStore

/// The module's name, for log lines.
public enum HubAPIModule {
    public static let name = "HubAPI"
}
