import Testing

@testable import GraphQLEngine

/// `suggestionList`, `didYouMean` and `naturalCompare`, checked against graphql-js 16's output.
struct SuggestionListTests {
    @Test(
        "suggestionList keeps close options, closest first, ties in natural order",
        arguments: [
            ("", ["a"], ["a"]),
            ("greenish", ["green"], ["green"]),
            ("green", ["greenish"], ["greenish"]),
            ("abc", ["ABC"], ["ABC"]),
            ("abc", ["abc", "ab", "a", "c"], ["abc", "ab", "a", "c"]),
            ("abc", ["abc", "xabc", "yyabc"], ["abc", "xabc", "yyabc"]),
            ("abc", ["a", "b", "c"], ["a", "b", "c"]),
            ("ab", ["ba", "a"], ["a", "ba"]),
            ("GraphQl", ["graphics", "SQL", "GraphQL", "quarks", "mark"], ["GraphQL", "graphics"]),
            ("nam", ["name", "names", "num", "Name", "mane", "nam"], ["nam", "Name", "name", "num", "names"]),
            ("item", ["item10", "item2", "item1", "item"], ["item", "item1", "item2", "item10"]),
            ("Dgo", ["Dog", "Dig", "Go", "Dog"], ["Dog", "Go", "Dig"]),
        ])
    func suggestionListMatchesGraphQLJS(input: String, options: [String], expected: [String]) {
        #expect(suggestionList(input, options) == expected)
    }

    @Test("suggestionList suggests nothing when no option is close")
    func suggestionListOmitsDistantOptions() {
        #expect(suggestionList("zzz", ["name", "title"]).isEmpty)
        #expect(suggestionList("a", []).isEmpty)
    }

    @Test("didYouMean words zero to five suggestions as graphql-js does")
    func didYouMeanWording() {
        #expect(didYouMean([]) == "")
        #expect(didYouMean(["A"]) == " Did you mean \"A\"?")
        #expect(didYouMean(["A", "B"]) == " Did you mean \"A\" or \"B\"?")
        #expect(didYouMean(["A", "B", "C"]) == " Did you mean \"A\", \"B\", or \"C\"?")
        #expect(didYouMean(["A", "B", "C", "D", "E", "F"]) == " Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?")
        #expect(
            didYouMean("to use an inline fragment on", ["A", "B"])
                == " Did you mean to use an inline fragment on \"A\" or \"B\"?")
        #expect(didYouMean("to use an inline fragment on", []) == "")
    }

    @Test(
        "naturalCompare orders digit runs by value",
        arguments: [
            ("a", "b", -1), ("item2", "item10", -1), ("item01", "item1", -1), ("abc", "ab", 1),
            ("Z", "a", -1), ("10", "9", 1), ("x0", "x00", -1), ("same", "same", 0),
        ])
    func naturalCompareMatchesGraphQLJS(a: String, b: String, sign: Int) {
        #expect(naturalCompare(a, b).signum() == sign)
    }
}
