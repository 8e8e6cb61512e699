import GraphQLEngine

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an input file could not be read; the message names the file and the reason.
struct InputError: Error, Equatable, CustomStringConvertible {
    /// The path as the user gave it (`-` for standard input).
    var path: String
    /// Why it could not be read, e.g. `No such file or directory` or `it is a directory`.
    var reason: String

    /// `cannot read 'FILE': REASON`.
    var description: String {
        path == InputFile.standardInputPath
            ? "cannot read standard input: \(reason)"
            : "cannot read '\(path)': \(reason)"
    }
}

/// Reads the documents and schemas the commands work on, as raw bytes: the lexer, not this code,
/// reports bytes that are not UTF-8, with their line and column.
enum InputFile {
    /// The path that stands for standard input.
    static let standardInputPath = "-"
    /// The name standard input gets in error messages.
    static let standardInputName = "<stdin>"

    /// Reads `path` (relative paths from `directory`), or standard input when `path` is `-`, into a
    /// `Source` named after the path as given.
    static func source(
        at path: String, relativeTo directory: String, readStandardInput: () throws(InputError) -> [UInt8]
    ) throws(InputError) -> Source {
        if path == standardInputPath {
            return Source(bytes: try readStandardInput(), name: standardInputName)
        }
        return Source(bytes: try readFile(resolve(path, relativeTo: directory), as: path), name: path)
    }

    /// `path` as an absolute path: itself when absolute, otherwise joined to `directory`.
    static func resolve(_ path: String, relativeTo directory: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    /// Reads the whole of a regular file (or a pipe, such as `/dev/stdin`); `displayPath` is the
    /// name used in the error when it cannot be read.
    static func readFile(_ path: String, as displayPath: String) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(path: displayPath, reason: lastErrorText()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError(path: displayPath, reason: lastErrorText())
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(path: displayPath, reason: "it is a directory")
        }
        let sizeHint = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        return try readAll(descriptor, sizeHint: sizeHint, as: displayPath)
    }

    /// Reads standard input to its end.
    static func readStandardInput() throws(InputError) -> [UInt8] {
        try readAll(STDIN_FILENO, sizeHint: 0, as: standardInputPath)
    }

    /// Reads from `descriptor` until end of file.
    private static func readAll(_ descriptor: Int32, sizeHint: Int, as displayPath: String) throws(InputError)
        -> [UInt8]
    {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint + 1)
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                throw InputError(path: displayPath, reason: lastErrorText())
            }
        }
    }

    /// The text of the current `errno`, e.g. `No such file or directory`.
    private static func lastErrorText() -> String {
        String(cString: strerror(errno))
    }
}
