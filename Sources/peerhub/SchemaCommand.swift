import ArgumentParser
import GraphQLEngine

/// `peerhub schema …`: commands about the schema itself.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Work with the schema.",
        subcommands: [PrintSchemaCommand.self]
    )
}

/// `peerhub schema print [--schema FILE]`: builds the schema and prints it in canonical SDL
/// (graphql-js `printSchema`).
struct PrintSchemaCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the schema in canonical SDL.",
        discussion: """
            The schema is built and checked first: syntax errors, build errors and type-system \
            errors go to standard error as FILE:LINE:COLUMN: message, with exit status 1; exit \
            status 2 when the file cannot be read.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The schema to print.", valueName: "file"))
    var schema: String?

    func execute(in context: ToolContext) -> CommandOutput {
        switch loadSchema(option: schema, context: context) {
        case .success(let built):
            let printed = printSchema(built)
            return .success(printed.isEmpty || printed.hasSuffix("\n") ? printed : printed + "\n")
        case .failure(let failure):
            if case .invalid = failure {
                return .failure(failure.message, exitCode: ExitStatus.invalidInput)
            }
            return .failure(failure.message, exitCode: ExitStatus.usage)
        }
    }
}
