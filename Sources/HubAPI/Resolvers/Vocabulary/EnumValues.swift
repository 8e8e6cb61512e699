import GraphQLEngine
import HubStore

// The store keeps closed vocabularies as lowercase text (`in_review`); the schema's enums
// name the same values in capitals (`IN_REVIEW`). These convert one to the other, so every
// enum of the schema maps to its store vocabulary without a table to keep in step.

extension FieldValue {
    /// The schema's enum value for a store vocabulary value.
    static func vocabulary(_ value: some StoreVocabulary) -> FieldValue {
        .enumValue(value.rawValue.uppercased())
    }
}

extension StoreVocabulary {
    /// The store value of a schema enum value.
    init(enumName: String) {
        self.init(rawValue: enumName.lowercased())
    }
}

extension ResolverInput {
    /// The `language` argument (English when absent).
    var language: Language {
        self[argument: "language"]?.enumName.map(Language.init(enumName:)) ?? .english
    }

    /// The `language` argument, nil when absent.
    var optionalLanguage: Language? {
        self[argument: "language"]?.enumName.map(Language.init(enumName:))
    }

    /// An enum list argument as store vocabulary values.
    func vocabularyList<V: StoreVocabulary>(_ value: InputValue?, as _: V.Type = V.self) -> [V]? {
        guard case .list(let items)? = value else { return nil }
        return items.compactMap(\.enumName).map(V.init(enumName:))
    }
}

extension LocalizedText {
    /// The text in the language the field's `language` argument asks for.
    func field(_ input: ResolverInput) -> FieldValue {
        .string(text(in: input.language))
    }
}
