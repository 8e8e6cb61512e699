import PackagePlugin

/// Compiles the repository's `schema.graphql` into the target it is applied to (HubAPI), as
/// `HubSchemaSDL.text`, regenerated whenever the file changes. The schema stays one file at
/// the top of the repository, and the binary needs no file at run time.
@main
struct EmbedHubSchema: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let schema = context.package.directoryURL.appending(path: "schema.graphql")
        let output = context.pluginWorkDirectoryURL.appending(path: "HubSchemaSDL.swift")
        return [
            .buildCommand(
                displayName: "Embedding schema.graphql in \(target.name)",
                executable: try context.tool(named: "SchemaEmbedder").url,
                arguments: [schema.path(), output.path()],
                inputFiles: [schema],
                outputFiles: [output])
        ]
    }
}
