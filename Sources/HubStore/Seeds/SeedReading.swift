import Foundation

/// Reading the seed files: CSV tables and JSON arrays, each record decoded on its own so that
/// one bad record is reported with its number and key while the others still load.
struct SeedReader {
    let folder: URL
    private(set) var issues: [SeedIssue] = []

    init(folder: URL) {
        self.folder = folder
    }

    mutating func report(_ file: String, _ record: String, _ message: String) {
        issues.append(SeedIssue(file: file, record: record, message: message))
    }

    /// The file's bytes, or nil (reported) when it cannot be read.
    mutating func contents(of file: String) -> Data? {
        let url = folder.appendingPathComponent(file)
        do {
            return try Data(contentsOf: url)
        } catch {
            report(file, "", "cannot be read from \(url.path): \(error.localizedDescription)")
            return nil
        }
    }

    /// The rows of a CSV file, or none (reported) when it cannot be read or parsed.
    mutating func table(_ file: String, required columns: [String]) -> [CSVTable.Row] {
        guard let data = contents(of: file) else { return [] }
        guard let text = String(data: data, encoding: .utf8) else {
            report(file, "", "is not UTF-8 text; save it as CSV UTF-8")
            return []
        }
        do {
            let table = try CSVTable(parsing: text)
            let missing = columns.filter { !table.header.contains($0) }
            if !missing.isEmpty {
                report(file, "line 1", "the header lacks the column(s) \(missing.joined(separator: ", "))")
                return []
            }
            return table.rows
        } catch {
            report(file, "", error.message)
            return []
        }
    }

    /// The records of a JSON file holding an array, each with its label (`record 3 (key)`);
    /// records that do not decode are reported and left out.
    mutating func records<T: Decodable>(_ file: String, as type: T.Type) -> [(label: String, value: T)] {
        guard let data = contents(of: file) else { return [] }
        let elements: [Lenient<T>]
        do {
            elements = try JSONDecoder().decode([Lenient<T>].self, from: data)
        } catch {
            report(file, "", "is not a JSON array of records: \(Self.describe(error))")
            return []
        }
        var result: [(String, T)] = []
        for (index, element) in elements.enumerated() {
            let label = "record \(index + 1)" + (element.key.map { " (\($0))" } ?? "")
            switch element.result {
            case .success(let value): result.append((label, value))
            case .failure(let error): report(file, label, Self.describe(error))
            }
        }
        return result
    }

    /// The one object of a JSON file that holds an object.
    mutating func object<T: Decodable>(_ file: String, as type: T.Type) -> T? {
        guard let data = contents(of: file) else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            report(file, "", Self.describe(error))
            return nil
        }
    }

    /// A decoding error in words, with the path of the field at fault.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context, dropping: Int = 0) -> String {
            let parts = context.codingPath.dropFirst(dropping).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return parts.isEmpty ? "" : "field \(parts.joined(separator: ".")): "
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context, dropping: 1))missing field \"\(key.stringValue)\""
        case .typeMismatch(let type, let context):
            return "\(path(context, dropping: 1))expected \(Self.name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(path(context, dropping: 1))expected \(Self.name(of: type)), found null"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return "\(path(context, dropping: 1))\(underlying ?? context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default: return type is any Collection.Type ? "a list" : "an object"
        }
    }
}

/// One element of a JSON array decoded on its own: its value or its error, and its `key` field
/// when it has one, for the error message.
private struct Lenient<T: Decodable>: Decodable {
    let result: Result<T, any Error>
    let key: String?

    private struct KeyField: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try? decoder.container(keyedBy: KeyField.self)
        key = (try? container?.decodeIfPresent(String.self, forKey: KeyField(stringValue: "key"))) ?? nil
        do {
            result = .success(try T(from: decoder))
        } catch {
            result = .failure(error)
        }
    }
}
