// HubServer puts the hub on the network: HTTPS (TLS 1.2+), GraphQL over HTTP, member sessions
// and API keys, rate and size limits, health and metrics. It arrives with the server issue;
// this file marks the module's place until then.
import HubAPI

/// The module's name, for log lines.
public enum HubServerModule {
    public static let name = "HubServer"
}
