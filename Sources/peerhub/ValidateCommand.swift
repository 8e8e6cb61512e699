import ArgumentParser
import GraphQLEngine

/// `peerhub validate [--schema FILE] DOCUMENT`: checks an executable document against the schema
/// with every validation rule of spec §5, as graphql-js 16 does, and prints the errors as JSON.
struct ValidateCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a GraphQL document against the schema; print the errors as a JSON array.",
        discussion: """
            Prints [] and exits 0 when the document is valid. Otherwise prints every error, syntax \
            errors included, as [{"message": …, "locations": [{"line": …, "column": …}]}] and exits 1. \
            Exits 2 when a file cannot be read or the schema itself is invalid (errors on standard error).
            """
    )

    @Option(name: .long, help: ArgumentHelp("The schema to validate against.", valueName: "file"))
    var schema: String?

    @Argument(help: ArgumentHelp("The document to validate (- for standard input).", valueName: "document"))
    var document: String

    func execute(in context: ToolContext) -> CommandOutput {
        if document == InputFile.standardInputPath && schema == InputFile.standardInputPath {
            return .failure(
                "peerhub: the schema and the document cannot both be read from standard input (-)\n",
                exitCode: ExitStatus.usage)
        }
        let builtSchema: GraphQLSchema
        switch loadSchema(option: schema, context: context) {
        case .success(let loaded): builtSchema = loaded
        case .failure(let failure): return .failure(failure.message, exitCode: ExitStatus.usage)
        }
        let source: Source
        do {
            source = try InputFile.source(
                at: document, relativeTo: context.currentDirectory, readStandardInput: context.readStandardInput)
        } catch {
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
        }
        let errors: [GraphQLError]
        do {
            errors = GraphQLEngine.validate(schema: builtSchema, document: try GraphQLEngine.parse(source))
        } catch {
            errors = [error]
        }
        let status = errors.isEmpty ? ExitStatus.success : ExitStatus.invalidInput
        return .success(renderErrorsAsJSON(errors), exitCode: status)
    }
}
