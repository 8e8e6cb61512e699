import Testing
@testable import HubServer

@Test func moduleIsLinked() {
    #expect(HubServerModule.name == "HubServer")
}
