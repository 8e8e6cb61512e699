// HubServer puts the hub on the network: HTTPS (TLS 1.2+), GraphQL over HTTP, member sessions
// and API keys, rate and size limits, health and metrics.
import HubAPI

/// Turns what a request carries (its `Authorization` header and the client's address) into
/// the ``Caller`` the API runs it for. The account service implements it; the HTTP layer calls
/// it once per request.
public protocol CallerIdentifying: Sendable {
    /// The caller behind `authorization` (the header's whole value, e.g. `Bearer …`), or
    /// anonymous when there is none.
    ///
    /// - Throws: ``AuthorizationError`` with `.unauthenticated` when a credential is given but
    ///   is forged, expired, revoked or belongs to a disabled account.
    func identify(authorization: String?, clientAddress: String?) async throws(AuthorizationError) -> Caller
}
