// HubStore holds everything the hub knows, in SQLite, and knows nothing of GraphQL:
// connections (one writer, a reader per core, WAL), numbered migrations, typed queries,
// FTS5 search in English and French, recursive graph queries and seed loading.
// It arrives with the store issue; this file marks the module's place until then.

/// The module's name, for log lines.
public enum HubStoreModule {
    public static let name = "HubStore"
}
