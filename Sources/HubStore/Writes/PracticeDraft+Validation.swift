import Foundation

extension PracticeDraft {
    /// The languages a practice's text may be in, as `practice_text` allows them.
    static let languages: [Language] = [.english, .french, .spanish]

    /// Checks what can be checked without the database: texts present, one per language, titles
    /// given, lengths within limits, a plausible year, not too many links.
    func checkForm(into problems: inout ProblemList, now: Date) {
        if texts.isEmpty {
            problems.add(.required, ["texts"], "a practice needs its text in at least one language (English or French)")
        }
        var seen: Set<Language> = []
        for (index, text) in texts.enumerated() {
            let field = ["texts", String(index)]
            if !Self.languages.contains(text.language) {
                problems.add(
                    .invalid, field + ["language"],
                    "the language \(text.language.rawValue) is not one the hub keeps texts in: use en, fr or es")
            } else if !seen.insert(text.language).inserted {
                problems.add(
                    .invalid, field + ["language"],
                    "the \(text.language.rawValue) text is given twice; keep one text per language")
            }
            if text.title.isBlank {
                problems.add(.required, field + ["title"], "the title is required")
            }
            let limits: [(String, String, Int)] = [
                ("title", text.title, PracticeTextLimit.title),
                ("summary", text.summary, PracticeTextLimit.summary),
                ("problem", text.problem, PracticeTextLimit.part),
                ("approach", text.approach, PracticeTextLimit.part),
                ("results", text.results, PracticeTextLimit.part),
                ("lessons", text.lessons, PracticeTextLimit.part),
                ("replicability", text.replicability, PracticeTextLimit.part),
                ("tags", text.tags, PracticeTextLimit.tags),
            ]
            for (name, value, limit) in limits where value.count > limit {
                problems.add(
                    .tooLong, field + [name],
                    "the \(name) has \(value.count) characters; shorten it to \(limit) at most")
            }
        }
        if let year {
            let thisYear = Calendar(identifier: .gregorian).component(.year, from: now)
            if year < 1950 || year > thisYear {
                problems.add(.invalid, ["year"], "the year must be between 1950 and \(thisYear); \(year) is not")
            }
        }
        for (field, ids) in [("themeIds", themeIDs), ("sdgTargetIds", sdgTargetIDs)] where ids.count > Self.maximumLinks
        {
            problems.add(
                .tooLong, [field], "\(ids.count) are given; choose the \(Self.maximumLinks) that fit best")
        }
    }
}

extension StoreReader {
    /// Checks that what a draft links to exists, and returns the lead organization: the one the
    /// draft names, or the organization of the person the author's account belongs to.
    func checkLinks(of draft: PracticeDraft, author: Int64, into problems: inout ProblemList) throws -> Int64? {
        var lead = draft.leadOrganizationID
        if let id = lead {
            if try organizations(ids: [id]).isEmpty {
                problems.add(.notFound, ["organizationId"], "there is no organization with this id")
                lead = nil
            }
        } else {
            lead = try accountOrganization(author)
            if lead == nil {
                problems.add(
                    .required, ["organizationId"],
                    "your account is not linked to an organization; name the organization whose practice this is")
            }
        }
        var partnershipProgram: Int64?? = nil
        if let id = draft.partnershipID {
            if let partnership = try partnerships(ids: [id])[id] {
                partnershipProgram = .some(partnership.programID)
            } else {
                problems.add(.notFound, ["partnershipId"], "there is no partnership with this id")
            }
        }
        if let id = draft.programID {
            if try programs(ids: [id]).isEmpty {
                problems.add(.notFound, ["programId"], "there is no program with this id")
            } else if case .some(.some(let other)) = partnershipProgram, other != id {
                problems.add(
                    .invalid, ["partnershipId"],
                    "this partnership belongs to another program; choose that program or another partnership")
            }
        }
        let themes = try self.themes(ids: draft.themeIDs)
        for (index, id) in draft.themeIDs.enumerated() where themes[id] == nil {
            problems.add(.notFound, ["themeIds", String(index)], "there is no theme with this id")
        }
        let targets = try sdgTargets(ids: draft.sdgTargetIDs)
        for (index, id) in draft.sdgTargetIDs.enumerated() where targets[id] == nil {
            problems.add(.notFound, ["sdgTargetIds", String(index)], "there is no SDG target with this id")
        }
        return lead
    }

    /// The organization of the person an account belongs to, if the account is linked to one.
    func accountOrganization(_ account: Int64) throws -> Int64? {
        try fetchOne(
            Int64.self,
            """
            SELECT person.organization_id FROM member_account JOIN person ON person.id = member_account.person_id
            WHERE member_account.id = ?
            """, [account])
    }
}

extension String {
    /// Whether the text is empty or only white space.
    var isBlank: Bool {
        allSatisfy(\.isWhitespace)
    }
}
