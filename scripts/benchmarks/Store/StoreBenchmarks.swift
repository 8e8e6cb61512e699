import Foundation
import HubStore

/// Times the store's queries on a generated database and writes, for each row, the SQL they ran
/// (bound values written in), so that `scripts/bench-store` can time the same SQL with the
/// `sqlite3` tool, the floor.
///
/// Usage: StoreBenchmarks DATABASE OUTPUT-FOLDER [ITERATIONS]
/// Prints one line per row: `ROW<TAB>median-ms<TAB>median-cpu-ms<TAB>statements<TAB>detail`, where
/// the CPU time is the process's user and system time during the run: what the run cost, apart
/// from the waits a busy machine adds to the wall-clock time.
///
/// Usage: StoreBenchmarks seed DATABASE SEEDS-FOLDER SCALE
/// Creates DATABASE as `peerhub seed --scale SCALE` does (the same two library calls), so that the
/// benchmark needs no release build of the server, and prints the time the seeding took.
@main
enum StoreBenchmarks {
    static func main() throws {
        let arguments = CommandLine.arguments
        if arguments.count == 5, arguments[1] == "seed", let scale = Int(arguments[4]) {
            try seed(database: arguments[2], seeds: URL(fileURLWithPath: arguments[3]), scale: scale)
            return
        }
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: StoreBenchmarks DATABASE OUTPUT-FOLDER [ITERATIONS]\n".utf8))
            exit(2)
        }
        let output = URL(fileURLWithPath: arguments[2])
        let iterations = arguments.count > 3 ? Int(arguments[3]) ?? 21 : 21
        // One connection pool records the SQL, another, opened as the server opens it, is timed:
        // the observer writes out every statement SQLite runs, the full-text index's own
        // lookups included (one per match), which would add its cost to the searches'.
        let recorder = Recorder()
        var recording = HubDatabase.Options()
        recording.statementObserver = { recorder.record($0) }
        let recordingDatabase = try HubDatabase(path: arguments[1], options: recording)
        let database = try HubDatabase(path: arguments[1])

        let (start, end) = try database.read { reader in
            let found = try reader.organizations(keys: ["synthetic-00123456", "synthetic-00654322"])
            guard let start = found["synthetic-00123456"]?.id, let end = found["synthetic-00654322"]?.id else {
                throw StoreError(.invalidArgument, "the database has no synthetic-00123456 or synthetic-00654322; seed it with --scale 1000000")
            }
            return (start, end)
        }
        let rows: [(name: String, run: (StoreReader) throws -> String)] = [
            // What the API runs for `practices(search: "waste collection", first: 20) { totalCount
            // edges { highlight { snippet } node { title … } } }`: the page, the records, their
            // titles and snippets, and the count (the page's own when it has one).
            ("search", { reader in
                var listing = PracticeListing()
                listing.text = "waste collection"
                let page = try reader.practices(listing, window: KeysetWindow(limit: 20))
                let ids = page.rows.map(\.id)
                let practices = try reader.practices(ids: ids)
                _ = try reader.texts(ofPractices: ids)
                _ = try reader.practiceSnippets(text: "waste collection", practices: ids, language: nil)
                let total = try page.total ?? reader.practiceCount(listing)
                return "first \(practices.count) of \(total) practices matching \"waste collection\""
            }),
            // What the API runs for `network { neighbours(organization: …, hops: 3) { … } }`: its
            // default page, the first 100 neighbours.
            ("3-hop neighbourhood", { reader in
                let neighbours = try reader.partners(of: start, within: 3, limit: 100)
                return "first \(neighbours.count) organizations within 3 hops (nearest \(neighbours.last?.distance ?? 0))"
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
            let detail = try recordingDatabase.read { try row.run($0) }
            let statements = recorder.stop().filter { sql in
                let head = sql.prefix(6).uppercased()
                return head.hasPrefix("SELECT") || head.hasPrefix("WITH")
            }
            let file = output.appendingPathComponent(row.name.replacingOccurrences(of: " ", with: "-") + ".sql")
            try (statements.map { $0 + ";" }.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            for _ in 0..<3 { _ = try database.read { try row.run($0) } }
            var times: [Double] = []
            var cpuTimes: [Double] = []
            for _ in 0..<iterations {
                let cpu = cpuMilliseconds()
                let begin = DispatchTime.now().uptimeNanoseconds
                _ = try database.read { try row.run($0) }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
                cpuTimes.append(cpuMilliseconds() - cpu)
            }
            times.sort()
            cpuTimes.sort()
            print("\(row.name)\t\(times[times.count / 2])\t\(cpuTimes[cpuTimes.count / 2])\t\(statements.count)\t\(detail)")
        }
    }
}

/// Loads the curated seeds and `scale` synthetic organizations into a new database at `path`,
/// reporting each committed batch on standard error, then the totals and times.
func seed(database path: String, seeds: URL, scale: Int) throws {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let cpu = cpuMilliseconds()
    let begin = DispatchTime.now().uptimeNanoseconds
    let database = try HubDatabase(path: path)
    try SeedLoader.load(from: seeds, into: database)
    let done = try SyntheticData.generate(SyntheticDataPlan(organizations: scale), into: database) { progress in
        FileHandle.standardError.write(Data("\r\(progress.organizations)/\(scale) organizations".utf8))
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
    let cpuSeconds = (cpuMilliseconds() - cpu) / 1000
    print(
        "\nseeded \(done.organizations) organizations, \(done.partnerships) partnerships, \(done.practices) practices, "
            + "\(done.publications) publications in \(String(format: "%.1f", seconds)) s wall-clock, "
            + "\(String(format: "%.1f", cpuSeconds)) s CPU (target: under 60 s)")
}

/// The user and system time this process has used, in milliseconds.
func cpuMilliseconds() -> Double {
    var usage = rusage()
    #if os(Linux)
        // Glibc imports RUSAGE_SELF as an enum case, getrusage's parameter as its raw type.
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    let microseconds = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000
        + Int(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
    return Double(microseconds) / 1000
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
