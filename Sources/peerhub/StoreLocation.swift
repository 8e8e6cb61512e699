import Foundation

/// Where the store commands find the database and the seed folder when not told.
enum StoreLocation {
    /// The environment variable naming the database file.
    static let databaseVariable = "PEERHUB_DATABASE"
    /// The database used when neither `--database` nor `PEERHUB_DATABASE` names one.
    static let defaultDatabase = "data/hub.sqlite"

    /// The database path: `--database`, else `PEERHUB_DATABASE`, else `data/hub.sqlite`, relative
    /// to the current directory.
    static func database(option: String?, context: ToolContext) -> String {
        let path = option ?? context.environment[databaseVariable].flatMap { $0.isEmpty ? nil : $0 } ?? defaultDatabase
        return InputFile.resolve(path, relativeTo: context.currentDirectory)
    }

    /// The seed folder: `--seeds`, else `seeds/` in the current directory or the nearest folder
    /// above it that has one (so anywhere inside the repository works).
    static func seeds(option: String?, context: ToolContext) -> String? {
        if let option { return InputFile.resolve(option, relativeTo: context.currentDirectory) }
        var directory: String? = context.currentDirectory
        while let current = directory {
            let candidate = InputFile.resolve("seeds/organizations.csv", relativeTo: current)
            if FileManager.default.fileExists(atPath: candidate) {
                return InputFile.resolve("seeds", relativeTo: current)
            }
            directory = SchemaLocator.parentDirectory(of: current)
        }
        return nil
    }
}
