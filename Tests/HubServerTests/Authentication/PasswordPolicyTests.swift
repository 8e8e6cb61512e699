import HubAPI
import Testing

@testable import HubServer

@Suite("The password policy and the account inputs")
struct PasswordPolicyTests {
    @Test(
        "weak passwords get a problem a form can show, strong ones none",
        arguments: [
            ("short pass", "TOO_SHORT"),
            (String(repeating: "long words ", count: 30), "TOO_LONG"),
            ("anabelle@example.org", "CONTAINS_EMAIL"),
            ("my anabelle secret", "CONTAINS_EMAIL"),
            ("aaaaaaaaaaaaaaa", "TOO_COMMON"),
            ("Password12345!", "TOO_COMMON"),
            ("plum orchard lantern", nil),
            ("correct horse battery staple", nil),
        ] as [(String, String?)])
    func policy(password: String, code: String?) {
        let problems = PasswordPolicy().problems(password: password, email: "anabelle@example.org", field: "password")
        #expect(problems.map(\.code) == (code.map { [$0] } ?? []))
        #expect(problems.allSatisfy { $0.field == "password" && !$0.message.contains(password) })
    }

    @Test(
        "emails need one @ between two non-empty parts and no blanks",
        arguments: [
            ("ana@example.org", true), ("admin@localhost", true), ("ana", false), ("@example.org", false),
            ("ana@", false), ("ana@@example.org", false), ("an a@example.org", false), ("ana@example.org.", false),
        ])
    func emails(email: String, valid: Bool) {
        #expect(AccountInput.emailProblems(email).isEmpty == valid)
    }

    @Test("names must not be blank or longer than 100 characters")
    func names() {
        #expect(AccountInput.nameProblems("Ana", field: "displayName").isEmpty)
        #expect(AccountInput.nameProblems("  ", field: "displayName").map(\.code) == ["REQUIRED"])
        #expect(
            AccountInput.nameProblems(String(repeating: "a", count: 101), field: "name").map(\.code) == ["TOO_LONG"])
    }
}
