// HubAPI is the hub's GraphQL API: it loads `schema.graphql`, binds a resolver to every field
// over HubStore, batches loads level by level and applies each field's authorization rule.
// It arrives with the API issue; this file marks the module's place until then.
import GraphQLEngine
import HubStore

/// The module's name, for log lines.
public enum HubAPIModule {
    public static let name = "HubAPI"
}
