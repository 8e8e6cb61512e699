import Foundation
import Testing

@testable import HubServer

@Suite("The sign-in rate limit, stepped through time without a clock")
struct SignInRateLimitTests {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("five failures for one account in 15 minutes refuse the sixth until the first ages out")
    func perAccount() {
        var limit = SignInRateLimit()
        for minute in 0..<5 {
            #expect(limit.check(account: "ana@example.org", address: nil, now: start + Double(minute * 60)) == .allowed)
            limit.recordFailure(account: "ana@example.org", address: nil, now: start + Double(minute * 60))
        }
        let later = start + 5 * 60
        #expect(limit.check(account: "ana@example.org", address: nil, now: later) == .limited(retryAfterSeconds: 600))
        #expect(limit.check(account: "ANA@example.org ", address: nil, now: later) == .limited(retryAfterSeconds: 600))
        #expect(limit.check(account: "ben@example.org", address: nil, now: later) == .allowed)
        #expect(
            limit.check(account: "ana@example.org", address: nil, now: start + 15 * 60 - 0.5)
                == .limited(retryAfterSeconds: 1))
        #expect(limit.check(account: "ana@example.org", address: nil, now: start + 15 * 60) == .allowed)
    }

    @Test("twenty failures from one address refuse it for every account, other addresses go on")
    func perAddress() {
        var limit = SignInRateLimit()
        for index in 0..<20 {
            limit.recordFailure(
                account: "user\(index)@example.org", address: "198.51.100.7", now: start + Double(index))
        }
        #expect(
            limit.check(account: "new@example.org", address: "198.51.100.7", now: start + 20)
                == .limited(retryAfterSeconds: 880))
        #expect(limit.check(account: "new@example.org", address: "198.51.100.8", now: start + 20) == .allowed)
        #expect(limit.check(account: "new@example.org", address: nil, now: start + 20) == .allowed)
    }

    @Test("the longer of the two waits is the one reported")
    func longerWait() {
        var configuration = SignInRateLimit.Configuration()
        configuration.failuresPerAccount = 2
        configuration.failuresPerAddress = 2
        var limit = SignInRateLimit(configuration: configuration)
        limit.recordFailure(account: "ana@example.org", address: "a", now: start)
        limit.recordFailure(account: "ben@example.org", address: "a", now: start + 100)
        limit.recordFailure(account: "ana@example.org", address: "b", now: start + 200)
        // At 300 both the account (0, 200) and address a (0, 100) wait for the failure at 0.
        #expect(
            limit.check(account: "ana@example.org", address: "a", now: start + 300) == .limited(retryAfterSeconds: 600))
        limit.recordFailure(account: "ana@example.org", address: "a", now: start + 300)
        // Now the account (200, 300) waits until 1100, the address (100, 300) until 1000.
        #expect(
            limit.check(account: "ana@example.org", address: "a", now: start + 400) == .limited(retryAfterSeconds: 700))
    }

    @Test("a successful sign-in clears the account's failures but not the address's")
    func successClearsAccount() {
        var configuration = SignInRateLimit.Configuration()
        configuration.failuresPerAddress = 3
        var limit = SignInRateLimit(configuration: configuration)
        for second in 0..<3 {
            limit.recordFailure(account: "ana@example.org", address: "a", now: start + Double(second))
        }
        limit.recordSuccess(account: "Ana@Example.org")
        #expect(limit.check(account: "ana@example.org", address: nil, now: start + 5) == .allowed)
        #expect(
            limit.check(account: "ana@example.org", address: "a", now: start + 5) == .limited(retryAfterSeconds: 895))
    }

    @Test("a limit of zero is off, and past the key cap the oldest keys are forgotten")
    func zeroAndForgetting() {
        var configuration = SignInRateLimit.Configuration()
        configuration.failuresPerAccount = 0
        configuration.maximumTrackedKeys = 3
        var limit = SignInRateLimit(configuration: configuration)
        for index in 0..<10 {
            limit.recordFailure(account: "user\(index)@example.org", address: nil, now: start + Double(index))
        }
        #expect(limit.check(account: "user9@example.org", address: nil, now: start + 10) == .allowed)
        #expect(limit.trackedKeys == 3)
    }
}
