import Foundation
import HubAPI
import HubStore

/// Sign-up, sign-in, sign-out and password changes: the operations that open and close sessions.
extension AccountService {
    /// Creates an account and signs it in. By invitation, the account gets the invitation's
    /// role and must use the invited address; open sign-up (when configured) makes members.
    public func signUp(_ request: SignUpRequest, caller: Caller) async throws -> AccountOutcome<SignedIn> {
        let email = AccountInput.normalizedEmail(request.email)
        let displayName = request.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems = AccountInput.emailProblems(email) + AccountInput.nameProblems(displayName, field: "displayName")
        problems += configuration.passwordPolicy.problems(password: request.password, email: email, field: "password")

        var invitation: StoredInvitation?
        let code = request.invitation.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        let date = now()
        if !code.isEmpty {
            if let token = SecretToken(parsing: code), token.kind == .invitation,
                let found = try await database.read({ try $0.invitation(codeHash: token.hash) }),
                found.acceptedAt == nil, found.expiresAt > date
            {
                invitation = found
                if found.email.lowercased() != email.lowercased() {
                    problems.append(AccountProblem.invitationForAnotherEmail)
                }
            } else {
                problems.append(AccountProblem.invitationInvalid)
            }
        } else if !configuration.signUp.isOpen {
            problems.append(AccountProblem.invitationRequired)
        }
        guard problems.isEmpty else { return .rejected(problems) }
        if try await database.read({ try $0.account(email: email) }) != nil {
            return .rejected([AccountProblem.emailTaken])
        }

        let passwordHash = await hashPassword(request.password)
        let role = invitation?.role ?? .member
        let lifetime = configuration.sessionLifetime
        let invitationID = invitation?.id
        let created: SignUpWrite = try await database.write { writer in
            // Checked again inside the transaction (the only writer): another sign-up may have
            // taken the email or used the invitation while the password was hashed.
            if try writer.reader.account(email: email) != nil { return .taken }
            if let invitationID, try writer.reader.invitation(id: invitationID)?.acceptedAt != nil {
                return .invitationUsed
            }
            let account = try writer.insertAccount(
                email: email, displayName: displayName, passwordHash: passwordHash, role: role, createdAt: date)
            if let invitationID { try writer.acceptInvitation(id: invitationID, accountID: account.id, at: date) }
            let session = try Self.openSession(writer, accountID: account.id, at: date, lifetime: lifetime)
            return .created(account, session.token, session.expiresAt)
        }
        switch created {
        case .taken:
            return .rejected([AccountProblem.emailTaken])
        case .invitationUsed:
            return .rejected([AccountProblem.invitationInvalid])
        case .created(let account, let token, let expiresAt):
            return .success(
                SignedIn(account: Account(account), token: token.value, expiresAt: Self.timestamp(expiresAt)))
        }
    }

    /// Checks an email and password and opens a session. Every failure says the same thing and
    /// costs one full password hash, whether or not the email has an account.
    ///
    /// - Throws: ``RateLimited`` when the account or the caller's address failed too often lately.
    public func signIn(email: String, password: String, caller: Caller) async throws -> AccountOutcome<SignedIn> {
        let email = AccountInput.normalizedEmail(email)
        let address = caller.clientAddress
        if case .limited(let seconds) = await throttle.check(account: email, address: address, now: now()) {
            throw RateLimited.signIn(retryAfterSeconds: seconds)
        }
        let account = try await database.read { try $0.account(email: email) }
        let verification = await verifyPassword(password, against: account?.passwordHash ?? unmatchableHash)
        guard let account, verification.matches else {
            await throttle.recordFailure(account: email, address: address, now: now())
            return .rejected([AccountProblem.invalidCredentials])
        }
        // Only someone who knows the password learns that the account is disabled.
        if account.isDisabled { return .rejected([AccountProblem.accountDisabled]) }
        await throttle.recordSuccess(account: email)

        var rehashed: String?
        if verification == .needsRehash { rehashed = await hashPassword(password) }
        let date = now()
        let lifetime = configuration.sessionLifetime
        let newHash = rehashed
        let session = try await database.write { writer in
            if let rehashed = newHash { try writer.updatePasswordHash(accountID: account.id, to: rehashed) }
            try writer.deleteExpiredSessions(before: date)
            return try Self.openSession(writer, accountID: account.id, at: date, lifetime: lifetime)
        }
        return .success(
            SignedIn(
                account: Account(account), token: session.token.value, expiresAt: Self.timestamp(session.expiresAt)))
    }

    /// Ends the caller's session: its token stops working at once.
    public func signOut(caller: Caller) async throws {
        let (session, _) = try requireSession(caller, to: "sign out")
        guard let hash = session.tokenHash else { return }
        _ = try await database.write { try $0.deleteSession(tokenHash: hash) }
    }

    /// Replaces the caller's password after checking the current one, and ends every other
    /// session of the account (a changed password locks out whoever else had one).
    ///
    /// - Throws: ``RateLimited`` after too many wrong current passwords, as for sign-in.
    public func changePassword(current: String, new: String, caller: Caller) async throws -> AccountOutcome<Account> {
        let (session, signedIn) = try requireSession(caller, to: "change your password")
        guard let stored = try await database.read({ try $0.account(id: signedIn.id) }), !stored.isDisabled else {
            throw AuthorizationError(.unauthenticated, "This account no longer exists or is disabled; sign in again.")
        }
        let address = caller.clientAddress
        if case .limited(let seconds) = await throttle.check(account: stored.email, address: address, now: now()) {
            throw RateLimited.signIn(retryAfterSeconds: seconds)
        }
        guard await verifyPassword(current, against: stored.passwordHash).matches else {
            await throttle.recordFailure(account: stored.email, address: address, now: now())
            return .rejected([AccountProblem.incorrectCurrentPassword])
        }
        let problems = configuration.passwordPolicy.problems(password: new, email: stored.email, field: "newPassword")
        guard problems.isEmpty else { return .rejected(problems) }
        let passwordHash = await hashPassword(new)
        let keeping = session.tokenHash
        try await database.write { writer in
            try writer.updatePasswordHash(accountID: stored.id, to: passwordHash)
            try writer.deleteSessions(accountID: stored.id, keeping: keeping)
        }
        return .success(Account(stored))
    }
}

/// What the sign-up transaction did.
private enum SignUpWrite: Sendable {
    case created(MemberAccount, SecretToken, Date)
    case taken
    case invitationUsed
}
