import Foundation
import HubStore

/// Times the store's queries on a generated database and writes, for each row, the SQL they ran
/// (bound values written in), so that `scripts/bench-store` can time the same SQL with the
/// `sqlite3` tool, the floor.
///
/// Usage: StoreBenchmarks DATABASE OUTPUT-FOLDER [ITERATIONS]
/// Prints one line per row: `ROW<TAB>median-ms<TAB>min-ms<TAB>detail`.
@main
enum StoreBenchmarks {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: StoreBenchmarks DATABASE OUTPUT-FOLDER [ITERATIONS]\n".utf8))
            exit(2)
        }
        let output = URL(fileURLWithPath: arguments[2])
        let iterations = arguments.count > 3 ? Int(arguments[3]) ?? 21 : 21
        let recorder = Recorder()
        var options = HubDatabase.Options()
        options.statementObserver = { recorder.record($0) }
        let database = try HubDatabase(path: arguments[1], options: options)

        let (start, end) = try database.read { reader in
            let found = try reader.organizations(keys: ["synthetic-00123456", "synthetic-00654322"])
            guard let start = found["synthetic-00123456"]?.id, let end = found["synthetic-00654322"]?.id else {
                throw StoreError(.invalidArgument, "the database has no synthetic-00123456 or synthetic-00654322; seed it with --scale 1000000")
            }
            return (start, end)
        }
        let rows: [(name: String, run: (StoreReader) throws -> String)] = [
            ("search", { reader in
                var request = SearchRequest(text: "waste management")
                request.limit = 20
                return "\(try reader.search(request).count) hits of \"waste management\""
            }),
            ("3-hop neighbourhood", { reader in
                "\(try reader.partners(of: start, within: 3).count) organizations within 3 hops"
            }),
            ("shortest chain", { reader in
                let chain = try reader.shortestChain(from: start, to: end, maximumLength: 6)
                return chain.map { "\($0.partnershipIDs.count) partnerships long" } ?? "no chain of 6 or fewer"
            }),
            ("per-year aggregate", { reader in
                let counts = try reader.activePartnershipsPerYear(from: 1995, through: 2025, by: .program)
                return "\(counts.count) (program, year) counts, 1995–2025"
            }),
        ]
        for row in rows {
            // One recorded run gives the SQL; a few untimed runs warm the caches.
            recorder.start()
            let detail = try database.read { try row.run($0) }
            let statements = recorder.stop().filter { sql in
                let head = sql.prefix(6).uppercased()
                return head.hasPrefix("SELECT") || head.hasPrefix("WITH")
            }
            let file = output.appendingPathComponent(row.name.replacingOccurrences(of: " ", with: "-") + ".sql")
            try (statements.map { $0 + ";" }.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            for _ in 0..<3 { _ = try database.read { try row.run($0) } }
            var times: [Double] = []
            for _ in 0..<iterations {
                let begin = DispatchTime.now().uptimeNanoseconds
                _ = try database.read { try row.run($0) }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
            }
            times.sort()
            print("\(row.name)\t\(times[times.count / 2])\t\(times[0])\t\(statements.count)\t\(detail)")
        }
    }
}

/// Collects the statements run while recording.
final class Recorder: @unchecked Sendable {
    // @unchecked: `statements` and `recording` are only touched under `lock`.
    private let lock = NSLock()
    private var statements: [String] = []
    private var recording = false

    func record(_ sql: String) {
        lock.withLock { if recording { statements.append(sql) } }
    }

    func start() {
        lock.withLock {
            statements = []
            recording = true
        }
    }

    func stop() -> [String] {
        lock.withLock {
            recording = false
            return statements
        }
    }
}
