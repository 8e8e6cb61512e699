import GraphQLEngine
import HubStore

/// A practice's text in the language asked for, or in the other when it has none.
struct PracticeContent: Sendable {
    var text: PracticeText
    /// Whether `text` is in another language than the one asked for.
    var isFallback: Bool
}

/// What a field asks of a practice's text: the whole text, or its title only.
struct PracticeTextKey: Hashable, Sendable {
    enum Part: Hashable, Sendable {
        case content
        case title
    }

    var practiceID: Int64
    var language: Language
    var part: Part
}

/// The loaders of texts kept per language, choosing the language asked for or falling back.
enum TextLoaders {
    /// Practice texts: one statement for every practice and language of a level.
    static let practice = BatchLoader<PracticeTextKey>(name: "practice text loader") { keys, context in
        let ids = Set(keys.map(\.practiceID))
        let texts = try await requestContext(context).read { try $0.texts(ofPractices: ids) }
        return keys.map { key in
            guard let (text, isFallback) = choose(texts[key.practiceID] ?? [], key.language, \.language) else {
                return .null
            }
            switch key.part {
            case .title: return .string(text.title)
            case .content: return .object(PracticeContent(text: text, isFallback: isFallback))
            }
        }
    }

    /// The text in `language`, else in English or French (the other of the two first), else
    /// any; with whether it fell back.
    static func choose<Text>(_ texts: [Text], _ language: Language, _ languageOf: (Text) -> Language) -> (Text, Bool)? {
        if let exact = texts.first(where: { languageOf($0) == language }) { return (exact, false) }
        let other: Language = language == .french ? .english : .french
        if let fallback = texts.first(where: { languageOf($0) == other }) ?? texts.first { return (fallback, true) }
        return nil
    }
}
