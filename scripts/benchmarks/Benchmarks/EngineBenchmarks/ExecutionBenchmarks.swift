// The execution rows of `scripts/bench`, the same workloads every peer runs:
//   (a) executing the full introspection query on GitHub's schema (parsed and validated once,
//       outside the timed loop; the result stays in memory);
//   (b) the 1,000 items of Workloads/items-schema.graphql: to a result in memory, then also to
//       JSON bytes with the executor's own writer;
//   (c) the small `item(id:)` query served from the request cache: request text in, JSON bytes out.
import Benchmark
import Foundation
import GraphQLEngine

/// Why a row cannot run (the engine answered with errors), printed instead of timing it.
func skip(_ row: String, _ result: ExecutionResult) {
    let reasons = result.errors.prefix(3).map(\.message).joined(separator: "; ")
    FileHandle.standardError.write(Data("PeerHub cannot run \"\(row)\" yet, so it is not timed: \(reasons)\n".utf8))
}

/// The result of running `body` to completion from synchronous code (benchmark setup).
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await body()
        done.signal()
    }
    done.wait()
    // safe: the task stored the value before signalling.
    return box.value!
}

/// Carries a value out of a task; read only after the task signals it is done.
final class ResultBox<T>: @unchecked Sendable {
    // @unchecked: written once by the task, read after the semaphore orders the two.
    var value: T?
}

/// Registers the execution rows.
func executionBenchmarks(fixtures: Fixtures, github: GraphQLSchema, introspectionQuery: DocumentNode) {
    // (a)
    let introspection = runBlocking { await execute(schema: github, document: introspectionQuery) }
    if introspection.errors.isEmpty {
        Benchmark("execute introspection query") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(await execute(schema: github, document: introspectionQuery))
            }
        }
    } else {
        skip("execute introspection query", introspection)
    }

    // (b)
    let catalog = Catalog()
    let schema: GraphQLSchema
    let items: DocumentNode
    do {
        schema = try buildSchema(fixtures.itemsSchema, resolvers: catalog.resolvers)
        items = try parse(fixtures.itemsQuery)
    } catch {
        fail("preparing the items schema and query", error)
    }
    let errors = validate(schema: schema, document: items)
    guard errors.isEmpty else { fail("validating the items query", SchemaBuildError(errors: errors)) }
    let first = runBlocking { await execute(schema: schema, document: items) }
    guard first.errors.isEmpty else { fail("executing the items query", SchemaBuildError(errors: first.errors)) }

    Benchmark("execute 1000 items") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(await execute(schema: schema, document: items))
        }
    }
    Benchmark("execute 1000 items to JSON") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(await execute(schema: schema, document: items).jsonBytes())
        }
    }

    requestBenchmark(fixtures: fixtures, schema: schema)
}

/// Registers row (c): request text in, JSON bytes out, through the engine's request cache
/// (`RequestExecutor`): after the first request, parse, validate and planning are skipped.
func requestBenchmark(fixtures: Fixtures, schema: GraphQLSchema) {
    let executor = RequestExecutor(schema: schema)
    let request = GraphQLRequest(query: fixtures.itemQuery, variables: ["id": "item-7"])
    let first = runBlocking { await executor.execute(request) }
    guard first.errors.isEmpty, first.hasData else {
        fail("executing the item query", SchemaBuildError(errors: first.errors))
    }

    Benchmark("small query from cache to JSON") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(await executor.execute(request).jsonBytes())
        }
    }
}
