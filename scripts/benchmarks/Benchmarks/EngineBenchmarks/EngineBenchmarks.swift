// The engine's static half on a real, large schema: GitHub's public schema (368 KB of SDL) and
// the full introspection query every GraphQL tool sends; then its execution rows
// (ExecutionBenchmarks.swift). `scripts/bench` runs the same rows with the peers (graphql-js 16,
// graphql-core 3.2, GraphQLSwift 4.3) and prints every median side by side.
import Benchmark
import Foundation
import GraphQLEngine

/// The documents the benchmarks read: `Tests/Fixtures/` and `scripts/benchmarks/Workloads/`.
struct Fixtures {
    /// GitHub's public schema, as SDL.
    let githubSchema: Source
    /// graphql-core's `get_introspection_query` with every option on.
    let introspectionQuery: Source
    /// The schema of rows (b) and (c).
    let itemsSchema: Source
    /// Row (b)'s query: every field of the 1,000 items.
    let itemsQuery: Source
    /// Row (c)'s query: one item by id, as request text.
    let itemQuery: String

    /// Reads the fixtures, relative to this file's place in the repository.
    static func load() -> Fixtures {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // EngineBenchmarks
            .deletingLastPathComponent()  // Benchmarks
            .deletingLastPathComponent()  // benchmarks
            .deletingLastPathComponent()  // scripts
            .deletingLastPathComponent()
        func read(_ path: String) -> Source {
            let url = repository.appendingPathComponent(path)
            guard let data = try? Data(contentsOf: url) else {
                fatalError("cannot read the benchmark fixture \(url.path); run scripts/bench from a full checkout")
            }
            return Source(bytes: Array(data), name: url.lastPathComponent)
        }
        return Fixtures(
            githubSchema: read("Tests/Fixtures/github-schema.graphql"),
            introspectionQuery: read("Tests/Fixtures/introspection-query.graphql"),
            itemsSchema: read("scripts/benchmarks/Workloads/items-schema.graphql"),
            itemsQuery: read("scripts/benchmarks/Workloads/items-query.graphql"),
            itemQuery: String(decoding: read("scripts/benchmarks/Workloads/item-query.graphql").bytes, as: UTF8.self)
        )
    }
}

/// Stops the benchmark run with a message saying which fixture failed and why.
func fail(_ what: String, _ error: any Error) -> Never {
    fatalError("\(what) failed: \(error)")
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .throughput],
        timeUnits: .microseconds,
        warmupIterations: 5,
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )

    let fixtures = Fixtures.load()
    let schemaDocument: DocumentNode
    let schema: GraphQLSchema
    let query: DocumentNode
    do {
        schemaDocument = try parse(fixtures.githubSchema)
        schema = try buildASTSchema(schemaDocument)
        query = try parse(fixtures.introspectionQuery)
    } catch {
        fail("preparing the GitHub schema and the introspection query", error)
    }
    let errors = validate(schema: schema, document: query)
    guard errors.isEmpty else { fail("validating the introspection query", SchemaBuildError(errors: errors)) }

    Benchmark("parse GitHub schema SDL") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try parse(fixtures.githubSchema))
        }
    }

    Benchmark("buildASTSchema GitHub schema") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try buildASTSchema(schemaDocument))
        }
    }

    Benchmark("parse introspection query") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try parse(fixtures.introspectionQuery))
        }
    }

    Benchmark("validate introspection query") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(validate(schema: schema, document: query))
        }
    }

    executionBenchmarks(fixtures: fixtures, github: schema, introspectionQuery: query)
}
