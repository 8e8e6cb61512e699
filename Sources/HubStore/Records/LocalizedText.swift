import GRDB

/// A text in English and French (domain.md §3.2, `LocalizedText`). A text that exists in one
/// language only is stored in both, so reading never has to fall back.
public struct LocalizedText: Hashable, Sendable {
    /// The English text.
    public var en: String
    /// The French text.
    public var fr: String

    /// A text in both languages.
    public init(en: String, fr: String) {
        self.en = en
        self.fr = fr
    }

    /// The text in `language`; English for a language the hub does not keep names in.
    public func text(in language: Language) -> String {
        language == .french ? fr : en
    }
}

extension Row {
    /// The localized text in the columns `<prefix>_en` and `<prefix>_fr`.
    func localized(_ prefix: String) -> LocalizedText {
        LocalizedText(en: self[prefix + "_en"], fr: self[prefix + "_fr"])
    }

    /// An `INTEGER` 0/1 column as a Bool.
    func flag(_ column: String) -> Bool {
        (self[column] as Int64) != 0
    }
}
