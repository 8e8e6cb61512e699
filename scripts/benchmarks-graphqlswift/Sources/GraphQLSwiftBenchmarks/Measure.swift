// The timing loop every peer's harness shares (graphql-js-bench.js and graphql-core-bench.py hold
// the same one): warm up for at least 5 runs and 0.5 s (at most 2 s), then take one sample a run
// until 1,000 samples or 5 s, and report the median in microseconds.
import Foundation

/// Limits of one row's measurement.
enum Limits {
    static let minimumWarmupRuns = 5
    static let minimumWarmupNanoseconds: UInt64 = 500_000_000
    static let maximumWarmupNanoseconds: UInt64 = 2_000_000_000
    static let maximumSamples = 1_000
    static let maximumNanoseconds: UInt64 = 5_000_000_000
}

/// Keeps a result observable so the optimizer cannot drop the work that produced it.
@inline(never)
func keep<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// The median time of `run`, in microseconds.
func measure<T>(_ run: () async throws -> T) async rethrows -> Double {
    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    let warmupStart = now()
    var warmupRuns = 0
    while true {
        keep(try await run())
        warmupRuns += 1
        let elapsed = now() - warmupStart
        if elapsed >= Limits.maximumWarmupNanoseconds { break }
        if warmupRuns >= Limits.minimumWarmupRuns && elapsed >= Limits.minimumWarmupNanoseconds { break }
    }

    var samples: [Double] = []
    samples.reserveCapacity(Limits.maximumSamples)
    let started = now()
    while samples.count < Limits.maximumSamples && now() - started < Limits.maximumNanoseconds {
        let start = now()
        let result = try await run()
        let end = now()
        keep(result)
        samples.append(Double(end - start) / 1_000)
    }
    samples.sort()
    let middle = samples.count / 2
    return samples.count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2
}
