/// The end of a message suggesting what the user meant (graphql-js `didYouMean`):
/// ` Did you mean "a"?`, ` Did you mean "a" or "b"?`, ` Did you mean "a", "b", or "c"?`, at most
/// five suggestions, or the empty string when there are none.
func didYouMean(_ suggestions: [String]) -> String {
    didYouMean(message: " Did you mean ", suggestions)
}

/// As `didYouMean(_:)`, with `subMessage` between "mean" and the list:
/// ` Did you mean to use an inline fragment on "Dog"?`.
func didYouMean(_ subMessage: String, _ suggestions: [String]) -> String {
    didYouMean(message: " Did you mean " + subMessage + " ", suggestions)
}

private func didYouMean(message: String, _ suggestions: [String]) -> String {
    let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
    switch quoted.count {
    case 0:
        return ""
    case 1:
        return message + quoted[0] + "?"
    case 2:
        return message + quoted[0] + " or " + quoted[1] + "?"
    default:
        return message + quoted.dropLast().joined(separator: ", ") + ", or " + quoted[quoted.count - 1] + "?"
    }
}
