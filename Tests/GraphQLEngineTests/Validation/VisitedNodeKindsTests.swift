import Testing

@testable import GraphQLEngine

/// The walk calls a visitor only for the kinds of node it lists in `visitedNodeKinds`.
struct VisitedNodeKindsTests {
    /// Lists fields only, though it also implements a selection-set callback.
    private struct FieldsOnly: ValidationVisitor {
        static let visitedNodeKinds: VisitedNodeKinds = [.field]
        final class Log { var entries: [String] = [] }
        let log = Log()

        mutating func enterField(_ node: FieldNode) -> VisitAction {
            log.entries.append("enter \(node.name.value)")
            return node.name.value == "skipped" ? .skipChildren : .continue
        }
        mutating func leaveField(_ node: FieldNode) { log.entries.append("leave \(node.name.value)") }
        mutating func enterSelectionSet(_ node: SelectionSetNode) -> VisitAction {
            log.entries.append("selection set")
            return .continue
        }
    }

    @Test("a visitor is called for the kinds it lists and for no other")
    func onlyListedKindsAreVisited() throws {
        let document = try #require(parseForTest("{ a { b } skipped { c } d(x: 1) }"))
        let visitor = FieldsOnly()
        walk(document, visitors: [visitor, WalkRecorder()])
        #expect(
            visitor.log.entries == [
                "enter a", "enter b", "leave b", "leave a", "enter skipped", "enter d", "leave d",
            ])
    }

    @Test("a visitor that lists nothing is never called")
    func noKindsMeansNoCalls() throws {
        struct Nothing: ValidationVisitor {
            static let visitedNodeKinds: VisitedNodeKinds = []
            final class Log { var calls = 0 }
            let log = Log()
            mutating func enterDocument(_ node: DocumentNode) -> VisitAction {
                log.calls += 1
                return .continue
            }
        }
        let document = try #require(parseForTest("{ a }"))
        let visitor = Nothing()
        walk(document, visitors: [visitor])
        #expect(visitor.log.calls == 0)
    }

    private func walk(_ document: DocumentNode, visitors: [any ValidationVisitor]) {
        let context = ValidationContext(schema: validationTestSchema, document: document, maxErrors: nil)
        var walker = DocumentWalker(visitors: visitors, typeInfo: context.typeInfo, context: context)
        walker.walk(document)
    }
}
