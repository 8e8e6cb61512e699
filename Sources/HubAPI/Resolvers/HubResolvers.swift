extension ResolverTable {
    /// Every resolver of the hub's schema; `HubAPI` binds them and refuses to start when a
    /// field of `schema.graphql` has none.
    static var hub: ResolverTable {
        var table = ResolverTable()
        table.addNodeResolvers()
        table.addPageInfo()
        table.addPracticeListing()
        table.addPracticeResolvers()
        table.addOrganizationResolvers()
        table.addVocabularyResolvers()
        table.addMutations()
        return table
    }
}
