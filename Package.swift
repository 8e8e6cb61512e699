// swift-tools-version:6.0
import PackageDescription

// The modules and which way they may import (see README.md, "How the code is laid out"):
// GraphQLEngine ← HubAPI → HubStore; GraphQLEngine ← GraphQLOverHTTP; HubServer → HubAPI,
// GraphQLOverHTTP, HubStore (accounts); peerhub → all.
let package = Package(
    name: "PeerHub",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "GraphQLEngine", targets: ["GraphQLEngine"]),
        .library(name: "HubStore", targets: ["HubStore"]),
        // Also for the fuzzing package (scripts/fuzzing), which builds it without the server.
        .library(name: "GraphQLOverHTTP", targets: ["GraphQLOverHTTP"]),
        .executable(name: "peerhub", targets: ["peerhub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The store's SQLite access (system libsqlite3): DatabasePool, DatabaseMigrator, FTS5.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        // The server: HTTP/1.1 and TLS (swift-nio-ssl), with in-process testing.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        // SHA-256 for tokens and persisted queries; PBKDF2 for passwords (_CryptoExtras).
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
        // The server's TLS versions (NIOSSL), its listening channel (NIOCore), and running the
        // API and metrics listeners together with graceful shutdown (ServiceLifecycle).
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
    ],
    targets: [
        .target(name: "GraphQLEngine"),
        // Reading GraphQL-over-HTTP request parameters (JSON bodies, GET query strings), apart
        // from any HTTP library, so it can be fuzzed and reused by the command line.
        .target(name: "GraphQLOverHTTP", dependencies: ["GraphQLEngine"]),
        .target(
            name: "HubStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for the synthetic generator's bulk inserts.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "HubAPI", dependencies: ["GraphQLEngine", "HubStore"], plugins: ["EmbedHubSchema"]),
        // schema.graphql compiled into HubAPI at build time (HubSchemaSDL.text).
        .executableTarget(name: "SchemaEmbedder"),
        .plugin(
            name: "EmbedHubSchema", capability: .buildTool(), dependencies: ["SchemaEmbedder"],
            path: "Sources/EmbedHubSchema"),
        .target(
            name: "HubServer",
            dependencies: [
                "GraphQLOverHTTP", "HubAPI", "HubStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "peerhub",
            dependencies: [
                "GraphQLEngine", "GraphQLOverHTTP", "HubAPI", "HubServer", "HubStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // `peerhub serve` hands the server its logger.
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The floor of `scripts/bench http`: a bare Hummingbird TLS endpoint answering a fixed body.
        // A target of this package, so that its release build reuses the server's Hummingbird.
        .executableTarget(
            name: "TLSFloor",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
            ],
            path: "scripts/bench-http/TLSFloor"
        ),
        .testTarget(
            name: "GraphQLEngineTests", dependencies: ["GraphQLEngine"],
            // graphql-js scripts printing the execution tests' expectations, not test sources.
            exclude: ["Execution/Expectations"]
        ),
        .testTarget(name: "GraphQLOverHTTPTests", dependencies: ["GraphQLOverHTTP"]),
        .testTarget(name: "HubStoreTests", dependencies: ["HubStore"]),
        .testTarget(name: "HubAPITests", dependencies: ["HubAPI"]),
        .testTarget(
            name: "HubServerTests",
            dependencies: ["HubServer", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "peerhubTests", dependencies: ["peerhub"]),
    ]
)
