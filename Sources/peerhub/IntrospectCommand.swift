import ArgumentParser
import GraphQLEngine

/// `peerhub introspect [--schema FILE]`: builds and checks the schema, then prints the response
/// to the full introspection query (graphql-core's `get_introspection_query` with every option)
/// as JSON, `{"data": {"__schema": …}}`: the file code generators and schema-diff tools read.
struct IntrospectCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "introspect",
        abstract: "Print the schema's full introspection result as JSON.",
        discussion: """
            Prints {"data": {"__schema": …}}, indented as JSON.stringify(result, null, 2) writes \
            it, with exit status 0. The schema is built and checked first: its errors go to \
            standard error as FILE:LINE:COLUMN: message, with exit status 1; exit status 2 when \
            the file cannot be read. A default value that has no GraphQL literal (an object given \
            to a custom scalar) is an error in the response, as in graphql-js, with exit status 1.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The schema to introspect.", valueName: "file"))
    var schema: String?

    func execute(in context: ToolContext) -> CommandOutput {
        switch loadSchema(option: schema, context: context) {
        case .success(let built):
            let result = introspect(built)
            let status = result.errors.isEmpty ? ExitStatus.success : ExitStatus.invalidInput
            return .success(indentedJSON(result.jsonBytes()) + "\n", exitCode: status)
        case .failure(let failure):
            if case .invalid = failure {
                return .failure(failure.message, exitCode: ExitStatus.invalidInput)
            }
            return .failure(failure.message, exitCode: ExitStatus.usage)
        }
    }
}
