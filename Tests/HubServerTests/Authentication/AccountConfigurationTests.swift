import Testing

@testable import HubServer

@Suite("Account settings from the environment")
struct AccountConfigurationTests {
    @Test("without variables the defaults hold: invitation only, 30-day sessions, 5 and 20 failures in 15 minutes")
    func defaults() throws {
        let configuration = try AccountServiceConfiguration(environment: ["PEERHUB_SIGNUP": ""])
        #expect(configuration.signUp == .invitationOnly)
        #expect(configuration.sessionLifetime == 30 * 24 * 3600)
        #expect(configuration.invitationLifetime == 14 * 24 * 3600)
        #expect(configuration.rateLimit == SignInRateLimit.Configuration())
        #expect(configuration.passwordHasher.iterations == 600_000)
    }

    @Test("each variable sets its setting")
    func everyVariable() throws {
        let configuration = try AccountServiceConfiguration(environment: [
            "PEERHUB_SIGNUP": "open", "PEERHUB_SESSION_DAYS": "7", "PEERHUB_INVITATION_DAYS": "2",
            "PEERHUB_SIGNIN_FAILURES_PER_ACCOUNT": "3", "PEERHUB_SIGNIN_FAILURES_PER_ADDRESS": "0",
            "PEERHUB_SIGNIN_WINDOW_SECONDS": "60",
        ])
        #expect(configuration.signUp == .open)
        #expect(configuration.sessionLifetime == 7 * 24 * 3600)
        #expect(configuration.invitationLifetime == 2 * 24 * 3600)
        #expect(configuration.rateLimit.failuresPerAccount == 3)
        #expect(configuration.rateLimit.failuresPerAddress == 0)
        #expect(configuration.rateLimit.window == 60)
        #expect(AccountServiceConfiguration.environmentVariables.count == 6)
    }

    @Test(
        "a value that cannot be used names the variable and what it accepts",
        arguments: [
            ("PEERHUB_SIGNUP", "everyone", "PEERHUB_SIGNUP=everyone is not a sign-up policy; use invitation or open"),
            ("PEERHUB_SESSION_DAYS", "0", "PEERHUB_SESSION_DAYS=0 is not a whole number from 1 to 365"),
            (
                "PEERHUB_SIGNIN_WINDOW_SECONDS", "15m",
                "PEERHUB_SIGNIN_WINDOW_SECONDS=15m is not a whole number from 1 to 86400"
            ),
        ])
    func refused(name: String, value: String, message: String) {
        #expect(throws: AccountConfigurationError(message)) {
            _ = try AccountServiceConfiguration(environment: [name: value])
        }
    }
}
