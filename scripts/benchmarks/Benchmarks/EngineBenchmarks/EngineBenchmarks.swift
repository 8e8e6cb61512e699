// The engine's static half on a real, large schema: GitHub's public schema (368 KB of SDL) and
// the full introspection query every GraphQL tool sends. `scripts/bench` runs these rows and the
// same four with graphql-js 16, and prints both medians side by side.
import Benchmark
import Foundation
import GraphQLEngine

/// The documents the benchmarks read, from `Tests/Fixtures/` at the top of the repository.
struct Fixtures {
    /// GitHub's public schema, as SDL.
    let githubSchema: Source
    /// graphql-core's `get_introspection_query` with every option on.
    let introspectionQuery: Source

    /// Reads both fixtures, relative to this file's place in the repository.
    static func load() -> Fixtures {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // EngineBenchmarks
            .deletingLastPathComponent()  // Benchmarks
            .deletingLastPathComponent()  // benchmarks
            .deletingLastPathComponent()  // scripts
            .deletingLastPathComponent()
        func read(_ name: String) -> Source {
            let url = repository.appendingPathComponent("Tests/Fixtures/\(name)")
            guard let data = try? Data(contentsOf: url) else {
                fatalError("cannot read the benchmark fixture \(url.path); run scripts/bench from a full checkout")
            }
            return Source(bytes: Array(data), name: name)
        }
        return Fixtures(
            githubSchema: read("github-schema.graphql"),
            introspectionQuery: read("introspection-query.graphql")
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
}
