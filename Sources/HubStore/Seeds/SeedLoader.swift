import Foundation
import GRDB

/// What loading the seed files put in the database.
public struct SeedSummary: Hashable, Sendable {
    /// Rows written per table, e.g. `["organization": 190, …]`.
    public var rows: [String: Int]
}

/// Loads the curated data set of `seeds/` into a database, in one transaction.
///
/// Every reference between files is checked (an organization's country, a partnership's
/// participants, a practice's themes, …). All problems found are reported together, each with
/// its file and record; when there is any, nothing is written.
///
/// ```swift
/// let database = try HubDatabase(path: "hub.sqlite")
/// let summary = try SeedLoader.load(from: URL(fileURLWithPath: "seeds"), into: database)
/// ```
public enum SeedLoader {
    /// The files of a seed folder, in the order they are loaded.
    public static let files = [
        "sources.csv", "countries.csv", "subdivisions.csv", "organizations.csv", "themes.json",
        "programs.json", "partnerships.json", "people.json", "activities.json", "practices.json",
        "publications.json", "results.json",
    ]

    /// Loads every seed file of `folder` into `database`.
    ///
    /// - Throws: `SeedError` listing every problem in the files (nothing is written then), or
    ///   `StoreError` when the database refuses the write.
    @discardableResult
    public static func load(from folder: URL, into database: HubDatabase) throws -> SeedSummary {
        var reader = SeedReader(folder: folder)
        var summary: SeedSummary?
        try database.write { writer in
            var session = SeedSession(writer: writer)
            session.loadGeography(&reader)
            session.loadPrograms(&reader)
            session.loadNetwork(&reader)
            session.loadKnowledge(&reader)
            let issues = reader.issues + session.issues
            if !issues.isEmpty {
                throw SeedError(issues: issues)  // rolls the transaction back
            }
            summary = SeedSummary(rows: session.counts)
        }
        // safe: the write either threw or set the summary
        return summary!
    }
}

/// The state of one load: the ids given to each key so far, and the problems found.
struct SeedSession {
    let writer: StoreWriter
    var issues: [SeedIssue] = []
    var counts: [String: Int] = [:]
    /// The id of each key, per kind of record (`"organization"`, `"country"`, …).
    var ids: [String: [String: Int64]] = [:]

    init(writer: StoreWriter) {
        self.writer = writer
    }

    mutating func report(_ file: String, _ record: String, _ message: String) {
        issues.append(SeedIssue(file: file, record: record, message: message))
    }

    /// The id of the `kind` record with `key`, or nil (reported as an unknown `what`).
    mutating func resolve(_ kind: String, _ key: String?, as what: String, in file: String, _ record: String) -> Int64?
    {
        guard let key else { return nil }
        if let id = ids[kind]?[key] { return id }
        report(file, record, "unknown \(what) \"\(key)\"")
        return nil
    }

    /// The ids of several keys; unknown ones are reported and left out.
    mutating func resolveAll(
        _ kind: String, _ keys: [String]?, as what: String, in file: String, _ record: String
    ) -> [Int64] {
        (keys ?? []).compactMap { resolve(kind, $0, as: what, in: file, record) }
    }

    /// Runs an INSERT for a record, counting it; a constraint failure is reported against the
    /// record and nil returned. A duplicate key of `kind` is reported before SQLite sees it.
    mutating func insert(
        _ table: String, key: (kind: String, value: String)? = nil, file: String, record: String,
        _ sql: String, _ arguments: StatementArguments
    ) -> Int64? {
        if let key, ids[key.kind]?[key.value] != nil {
            report(file, record, "the key \"\(key.value)\" is used twice")
            return nil
        }
        do {
            let id = try writer.insert(sql, arguments)
            counts[table, default: 0] += 1
            if let key { ids[key.kind, default: [:]][key.value] = id }
            return id
        } catch let error as DatabaseError {
            report(file, record, "\(table): \(error.message ?? "rejected by SQLite")")
        } catch {
            report(file, record, "\(table): \(error)")
        }
        return nil
    }

    /// Links a record to its sources.
    mutating func cite(_ entity: String, _ id: Int64, _ sources: [String]?, file: String, _ record: String) {
        for source in resolveAll("source", sources, as: "source", in: file, record) {
            _ = insert(
                "provenance", file: file, record: record,
                "INSERT OR IGNORE INTO provenance (entity, entity_id, source_id) VALUES (?, ?, ?)", [entity, id, source])
        }
    }

