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
