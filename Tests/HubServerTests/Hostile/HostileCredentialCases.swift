@testable import HubServer

/// Hostile credentials: forged, expired, revoked by disabling the account, of the wrong kind
/// or shape, and an API key used where only a member's session may go. A credential that
/// identifies nobody is refused before execution (401); one that identifies a caller who may
/// not run a field gets a field error, so 200 with `data` null (GraphQL over HTTP, "Field
/// errors encountered during execution").
enum HostileCredentialCases {
    /// A token with a real prefix and a random body of the right length and alphabet.
    static func forged(_ prefix: String) -> HostileHub.Credential {
        .raw("Bearer " + prefix + SecretToken.randomBase64URL(byteCount: 32))
    }

    static let viewer = "{ viewer { account { email } } }"
    static let draft = #"mutation { createPracticeDraft(input: { texts: [{ language: EN, title: "Hostile" }] }) { practice { key } } }"#

    static let all: [HostileCase] = [
        .post(
            "a forged session token is refused", viewer, credential: forged("phs_"), status: 401, codes: ["UNAUTHENTICATED"],
            fragments: ["not valid (signed out or never issued)"]),
        .post(
            "a forged API key is refused", viewer, credential: forged("phk_"), status: 401, codes: ["UNAUTHENTICATED"],
            fragments: ["This API key is not valid"]),
        .post(
            "an invitation code used as a credential is refused", viewer, credential: forged("phi_"), status: 401,
            codes: ["UNAUTHENTICATED"], fragments: ["An invitation code is not a credential"]),
        .post(
            "a session token one character short is refused", viewer,
            credential: .raw("Bearer phs_" + SecretToken.randomBase64URL(byteCount: 32).dropLast()), status: 401,
            codes: ["UNAUTHENTICATED"], fragments: ["not a PeerHub credential"]),
        .post(
            "a 100 KB bearer token is refused", viewer, credential: .raw("Bearer phs_" + repeated("A", 100_000)), status: 401,
            codes: ["UNAUTHENTICATED"]),
        .post(
            "a token with SQL in it is refused", viewer, credential: .raw("Bearer phs_'; DROP TABLE session; --"), status: 401,
            codes: ["UNAUTHENTICATED"]),
        .post(
            "Basic credentials are refused", viewer, credential: .raw("Basic YWRtaW46YWRtaW4="), status: 401,
            codes: ["UNAUTHENTICATED"]),
        .post(
            "an expired session is refused", viewer, credential: .expiredSession, status: 401, codes: ["UNAUTHENTICATED"],
            fragments: ["sign in again"]),
        .post(
            "a disabled account's session is refused", viewer, credential: .disabledAccountSession, status: 401,
            codes: ["UNAUTHENTICATED"], fragments: ["sign in again"]),
        .post(
            "a disabled account's API key is refused", viewer, credential: .disabledAccountKey, status: 401,
            codes: ["UNAUTHENTICATED"], fragments: ["This account is disabled"]),
        .post(
            "an API key used for a mutation is forbidden", draft, credential: .apiKey, status: 200, codes: ["FORBIDDEN"], fragments: [#""data":null"#]),
        .post(
            "an API key used to sign out is forbidden", "mutation { signOut { signedOut } }", credential: .apiKey, status: 200,
            codes: ["FORBIDDEN"], fragments: [#""data":null"#]),
        .post(
            "an API key used to make another key is forbidden",
            #"mutation { createAPIKey(input: { name: "more" }) { secret } }"#, credential: .apiKey, status: 200,
            codes: ["FORBIDDEN"], fragments: [#""data":null"#]),
        .post(
            "an API key still reads", viewer, credential: .apiKey, status: 200,
            fragments: [#"{"data":{"viewer":{"account":{"email":"member@example.org"}}}}"#]),
        .post(
            "an anonymous mutation is refused as unauthenticated", draft, status: 200, codes: ["UNAUTHENTICATED"],
            fragments: [#""data":null"#]),
        .post(
            "a member inviting people is forbidden", #"mutation { createInvitation(input: { email: "x@example.org" }) { invitation { code } } }"#,
            credential: .member, status: 200, codes: ["FORBIDDEN"], fragments: [#""data":null"#]),
    ]
}
