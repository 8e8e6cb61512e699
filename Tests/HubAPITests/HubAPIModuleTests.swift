import Testing
@testable import HubAPI

@Test func moduleIsLinked() {
    #expect(HubAPIModule.name == "HubAPI")
}
