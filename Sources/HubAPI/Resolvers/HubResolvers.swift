extension ResolverTable {
    /// Every resolver of the hub's schema; `HubAPI` binds them and refuses to start when a
    /// field of `schema.graphql` has none.
    static var hub: ResolverTable {
        var table = ResolverTable()
        table.addNodeResolvers()
        table.addPageInfo()
        table.addReferenceLists()
        table.addPracticeListing()
        table.addPracticeResolvers()
        table.addPracticeRelations()
        table.addResultResolvers()
        table.addPublicationListing()
        table.addPublicationResolvers()
        table.addOrganizationListing()
        table.addOrganizationResolvers()
        table.addVocabularyResolvers()
        table.addProgramResolvers()
        table.addPartnershipResolvers()
        table.addPeopleResolvers()
        table.addNetworkResolvers()
        table.addStatsResolvers()
        table.addViewerResolvers()
        table.addMutations()
        return table
    }
}
