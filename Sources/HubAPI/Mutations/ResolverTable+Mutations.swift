extension ResolverTable {
    /// `Mutation` and what it adds to the schema: payloads, `UserError`, and the fields through
    /// which a member reads back what they wrote (bookmarks, review trails). The account
    /// mutations come with the schema's `Account` type.
    mutating func addMutations() {
        addPracticeMutations()
        addMemberMutations()
        addUserErrorResolvers()
        addMemberFields()
    }
}
