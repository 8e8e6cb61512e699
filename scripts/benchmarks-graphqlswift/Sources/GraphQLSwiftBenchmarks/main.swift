// Times GraphQLSwift/GraphQL on the execution rows of scripts/bench, on the same fixtures and
// workloads as scripts/benchmarks/ (PeerHub), graphql-js-bench.js and graphql-core-bench.py:
//   (a) executing the full introspection query on GitHub's schema, parsed and validated beforehand,
//       less the two fields GraphQLSwift 4.3.0 cannot answer (`isDeprecated` and
//       `deprecationReason` of `__InputValue`: its default resolver finds no such property and the
//       non-null `isDeprecated` nulls the whole result), so it does a little less work than the others;
//   (b) the 1,000 items of Workloads/items-schema.graphql, to a result in memory, then also to JSON;
//   (c) the small `item(id:)` query through `graphql(...)`, request text in, JSON bytes out
//       (GraphQLSwift has no document cache: each request is parsed and validated again).
// Prints {"times": {"row": median μs, ...}, "bytes": {"row": JSON size, ...}} on standard output.
//
// Usage: swift run -c release GraphQLSwiftBenchmarks [REPOSITORY_ROOT]
import Foundation
import GraphQL

/// Stops the run with a message saying what failed and why.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("GraphQLSwiftBenchmarks: \(message)\n".utf8))
    exit(1)
}

let repository =
    CommandLine.arguments.count > 1
    ? URL(fileURLWithPath: CommandLine.arguments[1])
    : URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // GraphQLSwiftBenchmarks
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // benchmarks-graphqlswift
        .deletingLastPathComponent()  // scripts
        .deletingLastPathComponent()

/// The text of a file of the repository.
func read(_ path: String) -> String {
    let url = repository.appendingPathComponent(path)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("cannot read \(url.path)") }
    return text
}

/// A document parsed and validated against `schema`, or the run stops naming `what`.
func prepare(_ text: String, _ schema: GraphQLSchema, _ what: String) -> Document {
    do {
        let document = try parse(source: text)
        let errors = validate(schema: schema, ast: document)
        guard errors.isEmpty else { fail("\(what) does not validate: \(errors[0].message)") }
        return document
    } catch {
        fail("\(what) does not parse: \(error)")
    }
}

/// The result, or the run stops when it carries errors.
func checked(_ result: GraphQLResult, _ what: String) -> GraphQLResult {
    if let error = result.errors.first { fail("\(what) failed: \(error.message)") }
    return result
}

/// The full introspection query without `isDeprecated` and `deprecationReason` in its
/// `InputValue` fragment, the fields GraphQLSwift 4.3.0 fails on.
func introspectionQueryWithoutInputValueDeprecation() -> String {
    let query = read("Tests/Fixtures/introspection-query.graphql")
    let fragment = "defaultValue\n  isDeprecated\n  deprecationReason\n"
    guard query.contains(fragment) else { fail("the introspection query's InputValue fragment has changed") }
    return query.replacingOccurrences(of: fragment, with: "defaultValue\n")
}

let encoder = GraphQLJSONEncoder()
var times: [String: Double] = [:]
var bytes: [String: Int] = [:]

do {
    // (a)
    let github = try buildSchema(source: read("Tests/Fixtures/github-schema.graphql"))
    let introspection = prepare(introspectionQueryWithoutInputValueDeprecation(), github, "the introspection query")
    let introspect = {
        checked(
            try await execute(schema: github, documentAST: introspection, rootValue: (), context: ()),
            "the introspection query"
        )
    }
    times["execute introspection query"] = try await measure(introspect)

    // (b)
    let catalog = Catalog()
    let schema = try itemsSchema(catalog)
    let items = prepare(read("scripts/benchmarks/Workloads/items-query.graphql"), schema, "the items query")
    let executeItems = {
        checked(try await execute(schema: schema, documentAST: items, rootValue: (), context: ()), "the items query")
    }
    times["execute 1000 items"] = try await measure(executeItems)
    times["execute 1000 items to JSON"] = try await measure { try encoder.encode(try await executeItems()) }
    bytes["execute 1000 items to JSON"] = try encoder.encode(try await executeItems()).count

    // (c)
    let itemQuery = read("scripts/benchmarks/Workloads/item-query.graphql")
    let request = {
        try encoder.encode(
            checked(
                try await graphql(schema: schema, request: itemQuery, variableValues: ["id": .string("item-7")]),
                "the item query"
            )
        )
    }
    times["small query from cache to JSON"] = try await measure(request)
    bytes["small query from cache to JSON"] = try await request().count
} catch {
    fail("\(error)")
}

let output: [String: [String: Double]] = ["times": times, "bytes": bytes.mapValues(Double.init)]
let json = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys])
FileHandle.standardOutput.write(json + Data("\n".utf8))
