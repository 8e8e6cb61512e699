import Foundation
import Testing

@testable import GraphQLEngine

/// The kinds of nesting the depth limit counts, each making documents nesting `depth` levels.
enum NestingKind: CaseIterable, CustomStringConvertible, Sendable {
    case selectionSets, lists, objects, types, mixed

    var description: String {
        switch self {
        case .selectionSets: "selection sets"
        case .lists: "list values"
        case .objects: "object values"
        case .types: "list and non-null types"
        case .mixed: "selection sets, objects and lists"
        }
    }

    /// A document nesting `depth` levels.
    func document(depth: Int) -> String {
        switch self {
        case .selectionSets:
            return String(repeating: "{ a ", count: depth) + String(repeating: "}", count: depth)
        case .lists:
            // The selection set is one level.
            return "{ f(a: " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
                + ") }"
        case .objects:
            return "{ f(a: " + String(repeating: "{a: ", count: depth - 1) + "1"
                + String(repeating: "}", count: depth - 1) + ") }"
        case .types:
            // `Int!` inside the lists is one level more than the lists.
            return "query ($v: " + String(repeating: "[", count: depth - 1) + "Int!"
                + String(repeating: "]", count: depth - 1)
                + ") { a }"
        case .mixed:
            let selections = depth / 3
            let objects = depth / 3
            let lists = depth - selections - objects
            return String(repeating: "{ a ", count: selections - 1) + "{ f(v: "
                + String(repeating: "{o: ", count: objects)
                + String(repeating: "[", count: lists) + String(repeating: "]", count: lists)
                + String(repeating: "}", count: objects) + ") }" + String(repeating: "}", count: selections - 1)
        }
    }
}

@Suite("Parser limits")
struct ParserLimitTests {
    @Test("refuses more tokens than maxTokens, as graphql-js words it, at the token too many")
    func refusesTooManyTokens() {
        #expect(
            parseError("{ a b c }", options: ParseOptions(maxTokens: 3))
                == "Syntax Error: Document contains more that 3 tokens. Parsing aborted. (1:7)")
        #expect(
            parseError("{ a b c }", options: ParseOptions(maxTokens: 4))
                == "Syntax Error: Document contains more that 4 tokens. Parsing aborted. (1:9)")
        #expect(parseError("{ a b c }", options: ParseOptions(maxTokens: 5)) == nil)
        // Comments and the end of the file do not count.
        #expect(parseError("# comment\n{ a }", options: ParseOptions(maxTokens: 3)) == nil)
    }

    @Test("parses nesting up to maxDepth", arguments: NestingKind.allCases)
    func parsesUpToMaxDepth(nesting: NestingKind) {
        let options = ParseOptions(maxDepth: 12)
        #expect(parseError(nesting.document(depth: 12), options: options) == nil)
    }

    @Test("refuses nesting deeper than maxDepth, at the opening token", arguments: NestingKind.allCases)
    func refusesDeeperNesting(nesting: NestingKind) {
        let error = parseError(nesting.document(depth: 13), options: ParseOptions(maxDepth: 12))
        #expect(error?.hasPrefix("Syntax Error: Document nesting exceeds the maximum depth of 12. (1:") == true)
    }

    @Test("locates the depth error at the token opening the level too deep")
    func locatesDepthError() {
        #expect(
            parseError("{ a { b(x: [[1]]) } }", options: ParseOptions(maxDepth: 3))
                == "Syntax Error: Document nesting exceeds the maximum depth of 3. (1:13)")
        #expect(
            parseError("query ($v: [Int!]) { a }", options: ParseOptions(maxDepth: 1))
                == "Syntax Error: Document nesting exceeds the maximum depth of 1. (1:16)")
    }

    @Test("parses the default depth limit's worth of nesting inside a task", arguments: NestingKind.allCases)
    func parsesDefaultDepthInTask(nesting: NestingKind) async {
        let text = nesting.document(depth: ParseOptions.defaultMaxDepth)
        let error = await Task { parseError(text) }.value
        #expect(error == nil)
    }

    @Test("parses the default depth limit's worth of nesting on a 512 KB stack", arguments: NestingKind.allCases)
    func parsesDefaultDepthOnSmallStack(nesting: NestingKind) {
        let text = nesting.document(depth: ParseOptions.defaultMaxDepth)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var error: String? = "not run"
        let thread = Thread {
            error = parseError(text)
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(error == nil)
    }

    @Test("refuses 100,000 nested brackets and braces with a syntax error, not a crash")
    func refusesHostileNesting() {
        let limit = "Syntax Error: Document nesting exceeds the maximum depth of 200."
        let brackets = String(repeating: "[", count: 100_000)
        #expect(syntaxError { () throws(GraphQLError) in try parseValue(brackets) }?.hasPrefix(limit) == true)
        #expect(parseError("{ f(a: \(brackets)) }")?.hasPrefix(limit) == true)
        #expect(parseError("query ($v: \(brackets)Int) { a }")?.hasPrefix(limit) == true)
        #expect(parseError(String(repeating: "{ a ", count: 100_000))?.hasPrefix(limit) == true)
        #expect(parseError("{ f(a: " + String(repeating: "{a: ", count: 100_000))?.hasPrefix(limit) == true)
        // Braces alone stop at the second one: a selection set starts with a name.
        #expect(parseError(String(repeating: "{", count: 100_000)) == "Syntax Error: Expected Name, found \"{\". (1:2)")
    }
}
