import Foundation
import GraphQLEngine
import HubStore

/// A mutation's `input` argument, read field by field. The engine has already coerced it to
/// its input type (required fields present, defaults filled in), so only what the type system
/// cannot say is checked here: that an ID is a global ID of the right type. Such a problem
/// becomes a `UserError` on that field, like the store's, rather than a request error, so a
/// form shows it where the person chose the value.
struct MutationInput {
    private let value: InputValue
    /// Problems found while reading, in the order of the fields read.
    private(set) var userErrors: [UserError] = []

    /// The `input` argument of the field `input` resolves.
    init(_ input: ResolverInput) {
        value = input[argument: "input"] ?? .null
    }

    /// A string field, nil when absent or null.
    func string(_ name: String) -> String? {
        value[field: name]?.stringValue
    }

    /// An `Int` field, nil when absent or null.
    func int(_ name: String) -> Int? {
        value[field: name]?.intValue
    }

    /// An enum field as its value's name, nil when absent or null.
    func enumName(_ name: String) -> String? {
        value[field: name]?.enumName
    }

    /// A list of enum values' names, empty when absent or null.
    func enumNames(_ name: String) -> [String] {
        guard case .list(let items)? = value[field: name] else { return [] }
        return items.compactMap(\.enumName)
    }

    /// A list of strings, empty when absent or null.
    func strings(_ name: String) -> [String] {
        value[field: name]?.stringList ?? []
    }

    /// The input objects of a list field, empty when absent or null.
    func objects(_ name: String) -> [InputValue] {
        guard case .list(let items)? = value[field: name] else { return [] }
        return items
    }

    /// The database id of an ID field naming a `kind`; nil when absent, or when it is not such
    /// an ID (with a user error on the field).
    mutating func id(_ name: String, of kind: GlobalID.Kind) -> Int64? {
        guard let text = string(name) else { return nil }
        return decode(text, of: kind, field: [name])
    }

    /// The database ids of a list of IDs naming `kind`s, leaving out (with a user error on each)
    /// those that are not.
    mutating func ids(_ name: String, of kind: GlobalID.Kind) -> [Int64] {
        strings(name).enumerated().compactMap { index, text in decode(text, of: kind, field: [name, String(index)]) }
    }

    private mutating func decode(_ text: String, of kind: GlobalID.Kind, field: [String]) -> Int64? {
        if let global = GlobalID(decoding: text), global.kind == kind { return global.id }
        userErrors.append(
            UserError(
                field: field,
                message: "This is not the ID of a \(kind.rawValue); use the `id` a \(kind.rawValue) gives.",
                code: "INVALID"))
        return nil
    }
}

extension MutationInput {
    /// The texts and links of `CreatePracticeDraftInput` and `UpdatePracticeInput`.
    mutating func practiceDraft() -> PracticeDraft {
        let texts = objects("texts").map { text in
            PracticeDraft.Text(
                language: text[field: "language"]?.enumName.map(Language.init(enumName:)) ?? .english,
                title: text[field: "title"]?.stringValue ?? "",
                summary: text[field: "summary"]?.stringValue ?? "",
                problem: text[field: "problem"]?.stringValue ?? "",
                approach: text[field: "approach"]?.stringValue ?? "",
                results: text[field: "results"]?.stringValue ?? "",
                lessons: text[field: "lessons"]?.stringValue ?? "",
                replicability: text[field: "replicability"]?.stringValue ?? "",
                // Stored as the seeds keep them: one text, keywords separated by commas.
                tags: (text[field: "tags"]?.stringList ?? []).map { $0.trimmed }.filter { !$0.isEmpty }
                    .joined(separator: ", "))
        }
        var draft = PracticeDraft(texts: texts)
        draft.leadOrganizationID = id("organizationId", of: .organization)
        draft.programID = id("programId", of: .program)
        draft.partnershipID = id("partnershipId", of: .partnership)
        draft.themeIDs = ids("themeIds", of: .theme)
        draft.sdgTargetIDs = ids("sdgTargetIds", of: .sdgTarget)
        draft.year = int("year")
        return draft
    }
}

extension String {
    /// The text without white space at either end.
    fileprivate var trimmed: String {
        trimmingCharacters(in: .whitespaces)
    }
}