    /// A CSV list field (`a;b;c`) as its items.
    static func list(_ field: String?) -> [String] {
        (field ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The label of a CSV row: `line 14 (ca-montreal)`.
    static func label(_ row: CSVTable.Row, key: String?) -> String {
        "line \(row.line)" + (key.map { " (\($0))" } ?? "")
    }

    // MARK: - Geography and organizations

    mutating func loadGeography(_ reader: inout SeedReader) {
        for row in reader.table("sources.csv", required: ["key", "url"]) {
            let record = Self.label(row, key: row["key"])
            guard let key = row["key"], let url = row["url"] else {
                report("sources.csv", record, "a source needs a key and a url")
                continue
            }
            _ = insert(
                "source", key: ("source", key), file: "sources.csv", record: record,
                "INSERT INTO source (url, title, publisher, retrieved_at, language, reliability) VALUES (?, ?, ?, ?, ?, ?)",
                [url, row["title"], row["publisher"], row["retrieved"], row["language"], row["reliability"] ?? "verified"])
        }
        for row in reader.table("countries.csv", required: ["iso2", "iso3", "name_en", "name_fr", "region"]) {
            let record = Self.label(row, key: row["iso2"])
            guard let iso2 = row["iso2"] else {
                report("countries.csv", record, "a country needs its iso2 code")
                continue
            }
            _ = insert(
                "country", key: ("country", iso2), file: "countries.csv", record: record,
                "INSERT INTO country (iso2, iso3, name_en, name_fr, fcm_region, official_languages) VALUES (?, ?, ?, ?, ?, ?)",
                [iso2, row["iso3"], row["name_en"], row["name_fr"] ?? row["name_en"], row["region"], row["languages"] ?? ""])
        }
        for row in reader.table("subdivisions.csv", required: ["code", "country", "name_en", "type"]) {
            let record = Self.label(row, key: row["code"])
            guard let code = row["code"],
                let country = resolve("country", row["country"], as: "country", in: "subdivisions.csv", record)
            else {
                if row["code"] == nil { report("subdivisions.csv", record, "a subdivision needs a code") }
                continue
            }
            _ = insert(
                "subdivision", key: ("subdivision", code), file: "subdivisions.csv", record: record,
                "INSERT INTO subdivision (country_id, code, name_en, name_fr, type) VALUES (?, ?, ?, ?, ?)",
                [country, code, row["name_en"], row["name_fr"] ?? row["name_en"], row["type"]])
        }
        let columns = ["key", "kind", "name_en", "country"]
        for row in reader.table("organizations.csv", required: columns) {
            let file = "organizations.csv"
            let record = Self.label(row, key: row["key"])
            guard let key = row["key"] else {
                report(file, record, "an organization needs a key")
                continue
            }
            guard let country = resolve("country", row["country"], as: "country", in: file, record) else {
                if row["country"] == nil { report(file, record, "an organization needs a country") }
                continue
            }
            let subdivision = resolve("subdivision", row["subdivision"], as: "subdivision", in: file, record)
            if row["subdivision"] != nil && subdivision == nil { continue }
            let kind = row["kind"]
            guard
                let id = insert(
                    "organization", key: ("organization", key), file: file, record: record,
                    """
                    INSERT INTO organization (key, kind, name_en, name_fr, acronym, country_id, subdivision_id,
                        website, municipal_level, municipal_type, population, population_year, latitude, longitude,
                        statcan_sgc, fcm_member, association_scope, category, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        key, kind, row["name_en"], row["name_fr"] ?? row["name_en"], row["acronym"], country,
                        subdivision, row["website"], row["level"], row["municipal_type"],
                        number(row["population"], file, record), number(row["population_year"], file, record),
                        decimal(row["latitude"], file, record), decimal(row["longitude"], file, record),
                        row["statcan_sgc"], row["fcm_member"] == "yes" ? 1 : 0,
                        // one column serves an association's scope and another organization's category
                        kind == "association" ? row["scope_or_category"] : nil,
                        kind == "association" || kind == "municipality" ? nil : row["scope_or_category"],
                        row["illustrative"] == "yes" ? 1 : 0,
                    ])
            else { continue }
            cite("organization", id, Self.list(row["sources"]), file: file, record)
        }
    }

    /// A whole number field; a field that is not one is reported.
    mutating func number(_ field: String?, _ file: String, _ record: String) -> Int64? {
        guard let field else { return nil }
        guard let value = Int64(field.replacingOccurrences(of: "_", with: "")) else {
            report(file, record, "\"\(field)\" is not a whole number")
            return nil
        }
        return value
    }

    /// A decimal number field; a field that is not one is reported.
    mutating func decimal(_ field: String?, _ file: String, _ record: String) -> Double? {
        guard let field else { return nil }
        guard let value = Double(field) else {
            report(file, record, "\"\(field)\" is not a number")
            return nil
        }
        return value
    }
}
