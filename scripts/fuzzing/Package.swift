// swift-tools-version:6.0
import PackageDescription

// PeerHub's libFuzzer targets, kept out of the root package: libFuzzer supplies `main`, so these
// link only with `-sanitize=fuzzer`, which `swift build` and `swift test` of the root package
// never pass. Run them with `scripts/fuzz parser|request SECONDS` (see README.md, "Fuzzing").
let package = Package(
    name: "PeerHubFuzzing",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "PeerHub", path: "../..")],
    targets: [
        // The GraphQL parser and printer (documents and SDL), and schemas built from SDL.
        .executableTarget(
            name: "FuzzParser",
            dependencies: [.product(name: "GraphQLEngine", package: "PeerHub")]
        ),
        // Request decoding: POST bodies (JSON, batches), GET query strings, variables' coercion.
        .executableTarget(
            name: "FuzzRequest",
            dependencies: [
                .product(name: "GraphQLEngine", package: "PeerHub"),
                .product(name: "GraphQLOverHTTP", package: "PeerHub"),
            ]
        ),
    ]
)
