import Testing

@testable import HubStore

@Suite("Snippets of a search page")
struct ListingSnippetTests {
    @Test("each practice's snippet comes from its best-ranked text, ranked only when two languages match")
    func bestTextOfEachPractice() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        try database.write { writer in
            // Practice 1 matches "Hanoi" best in French (in its title), practice 2 only in English.
            try writer.execute(
                """
                INSERT INTO practice_text (practice_id, language, title, summary, problem) VALUES
                    (1, 'en', 'Street markets', 'Vendors organized their stalls.', 'Traffic in Hanoi.'),
                    (1, 'fr', 'Marchés de Hanoi', 'Les marchands à Hanoi ont organisé leurs étals.', ''),
                    (2, 'en', 'Flood maps', 'Maps drawn with residents of Hanoi.', ''),
                    (2, 'fr', 'Cartes des inondations', 'Cartes dessinées avec les habitants.', '')
                """)
        }
        database.statementCounter.reset()
        let snippets = try database.read { try $0.practiceSnippets(text: "hanoi", practices: [1, 2, 3], language: nil) }
        #expect(database.statementCounter.reset() == 2)
        #expect(snippets[1]?.language == .french)
        #expect(snippets[1]?.snippet.contains("<mark>Hanoi</mark>") == true)
        #expect(snippets[2]?.language == .english)
        #expect(snippets[3] == nil)

        // Only one text of each practice matches: nothing to rank, one statement.
        let english = try database.read { try $0.practiceSnippets(text: "hanoi", practices: [1, 2], language: .english) }
        #expect(database.statementCounter.reset() == 1)
        #expect(english.count == 2 && english.values.allSatisfy { $0.language == .english })
    }
}
