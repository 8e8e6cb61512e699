import Foundation
import Testing

@testable import HubStore

/// A fresh database file in its own temporary folder, removed when the test is done.
struct ScratchDatabase: ~Copyable {
    let folder: URL
    let path: String

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hubstore-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("hub.sqlite").path
    }

    /// Opens the database with the given options.
    func open(_ options: HubDatabase.Options = HubDatabase.Options()) throws -> HubDatabase {
        try HubDatabase(path: path, options: options)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The repository's `seeds/` folder.
let repositorySeeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

/// A copy of the repository's seed folder in `folder`, to be broken by a test.
func copyOfSeeds(in folder: URL) throws -> URL {
    let copy = folder.appendingPathComponent("seeds")
    try FileManager.default.copyItem(at: repositorySeeds, to: copy)
    return copy
}

/// Replaces the first occurrence of `old` in a text file by `new`.
func edit(_ file: URL, replacing old: String, with new: String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    guard let range = text.range(of: old) else {
        Issue.record("\(file.lastPathComponent) does not contain \(old)")
        return
    }
    try text.replacingCharacters(in: range, with: new).write(to: file, atomically: true, encoding: .utf8)
}

/// A database loaded with the curated seeds, shared by the read-only tests of a suite.
func seededDatabase(_ scratch: borrowing ScratchDatabase) throws -> HubDatabase {
    let database = try scratch.open()
    try SeedLoader.load(from: repositorySeeds, into: database)
    return database
}
