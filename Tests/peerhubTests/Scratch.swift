import Foundation

@testable import peerhub

/// A folder of its own for one test, with helpers to write files into it and to run `peerhub`
/// commands from it; `withScratch` removes it when the test ends.
struct Scratch {
    /// The folder's absolute path.
    let path: String

    /// Writes `text` to `name` (folders created as needed) and returns the name.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name` and returns the name.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return name
    }

    /// Makes an empty folder.
    func makeFolder(_ name: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + name, withIntermediateDirectories: true)
    }

    /// Runs `peerhub` with `arguments` in this folder (or a folder inside it), with `stdin` as
    /// standard input and only the given environment variables.
    func run(
        _ arguments: String..., stdin: String = "", environment: [String: String] = [:], in folder: String? = nil
    ) -> CommandOutput {
        let input = Array(stdin.utf8)
        let context = ToolContext(
            environment: environment,
            currentDirectory: folder.map { path + "/" + $0 } ?? path,
            readStandardInput: { input }
        )
        return runPeerHub(arguments, context: context)
    }
}

/// Runs `body` with a new scratch folder, removed afterwards.
func withScratch(_ body: (Scratch) throws -> Void) throws {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("peerhub-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(Scratch(path: path))
}

/// A small valid schema the command tests validate against.
let practicesSchema = """
    type Query { title: String practices(first: Int): [Practice] }
    type Practice { id: ID! title: String }
    """
