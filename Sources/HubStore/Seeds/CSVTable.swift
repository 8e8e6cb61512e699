import Foundation

/// A CSV file read into rows of named fields (RFC 4180: a header row, fields separated by
/// commas, fields in double quotes may hold commas, quotes doubled and line breaks).
///
/// The seed files a person edits in a spreadsheet are CSV; this reads them without a
/// dependency. Each row remembers its line, so an error can point at it.
struct CSVTable {
    /// One data row: its fields by header name, and the line it starts on (the header is 1).
    struct Row {
        let line: Int
        let fields: [String: String]

        /// The field, or nil when it is empty or the column is absent.
        subscript(_ name: String) -> String? {
            guard let value = fields[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
    }

    let header: [String]
    let rows: [Row]

    /// Parses `text`; throws a message naming the line when a quoted field is not closed or a
    /// row has more fields than the header.
    init(parsing text: String) throws(SeedIssue.Problem) {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                field = ""
                if !(fields.count == 1 && fields[0].isEmpty) {
                    records.append((recordLine, fields))
                }
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(character)
            }
        }
        if inQuotes {
            throw SeedIssue.Problem("line \(recordLine): a quoted field is not closed")
        }
        fields.append(field)
        if !(fields.count == 1 && fields[0].isEmpty) {
            records.append((recordLine, fields))
        }
        guard let first = records.first else {
            throw SeedIssue.Problem("the file is empty; it needs at least a header row")
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [Row] = []
        for record in records.dropFirst() {
            if record.fields.count > header.count {
                throw SeedIssue.Problem(
                    "line \(record.line): \(record.fields.count) fields, but the header names \(header.count)")
            }
            var named: [String: String] = [:]
            for (name, value) in zip(header, record.fields) { named[name] = value }
            rows.append(Row(line: record.line, fields: named))
        }
        self.rows = rows
    }
}
