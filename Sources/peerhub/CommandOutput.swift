/// What a `peerhub` command produced: the text for standard output and standard error, and the
/// exit status. Commands build one instead of printing, so that tests can check all three.
struct CommandOutput: Equatable, Sendable {
    /// The text for standard output.
    var stdout: String = ""
    /// The text for standard error.
    var stderr: String = ""
    /// The exit status.
    var exitCode: Int32 = ExitStatus.success

    /// Output on standard output, exit status 0 unless given.
    static func success(_ stdout: String, exitCode: Int32 = ExitStatus.success) -> CommandOutput {
        CommandOutput(stdout: stdout, stderr: "", exitCode: exitCode)
    }

    /// A message on standard error with the given exit status.
    static func failure(_ stderr: String, exitCode: Int32) -> CommandOutput {
        CommandOutput(stdout: "", stderr: stderr, exitCode: exitCode)
    }
}

/// The exit statuses of `peerhub`'s commands.
enum ExitStatus {
    /// The document is valid, or the command did what was asked.
    static let success: Int32 = 0
    /// The document (or, for `schema print`, the schema) has errors; they were reported.
    static let invalidInput: Int32 = 1
    /// The command could not run: a bad invocation, an unreadable file, or (for `validate`) an
    /// invalid schema.
    static let usage: Int32 = 2
}
