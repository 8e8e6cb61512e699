import Foundation

/// What a command reads from the world besides its arguments: the environment, the current
/// directory and standard input. Tests pass their own.
struct ToolContext: Sendable {
    /// The environment variables, e.g. `PEERHUB_SCHEMA`.
    var environment: [String: String]
    /// The directory relative paths are read from.
    var currentDirectory: String
    /// Reads standard input to its end, for the path `-`.
    var readStandardInput: @Sendable () throws(InputError) -> [UInt8]
    /// Asks for a secret without echo when standard input is a terminal (`peerhub user create`);
    /// nil when it is not, and in tests, so that the secret is read from standard input.
    var promptSecret: (@Sendable (_ prompt: String) -> String?)? = nil

    /// The running process's environment, directory and standard input.
    static func live() -> ToolContext {
        ToolContext(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            readStandardInput: { () throws(InputError) in try InputFile.readStandardInput() },
            promptSecret: SecretPrompt.forTerminal()
        )
    }
}
