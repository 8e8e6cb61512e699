import GraphQLEngine
import HubStore

/// A text kept per language (a practice's, a publication's), as asked for or as fallen back.
struct LocalizedContent<Text: Sendable>: Sendable {
    var text: Text
    /// Whether `text` is in another language than the one asked for, which has no text.
    var isFallback: Bool
}

/// What a field asks of a record's text: the whole text, or its title only.
struct TextKey: Hashable, Sendable {
    enum Part: Hashable, Sendable {
        case content
        case title
    }

    var id: Int64
    var language: Language
    var part: Part
}

/// The loaders of texts kept per language, choosing the language asked for or falling back
/// (English for French, French for English): one statement for every record and language of
/// a level.
enum TextLoaders {
    static let practice = loader("practice text loader", { try $0.texts(ofPractices: $1) }, \.language, \.title)
    static let publication = loader(
        "publication text loader", { try $0.texts(ofPublications: $1) }, \.language, \.title)

    private static func loader<Text: Sendable>(
        _ name: String, _ fetch: @escaping @Sendable (StoreReader, Set<Int64>) throws -> [Int64: [Text]],
        _ languageOf: @escaping @Sendable (Text) -> Language, _ titleOf: @escaping @Sendable (Text) -> String
    ) -> BatchLoader<TextKey> {
        BatchLoader(name: name) { keys, context in
            let ids = Set(keys.map(\.id))
            let texts = try await requestContext(context).read { try fetch($0, ids) }
            return keys.map { key in
                guard let (text, isFallback) = choose(texts[key.id] ?? [], key.language, languageOf) else {
                    return .null
                }
                switch key.part {
                case .title: return .string(titleOf(text))
                case .content: return .object(LocalizedContent(text: text, isFallback: isFallback))
                }
            }
        }
    }

    /// The text in `language`, else in the other of English and French, else any; with
    /// whether it fell back.
    static func choose<Text>(_ texts: [Text], _ language: Language, _ languageOf: (Text) -> Language) -> (Text, Bool)? {
        if let exact = texts.first(where: { languageOf($0) == language }) { return (exact, false) }
        let other: Language = language == .french ? .english : .french
        if let fallback = texts.first(where: { languageOf($0) == other }) ?? texts.first { return (fallback, true) }
        return nil
    }
}

extension ResolverInput {
    /// The text of record `id` in the `language` asked for, through `loader`.
    func loadText(_ loader: BatchLoader<TextKey>, id: Int64, _ part: TextKey.Part) -> FieldValue {
        load(loader, key: TextKey(id: id, language: language, part: part))
    }
}
