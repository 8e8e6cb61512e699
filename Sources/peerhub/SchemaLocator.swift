#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the schema a command works on when `--schema` is not given.
///
/// In order: the `--schema FILE` option; else the file named by the `PEERHUB_SCHEMA` environment
/// variable; else the hub's own `schema.graphql`, looked for in the current directory and then
/// in each folder above it (so any folder of the repository works).
enum SchemaLocator {
    /// The environment variable naming the default schema file.
    static let environmentVariable = "PEERHUB_SCHEMA"
    /// The hub's schema file, at the top of the repository.
    static let fileName = "schema.graphql"

    /// The path of the schema to read, or a message saying how to give one.
    static func locate(option: String?, context: ToolContext) -> Result<String, SchemaNotFound> {
        if let option { return .success(option) }
        if let fromEnvironment = context.environment[environmentVariable], !fromEnvironment.isEmpty {
            return .success(fromEnvironment)
        }
        var directory = context.currentDirectory
        while true {
            let candidate = InputFile.resolve(fileName, relativeTo: directory)
            if isRegularFile(candidate) {
                return .success(directory == context.currentDirectory ? fileName : candidate)
            }
            guard let parent = parentDirectory(of: directory) else {
                return .failure(SchemaNotFound(searchedFrom: context.currentDirectory))
            }
            directory = parent
        }
    }

    /// The folder above `directory`, or nil at the root.
    static func parentDirectory(of directory: String) -> String? {
        var path = Substring(directory)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard path != "/", let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}

/// No `--schema`, no `PEERHUB_SCHEMA`, and no `schema.graphql` in or above the current directory.
struct SchemaNotFound: Error, Equatable, CustomStringConvertible {
    /// The directory the search started from.
    var searchedFrom: String

    var description: String {
        "no schema to read: pass --schema FILE, set \(SchemaLocator.environmentVariable)=FILE, or run inside "
            + "the repository (no \(SchemaLocator.fileName) in \(searchedFrom) or any folder above it)"
    }
}
