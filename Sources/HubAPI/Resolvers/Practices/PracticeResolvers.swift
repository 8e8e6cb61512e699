import GraphQLEngine
import HubStore

extension ResolverTable {
    /// The fields of `Practice` and `PracticeContent`.
    mutating func addPracticeResolvers() {
        object("Practice", as: Practice.self) { practice in
            practice.value("id") { .id(.practice, $0.id) }
            practice.value("key") { .string($0.key) }
            practice.field("title") { practice, input in input.loadText(TextLoaders.practice, id: practice.id, .title) }
            practice.field("content") { practice, input in
                input.loadText(TextLoaders.practice, id: practice.id, .content)
            }
            practice.value("status") { .vocabulary($0.status) }
            practice.value("evidenceLevel") { .vocabulary($0.evidenceLevel) }
            practice.value("year") { .optional($0.year.map(FieldValue.int)) }
            practice.field("municipality") { practice, input in
                input.load(RecordLoaders.organization, key: practice.leadOrganizationID)
            }
            practice.field("themes") { practice, input in
                input.load(ChildLoaders.practiceThemes, key: practice.id)
            }
        }
        object("PracticeContent", as: LocalizedContent<PracticeText>.self) { content in
            content.value("language") { .vocabulary($0.text.language) }
            content.value("isFallback") { .boolean($0.isFallback) }
            content.value("title") { .string($0.text.title) }
            content.value("summary") { .string($0.text.summary) }
            content.value("problem") { .string($0.text.problem) }
            content.value("approach") { .string($0.text.approach) }
            content.value("results") { .string($0.text.results) }
            content.value("lessons") { .string($0.text.lessons) }
            content.value("replicability") { .string($0.text.replicability) }
            content.value("tags") { .list(Self.tags($0.text.tags).map(FieldValue.string)) }
        }
    }

    /// Comma-separated keywords as a list, blanks trimmed and empty ones left out.
    static func tags(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
