import Testing

@testable import GraphQLEngine

/// The scratch buffers one parse leaves for the next (Parser+ScratchReuse.swift).
@Suite("Parser scratch reuse")
struct ParserReuseTests {
    private let document = """
        query Q($a: [Int] = [1, 2]) { a: f(x: {y: [$a]}) @d(z: 1) { ... on T { g } ...F } }
        fragment F on T { h(i: "j") { k } }
        """

    @Test("builds the same tree after parses that succeeded and parses that failed")
    func sameTreeAfterEarlierParses() {
        let first = parseResult(.parse, document)
        #expect(parseError("{ a { b { c(d: [1, {e: ") != nil)
        #expect(parseResult(.parse, "{ x }") != first)
        #expect(parseResult(.parse, document) == first)
        #expect(parseError("query { a(b: [1, 2") != nil)
        #expect(parseResult(.parse, document) == first)
    }

    @Test("builds the same trees on many tasks at once")
    func sameTreesConcurrently() async {
        let expected = parseResult(.parse, document)
        let document = self.document
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<50).allSatisfy { _ in parseResult(.parse, document) == expected }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }

    @Test("builds the same tree after a document too large for its buffers to be kept")
    func sameTreeAfterLargeDocument() {
        let first = parseResult(.parse, document)
        let large = "{ " + String(repeating: "a { b } ", count: 5_000) + "}"
        #expect((try? parse(large))?.definitions.count == 1)
        #expect(parseResult(.parse, document) == first)
    }
}
