// swift-tools-version:6.1
import PackageDescription

// GraphQLSwift/GraphQL, the Swift engine PeerHub is compared with, run on the same workloads as
// scripts/benchmarks/. A package of its own so that neither PeerHub nor its benchmark package ever
// depends on it. Run by `scripts/bench`.
let package = Package(
    name: "GraphQLSwiftBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/GraphQLSwift/GraphQL", exact: "4.3.0")
    ],
    targets: [
        .executableTarget(
            name: "GraphQLSwiftBenchmarks",
            dependencies: [.product(name: "GraphQL", package: "GraphQL")]
        )
    ]
)
