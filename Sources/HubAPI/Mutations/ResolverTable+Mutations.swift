extension ResolverTable {
    /// `Mutation` and what it adds to the schema: payloads, `UserError`, and the fields through
    /// which a member reads back what they wrote (bookmarks, review trails); the account
    /// mutations answer through the authentication service.
    mutating func addMutations() {
        addPracticeMutations()
        addMemberMutations()
        addAccountMutations()
        addUserErrorResolvers()
        addMemberFields()
    }
}
