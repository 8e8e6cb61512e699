// swift-tools-version:6.1
import PackageDescription

// PeerHub's benchmarks, kept out of the root package so that `swift test` never builds them and
// the product never depends on a benchmark library. Run them with `scripts/bench`.
let package = Package(
    name: "PeerHubBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PeerHub", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "GraphQLEngine", package: "PeerHub"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The store's rows (scripts/bench-store): plain timing beside the sqlite3 tool.
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [.product(name: "HubStore", package: "PeerHub")],
            path: "Store"
        ),
    ]
)
