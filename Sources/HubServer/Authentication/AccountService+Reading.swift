import HubStore

extension AccountService {
    /// Reads the store on the calling thread, as the API's resolvers do (`RequestContext.read`).
    ///
    /// GRDB's asynchronous read keeps its reader connection until it resumes on a thread of the
    /// concurrency pool. While the resolvers of other requests blocked every pool thread (two on
    /// a two-core machine) in synchronous reads waiting for a reader, the credential lookups'
    /// asynchronous reads held every reader and could never resume: the whole server stopped
    /// answering, `/health` included (`scripts/bench http`'s network row, eight researchers
    /// signed in at once, wedged it within a second). Reading synchronously everywhere, a reader
    /// is always given back by the thread that took it.
    func readNow<T>(_ body: (StoreReader) throws -> T) throws -> T {
        try database.read(body)
    }
}
