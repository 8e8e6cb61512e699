import ArgumentParser
import Foundation
import GraphQLEngine
import GraphQLOverHTTP
import HubAPI
import HubStore

/// `peerhub query 'QUERY' [--variables JSON] [--database FILE]`: runs an operation against a
/// database file without a server, as an anonymous caller, and prints the JSON response.
struct QueryCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a GraphQL operation against a database file and print the JSON response.",
        discussion: """
            Runs as an anonymous caller (what anyone may read), with the API's cost budget and \
            limits; account operations (sign-in, API keys) need the server and are refused. Prints \
            the response, {"data": …, "errors": […]}, indented, and exits 0 when it has no errors, \
            1 when it has some, 2 when the database or the variables cannot be read. Without \
            --database: $\(StoreLocation.databaseVariable), else \(StoreLocation.defaultDatabase).
            """
    )

    @Argument(
        help: ArgumentHelp("The operation, e.g. '{ practices(first: 3) { nodes { key } } }'.", valueName: "query"))
    var query: String

    @Option(name: .long, help: ArgumentHelp("The variables, as a JSON object.", valueName: "json"))
    var variables: String?

    @Option(name: .long, help: ArgumentHelp("The database file to read.", valueName: "file"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp("The operation to run, when the document has several.", valueName: "name"))
    var operationName: String?

    func execute(in context: ToolContext) -> CommandOutput {
        let path = StoreLocation.database(option: database, context: context)
        guard FileManager.default.fileExists(atPath: path) else {
            return .failure(
                "peerhub: there is no database at \(path); `peerhub seed --database \(path)` creates one\n",
                exitCode: ExitStatus.usage)
        }
        let values: [String: InputValue]
        do {
            values = try variables.map(Self.parseVariables) ?? [:]
        } catch {
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
        }
        let api: HubAPI
        do {
            var options = HubDatabase.Options()
            options.readOnly = true
            let store = try HubDatabase(path: path, options: options)
            api = try HubAPI(database: store, authentication: NoAccounts())
        } catch {
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
        }
        let request = GraphQLRequest(query: query, operationName: operationName, variables: values)
        let result = runBlocking { await api.execute(request, caller: .anonymous()) }
        return .success(
            indentedJSON(result.jsonBytes()) + "\n",
            exitCode: result.errors.isEmpty ? ExitStatus.success : ExitStatus.invalidInput)
    }

    /// `--variables`: a JSON object, its values as GraphQL input values, read as the server
    /// reads a request's `variables`.
    static func parseVariables(_ text: String) throws(VariablesError) -> [String: InputValue] {
        let value: InputValue
        do throws(JSONReadError) {
            value = try JSONReader.read(Array(text.utf8))
        } catch {
            throw VariablesError(reason: "--variables is not valid JSON (\(error.message))")
        }
        guard case .object(let fields) = value else {
            throw VariablesError(reason: "--variables must be a JSON object, e.g. '{\"first\": 5}'")
        }
        var values: [String: InputValue] = [:]
        for field in fields { values[field.name] = field.value }
        return values
    }
}

/// Why `--variables` was refused.
struct VariablesError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

/// The account operations of a command line without a server: each is refused, saying why.
struct NoAccounts: AuthenticationService {
    private var refusal: AuthorizationError {
        AuthorizationError(
            .forbidden, "peerhub query runs without a server: sign-in, sign-up and API keys need `peerhub serve`.")
    }

    func signUp(_ request: SignUpRequest, caller: Caller) async throws -> AccountOutcome<SignedIn> { throw refusal }
    func signIn(email: String, password: String, caller: Caller) async throws -> AccountOutcome<SignedIn> {
        throw refusal
    }
    func signOut(caller: Caller) async throws { throw refusal }
    func changePassword(current: String, new: String, caller: Caller) async throws -> AccountOutcome<Account> {
        throw refusal
    }
    func createInvitation(email: String, role: Role, caller: Caller) async throws -> AccountOutcome<Invitation> {
        throw refusal
    }
    func createAPIKey(name: String, scopes: Set<APIKeyScope>, caller: Caller) async throws -> AccountOutcome<
        CreatedAPIKey
    > {
        throw refusal
    }
    func revokeAPIKey(id: Int64, caller: Caller) async throws -> AccountOutcome<APIKey> { throw refusal }
    func apiKeys(caller: Caller) async throws -> [APIKey] { throw refusal }
}
