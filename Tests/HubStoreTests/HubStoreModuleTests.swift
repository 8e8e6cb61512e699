import Testing
@testable import HubStore

@Test func moduleIsLinked() {
    #expect(HubStoreModule.name == "HubStore")
}
