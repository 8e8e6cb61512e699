import GRDB

/// Binds many keys to one statement parameter as a JSON array, read back with `json_each`:
/// `WHERE id IN (SELECT value FROM json_each(?))`.
///
/// One statement serves any number of keys, so it is prepared once and reused, and there is no
/// limit on the number of SQL variables to run into.
enum KeySet {
    /// `[1,2,3]`.
    static func json(_ ids: some Collection<Int64>) -> String {
        var text = "["
        text.reserveCapacity(ids.count * 8 + 2)
        var first = true
        for id in ids {
            if !first { text += "," }
            first = false
            text += String(id)
        }
        return text + "]"
    }

    /// `["a","b"]`, with the characters JSON requires escaped.
    static func json(_ keys: some Collection<String>) -> String {
        var text = "["
        var first = true
        for key in keys {
            if !first { text += "," }
            first = false
            text += "\""
            for scalar in key.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
            text += "\""
        }
        return text + "]"
    }
}

extension StoreReader {
    /// The rows of `table` whose `id` is among `ids`, decoded and keyed by id. `table` is always
    /// a name written in this module, never a caller's string.
    func records<T>(_ table: StaticString, ids: some Collection<Int64>, _ decode: (Row) -> T) throws -> [Int64: T] {
        if ids.isEmpty { return [:] }
        var result: [Int64: T] = [:]
        result.reserveCapacity(ids.count)
        try forEach("SELECT * FROM \(table) WHERE id IN (SELECT value FROM json_each(?))", [KeySet.json(ids)]) {
            result[$0["id"]] = decode($0)
        }
        return result
    }

    /// The rows of `table` whose `key` is among `keys`, decoded and keyed by key.
    func records<T>(_ table: StaticString, keys: some Collection<String>, _ decode: (Row) -> T) throws -> [String: T] {
        if keys.isEmpty { return [:] }
        var result: [String: T] = [:]
        try forEach("SELECT * FROM \(table) WHERE key IN (SELECT value FROM json_each(?))", [KeySet.json(keys)]) {
            result[$0["key"]] = decode($0)
        }
        return result
    }

    /// The rows of `table` whose `column` is among `parents`, grouped by that column in the
    /// order of `orderBy`. Every parent asked for has an entry, empty when it has no children.
    func children<T>(
        _ table: StaticString, by column: StaticString, of parents: some Collection<Int64>,
        orderBy: StaticString, _ decode: (Row) -> T
    ) throws -> [Int64: [T]] {
        var result: [Int64: [T]] = [:]
        for parent in parents { result[parent] = [] }
        if parents.isEmpty { return result }
        try forEach(
            "SELECT * FROM \(table) WHERE \(column) IN (SELECT value FROM json_each(?)) ORDER BY \(column), \(orderBy)",
            [KeySet.json(parents)]
        ) { row in
            result[row[String(describing: column)], default: []].append(decode(row))
        }
        return result
    }

    /// The `value` column of a link table for each parent: the ids linked to each, in order.
    func links(
        _ table: StaticString, from column: StaticString, to value: StaticString, of parents: some Collection<Int64>
    ) throws -> [Int64: [Int64]] {
        var result: [Int64: [Int64]] = [:]
        for parent in parents { result[parent] = [] }
        if parents.isEmpty { return result }
        try forEach(
            "SELECT \(column), \(value) FROM \(table) WHERE \(column) IN (SELECT value FROM json_each(?)) ORDER BY 1, 2",
            [KeySet.json(parents)]
        ) { row in
            result[row[0], default: []].append(row[1])
        }
        return result
    }
}
