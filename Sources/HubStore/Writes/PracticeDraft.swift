/// What a member writes about a practice: its text in one or more languages and what it is
/// linked to. Creating a draft and saving an edit both take the whole of it, as a form saves
/// all its fields; what the draft had and the input lacks is removed (a language's text, a
/// theme, the program).
///
/// ```swift
/// var draft = PracticeDraft(texts: [PracticeDraft.Text(language: .english, title: "Composting in Magog")])
/// draft.themeIDs = [wasteTheme.id]
/// let outcome = try database.writeUnlessRefused { try $0.createPracticeDraft(draft, by: account) }
/// ```
public struct PracticeDraft: Hashable, Sendable {
    /// A practice's text in one language, in the parts of the case-study template.
    public struct Text: Hashable, Sendable {
        /// The text's language (`en`, `fr` or `es`), given once per draft.
        public var language: Language
        public var title: String
        public var summary: String
        public var problem: String
        public var approach: String
        public var results: String
        public var lessons: String
        /// The conditions under which it can be done elsewhere.
        public var replicability: String
        /// Keywords, separated by commas.
        public var tags: String

        /// A text with a title and, optionally, the other parts.
        public init(
            language: Language, title: String, summary: String = "", problem: String = "", approach: String = "",
            results: String = "", lessons: String = "", replicability: String = "", tags: String = ""
        ) {
            self.language = language
            self.title = title
            self.summary = summary
            self.problem = problem
            self.approach = approach
            self.results = results
            self.lessons = lessons
            self.replicability = replicability
            self.tags = tags
        }
    }

    /// The texts, one per language, at least one.
    public var texts: [Text]
    /// The organization whose practice it is; nil for the author's own (their person's
    /// organization), refused when the author's account has none.
    public var leadOrganizationID: Int64?
    /// The program under which it was done, if any.
    public var programID: Int64?
    /// The partnership under which it was done, if any; it must belong to `programID` when
    /// both are given.
    public var partnershipID: Int64?
    /// Priority themes and sectors, at most ``PracticeDraft/maximumLinks``.
    public var themeIDs: [Int64] = []
    /// SDG targets, at most ``PracticeDraft/maximumLinks``.
    public var sdgTargetIDs: [Int64] = []
    /// The year it was done.
    public var year: Int?

    /// A draft with these texts and nothing linked yet.
    public init(texts: [Text]) {
        self.texts = texts
    }

    /// The most themes, and the most SDG targets, a practice may have.
    public static let maximumLinks = 12
}

/// The longest text each part of a practice may hold, in characters.
enum PracticeTextLimit {
    static let title = 200
    static let summary = 1_000
    static let tags = 500
    /// Problem, approach, results, lessons, replicability.
    static let part = 20_000
    /// A moderator's reason for rejecting, and a replication's notes.
    static let note = 2_000
}
