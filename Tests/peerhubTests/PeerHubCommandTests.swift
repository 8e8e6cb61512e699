import Testing
@testable import peerhub

@Test func commandIsNamedPeerhub() {
    #expect(PeerHubCommand.configuration.commandName == "peerhub")
}
