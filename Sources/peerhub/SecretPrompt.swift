#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks for a secret on the terminal without echoing it (POSIX termios: `ECHO` cleared while
/// the line is read), the prompt on standard error so that standard output stays clean.
enum SecretPrompt {
    /// A prompt when standard input is a terminal; nil when it is a pipe or a file, which are
    /// then read as they are.
    static func forTerminal() -> (@Sendable (String) -> String?)? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        return { prompt in read(prompt: prompt) }
    }

    private static func read(prompt: String) -> String? {
        var text = prompt
        text.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
        var saved = termios()
        let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        }
        defer {
            if canHide { _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            // The Return the person typed was not echoed either.
            _ = write(STDERR_FILENO, "\n", 1)
        }
        return readLine(strippingNewline: true)
    }
}
