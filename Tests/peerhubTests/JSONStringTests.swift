import Testing

@testable import peerhub

@Suite("JSON string literals")
struct JSONStringTests {
    @Test("plain text is only quoted")
    func plainTextIsOnlyQuoted() {
        #expect(jsonString("Cannot query field") == "\"Cannot query field\"")
        #expect(jsonString("") == "\"\"")
    }

    @Test("quotes and backslashes are escaped")
    func quotesAndBackslashesAreEscaped() {
        #expect(jsonString("a\"b\\c") == #""a\"b\\c""#)
    }

    @Test("control characters use short escapes where JSON has them, \\u00XX otherwise")
    func controlCharactersAreEscaped() {
        #expect(jsonString("\n\t\r\u{08}\u{0C}") == #""\n\t\r\b\f""#)
        #expect(jsonString("\u{00}\u{01}\u{1F}") == #""\u0000\u0001\u001f""#)
    }

    @Test("DEL, non-ASCII letters, line separators and emoji are kept as they are, as JSON.stringify does")
    func otherCharactersAreKept() {
        #expect(jsonString("\u{7F}\u{2028}é😀") == "\"\u{7F}\u{2028}é😀\"")
    }
}
