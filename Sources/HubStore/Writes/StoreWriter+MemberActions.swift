import Foundation

/// What a replication recorded by a member says: which practice their organization took up, how
/// far it got, and when.
public struct ReplicationReport: Hashable, Sendable {
    /// The published practice that was replicated.
    public var practiceID: Int64
    /// The organization that replicated it; nil for the member's own (their person's
    /// organization). A member may name only their own organization; see
    /// ``StoreWriter/recordReplication(_:by:mayNameAnyOrganization:now:)``.
    public var organizationID: Int64?
    /// How far the replication got.
    public var status: ReplicationStatus = .adopted
    /// When, as ISO 8601 as precise as known: `2019`, `2019-04` or `2019-04-12`.
    public var date: String?
    /// What was adapted, what worked, at most 2,000 characters.
    public var notes: String = ""

    /// A replication of `practiceID` by the member's own organization.
    public init(practiceID: Int64) {
        self.practiceID = practiceID
    }
}

/// Members' bookmarks and replications.
extension StoreWriter {
    /// Saves practice `id` among the account's bookmarks; bookmarking it again changes nothing.
    /// A member may bookmark published practices and their own.
    public func bookmarkPractice(_ id: Int64, by account: Int64, now: Date = Date()) throws -> WriteOutcome<Int64> {
        guard let practice = try reader.practices(ids: [id])[id],
            practice.status == .published || practice.authorAccountID == account
        else {
            return .refused([WriteProblem(.notFound, ["practiceId"], "there is no published practice with this id")])
        }
        try execute(
            "INSERT OR IGNORE INTO bookmark (account_id, practice_id, created_at) VALUES (?, ?, ?)",
            [account, id, StoreTime.text(now)])
        return .written(id)
    }

    /// Removes practice `id` from the account's bookmarks; removing one that is not there
    /// changes nothing.
    public func removeBookmark(_ id: Int64, by account: Int64) throws -> WriteOutcome<Int64> {
        try execute("DELETE FROM bookmark WHERE account_id = ? AND practice_id = ?", [account, id])
        return .written(id)
    }

    /// Records that an organization replicated a published practice; returns the replication's id.
    ///
    /// The organization is the member's own, the organization of the person their account is
    /// linked to, unless the report names one; a member may name only their own organization,
    /// an account allowed to act for any (`mayNameAnyOrganization`, the admins) any. An
    /// organization does not replicate its own practice, and records a practice once.
    public func recordReplication(
        _ report: ReplicationReport, by account: Int64, mayNameAnyOrganization: Bool = false, now: Date = Date()
    ) throws -> WriteOutcome<Int64> {
        var problems = ProblemList()
        let practice = try reader.practices(ids: [report.practiceID])[report.practiceID]
        if practice?.status != .published {
            problems.add(.notFound, ["practiceId"], "there is no published practice with this id")
        }
        let own = try reader.accountOrganization(account)
        var organization = report.organizationID ?? own
        if let named = report.organizationID, named != own, !mayNameAnyOrganization {
            problems.add(
                .notOwnOrganization, ["organizationId"],
                "you may record replications by your own organization only; leave the organization out to use yours")
            organization = nil
        } else if let named = report.organizationID, try reader.organizations(ids: [named]).isEmpty {
            problems.add(.notFound, ["organizationId"], "there is no organization with this id")
            organization = nil
        } else if organization == nil {
            problems.add(
                .required, ["organizationId"],
                "your account is not linked to an organization, so the hub cannot tell which one replicated it")
        }
        if let organization, let practice, practice.status == .published {
            if organization == practice.leadOrganizationID {
                problems.add(
                    .invalid, ["organizationId"], "this is the organization's own practice; it cannot replicate it")
            } else if try reader.fetchOne(
                Int.self, "SELECT 1 FROM replication WHERE practice_id = ? AND adopting_organization_id = ?",
                [report.practiceID, organization]) != nil
            {
                problems.add(
                    .duplicate, ["practiceId"], "this organization's replication of the practice is recorded already")
            }
        }
        if let date = report.date, !Self.isPartialDate(date) {
            problems.add(.invalid, ["date"], "write the date as 2019, 2019-04 or 2019-04-12")
        }
        if report.notes.count > PracticeTextLimit.note {
            problems.add(
                .tooLong, ["notes"],
                "the notes have \(report.notes.count) characters; shorten them to \(PracticeTextLimit.note) at most")
        }
        let known: [ReplicationStatus] = [.planned, .piloting, .adopted, .abandoned]
        if !known.contains(report.status) {
            problems.add(.invalid, ["status"], "the status must be planned, piloting, adopted or abandoned")
        }
        guard problems.isEmpty, let organization else { return .refused(problems.problems) }
        let id = try insert(
            """
            INSERT INTO replication (practice_id, adopting_organization_id, date, status, notes,
                recorded_by_account_id, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                report.practiceID, organization, report.date, report.status.rawValue, report.notes.trimmed, account,
                StoreTime.text(now),
            ])
        return .written(id)
    }

    /// Whether `text` is a date as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, valid.
    static func isPartialDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count > 1 && !(1...12).contains(numbers[1]) { return false }
        if numbers.count > 2 {
            var components = DateComponents(year: numbers[0], month: numbers[1], day: numbers[2])
            components.calendar = Calendar(identifier: .gregorian)
            return components.isValidDate
        }
        return true
    }
}
