import ArgumentParser

/// `peerhub`: the hub's command line. Each subcommand works out its output as a `CommandOutput`
/// (see `runPeerHub(_:context:)`), so the same code runs in the terminal and in the tests.
struct PeerHubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peerhub",
        abstract: "PeerHub, the knowledge-sharing hub for municipal international cooperation.",
        discussion: """
            Commands that need a schema read --schema FILE; without it, the file named by the \
            \(SchemaLocator.environmentVariable) environment variable; without that, the hub's own \
            \(SchemaLocator.fileName), looked for in the current directory and the folders above it.
            A FILE of - reads standard input.
            """,
        subcommands: [
            ValidateCommand.self, FormatCommand.self, SchemaCommand.self, IntrospectCommand.self, SeedCommand.self,
            MigrateCommand.self, ServeCommand.self, UserCommand.self, QueryCommand.self,
        ]
    )
}

/// A `peerhub` subcommand that does its work as a pure function of its arguments and context.
protocol PeerHubTool: ParsableCommand {
    /// Runs the command, returning what to print and the exit status instead of printing.
    func execute(in context: ToolContext) -> CommandOutput
}

/// Parses `arguments` (without the program name) and runs the command they name.
///
/// Exit statuses: 0 success (and `--help`); 1 when the input has errors; 2 for a bad invocation
/// (unknown option, missing argument) or an unreadable file, with the message on standard error.
func runPeerHub(_ arguments: [String], context: ToolContext) -> CommandOutput {
    var command: any ParsableCommand
    do {
        command = try PeerHubCommand.parseAsRoot(arguments)
    } catch {
        return outputForArgumentError(error)
    }
    if let tool = command as? any PeerHubTool {
        return tool.execute(in: context)
    }
    // `peerhub`, `peerhub schema` and `peerhub help …`: ArgumentParser's own commands, which
    // answer with a help message.
    do {
        try command.run()
        return CommandOutput()
    } catch {
        return outputForArgumentError(error)
    }
}

/// Help and version requests go to standard output with status 0; any other problem with the
/// arguments goes to standard error with status 2.
private func outputForArgumentError(_ error: any Error) -> CommandOutput {
    let message = PeerHubCommand.fullMessage(for: error)
    let text = message.isEmpty || message.hasSuffix("\n") ? message : message + "\n"
    if PeerHubCommand.exitCode(for: error) == .success {
        return .success(text)
    }
    return .failure(text, exitCode: ExitStatus.usage)
}
