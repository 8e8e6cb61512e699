/// The options close enough to `input` to be suggested as what the user meant, closest first
/// (graphql-js `suggestionList`).
///
/// An option is close when its lexical distance to `input` is at most 40% of the input's length
/// plus one; ties are ordered by `naturalCompare`. Duplicate options are listed once.
func suggestionList(_ input: String, _ options: [String]) -> [String] {
    var distances: [String: Int] = [:]
    var measure = LexicalDistance(input)
    let threshold = input.utf16.count * 2 / 5 + 1
    for option in options where distances[option] == nil {
        if let distance = measure.distance(to: option, threshold: threshold) {
            distances[option] = distance
        }
    }
    return distances.keys.sorted { a, b in
        // safe: both keys come from `distances`.
        let difference = distances[a]! - distances[b]!
        return difference != 0 ? difference < 0 : naturalCompare(a, b) < 0
    }
}

/// The edit distance between two names, counting insertions, deletions, substitutions and swaps
/// of adjacent characters, with any change of case only counting as one edit (graphql-js
/// `LexicalDistance`: Damerau–Levenshtein on lower-cased UTF-16 code units).
struct LexicalDistance {
    private let input: String
    private let inputLowercased: String
    private let inputUnits: [UInt16]
    private var rows: [[Int]]

    init(_ input: String) {
        self.input = input
        self.inputLowercased = input.lowercased()
        self.inputUnits = Array(inputLowercased.utf16)
        let width = input.utf16.count + 1
        self.rows = Array(repeating: Array(repeating: 0, count: width), count: 3)
    }

    /// The distance from the input to `option`, or nil when it exceeds `threshold`.
    mutating func distance(to option: String, threshold: Int) -> Int? {
        if input == option { return 0 }
        let optionLowercased = option.lowercased()
        if inputLowercased == optionLowercased { return 1 }
        var a = Array(optionLowercased.utf16)
        var b = inputUnits
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        if rows[0].count < b.count + 1 {
            rows = Array(repeating: Array(repeating: 0, count: b.count + 1), count: 3)
        }
        for j in 0...b.count { rows[0][j] = j }
        if a.isEmpty { return rows[0][b.count] <= threshold ? rows[0][b.count] : nil }
        for i in 1...a.count {
            let up = (i - 1) % 3
            let current = i % 3
            rows[current][0] = i
            var smallest = i
            if b.count >= 1 {
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var cell = min(rows[up][j] + 1, rows[current][j - 1] + 1, rows[up][j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                    }
                    if cell < smallest { smallest = cell }
                    rows[current][j] = cell
                }
            }
            // The distance cannot shrink below the smallest cell of a row.
            if smallest > threshold { return nil }
        }
        let distance = rows[a.count % 3][b.count]
        return distance <= threshold ? distance : nil
    }
}

/// Compares strings in natural order, runs of digits compared by value (`item2` < `item10`);
/// negative, zero or positive as in graphql-js `naturalCompare`.
func naturalCompare(_ a: String, _ b: String) -> Int {
    let aUnits = Array(a.utf16)
    let bUnits = Array(b.utf16)
    var aIndex = 0
    var bIndex = 0
    func isDigit(_ units: [UInt16], _ index: Int) -> Bool {
        index < units.count && units[index] >= 48 && units[index] <= 57
    }
    while aIndex < aUnits.count && bIndex < bUnits.count {
        if isDigit(aUnits, aIndex) && isDigit(bUnits, bIndex) {
            // As graphql-js does, a leading zero ends the number: "01" reads as 0 then "1".
            var aNumber = 0
            repeat {
                aNumber = aNumber * 10 + Int(aUnits[aIndex]) - 48
                aIndex += 1
            } while isDigit(aUnits, aIndex) && aNumber > 0
            var bNumber = 0
            repeat {
                bNumber = bNumber * 10 + Int(bUnits[bIndex]) - 48
                bIndex += 1
            } while isDigit(bUnits, bIndex) && bNumber > 0
            if aNumber != bNumber { return aNumber < bNumber ? -1 : 1 }
        } else {
            if aUnits[aIndex] != bUnits[bIndex] { return aUnits[aIndex] < bUnits[bIndex] ? -1 : 1 }
            aIndex += 1
            bIndex += 1
        }
    }
    return aUnits.count - bUnits.count
}
