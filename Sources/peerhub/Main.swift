#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The program's entry point: runs the command the arguments name, writes its output and exits
/// with its status.
@main
enum PeerHubMain {
    static func main() {
        let output = runPeerHub(Array(CommandLine.arguments.dropFirst()), context: .live())
        writeAll(output.stdout, to: STDOUT_FILENO)
        writeAll(output.stderr, to: STDERR_FILENO)
        exit(output.exitCode)
    }

    /// Writes all of `text` to a file descriptor, however many calls it takes.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // a closed pipe: nobody is reading any more
                }
            }
        }
    }
}
