import ArgumentParser
import GraphQLEngine

/// `peerhub format DOCUMENT`: prints a document in canonical form (graphql-js `print`).
struct FormatCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "format",
        abstract: "Print a GraphQL document in canonical form.",
        discussion: """
            Works on executable documents and schema (SDL) documents alike. A syntax error is \
            reported on standard error as FILE:LINE:COLUMN: Syntax Error: … with exit status 1; \
            exit status 2 when the file cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("The document to print (- for standard input).", valueName: "document"))
    var document: String

    func execute(in context: ToolContext) -> CommandOutput {
        let source: Source
        do {
            source = try InputFile.source(
                at: document, relativeTo: context.currentDirectory, readStandardInput: context.readStandardInput)
        } catch {
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
        }
        do {
            let printed = printDocument(try GraphQLEngine.parse(source))
            return .success(printed.isEmpty || printed.hasSuffix("\n") ? printed : printed + "\n")
        } catch {
            return .failure(renderErrorsAsText([error], file: source.name), exitCode: ExitStatus.invalidInput)
        }
    }
}
