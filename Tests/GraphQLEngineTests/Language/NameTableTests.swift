import Testing

@testable import GraphQLEngine

@Suite("Name table")
struct NameTableTests {
    /// The strings the table makes for `names`, in order.
    private func strings(_ names: [String]) -> [String] {
        let bytes = Array(names.joined().utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var table = NameTable()
            var offset = 0
            return names.map { name in
                let start = offset
                offset += name.utf8.count
                return table.string(from: start, to: offset, in: buffer)
            }
        }
    }

    @Test("gives back each name, short or long, repeated or not")
    func givesBackEachName() {
        let names = [
            "a", "shortName15byte", "aLongerNameThan15Bytes", "aLongerNameThan15Bytes", "another_long_name_here",
        ]
        #expect(strings(names) == names)
    }

    @Test("keeps every distinct long name apart while the table grows")
    func keepsDistinctNamesApart() {
        let names = (0..<2_000).map { "aRatherLongFieldName\($0)" }
        #expect(strings(names + names.reversed()) == names + names.reversed())
    }

    @Test("shares the storage of a long name written twice")
    func sharesRepeatedNames() {
        let result = strings(["repeatedLongTypeName", "x", "repeatedLongTypeName"])
        var first = result[0]
        var second = result[2]
        let firstAddress = first.withUTF8 { $0.baseAddress }
        let secondAddress = second.withUTF8 { $0.baseAddress }
        #expect(firstAddress == secondAddress)
    }

    @Test("gives back names built to collide, past the probe limit")
    func givesBackCollidingNames() {
        // Names whose hashes share their low 8 bits land in one cluster of the table (32 slots at first, 128 once all are in);
        // more of them than `maxProbes` take the unshared path.
        func slot(_ name: String) -> UInt32 {
            Array(name.utf8).withUnsafeBufferPointer { NameTable.hash($0) } & 255
        }
        let colliding = (0..<100_000).lazy.map { "collidingFieldName\($0)" }.filter { slot($0) == 7 }.prefix(
            NameTable.maxProbes * 2)
        let names = Array(colliding)
        #expect(names.count == NameTable.maxProbes * 2)
        #expect(strings(names + names) == names + names)
    }

    @Test("gives back the introspection query's long names, and names of their lengths that differ")
    func givesBackKnownNames() {
        let names =
            NameTable.knownNames + [
                "subscriptionTypf", "includeDeprecatee", "xeprecationReason", "IntrospectionQuerz",
                "IntrospectionQuer", "subscriptionTypes",
            ]
        #expect(strings(names) == names)
    }

    @Test("uses the string literal for a known name, so it is not allocated")
    func usesLiteralsForKnownNames() {
        for (known, made) in zip(NameTable.knownNames, strings(NameTable.knownNames)) {
            var known = known
            var made = made
            let knownAddress = known.withUTF8 { $0.baseAddress }
            let madeAddress = made.withUTF8 { $0.baseAddress }
            #expect(knownAddress == madeAddress)
        }
    }
}
