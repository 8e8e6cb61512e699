import ArgumentParser

/// `peerhub`: the hub's command line.
@main
struct PeerHubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peerhub",
        abstract: "PeerHub, the knowledge-sharing hub for municipal international cooperation."
    )
}
