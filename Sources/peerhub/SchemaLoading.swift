import GraphQLEngine

/// Why a command could not get a schema to work with.
enum SchemaLoadFailure: Error, Equatable {
    /// No `--schema`, no `PEERHUB_SCHEMA`, no `schema.graphql` found.
    case notFound(SchemaNotFound)
    /// The schema file could not be read.
    case unreadable(InputError)
    /// The schema file was read, but it has syntax errors, cannot be built, or breaks the type
    /// system's rules; `file` is the path as given.
    case invalid(file: String, errors: [GraphQLError])

    /// The text for standard error: one `FILE:LINE:COLUMN: message` line an error for an invalid
    /// schema, otherwise `peerhub: ` and what is wrong.
    var message: String {
        switch self {
        case .notFound(let notFound): "peerhub: \(notFound)\n"
        case .unreadable(let error): "peerhub: \(error)\n"
        case .invalid(let file, let errors): renderErrorsAsText(errors, file: file)
        }
    }
}

/// Finds, reads and builds the schema a command works on (see `SchemaLocator` for where it is
/// looked for), then checks it against the type system's rules (`validateSchema`, spec §3).
func loadSchema(option: String?, context: ToolContext) -> Result<GraphQLSchema, SchemaLoadFailure> {
    let path: String
    switch SchemaLocator.locate(option: option, context: context) {
    case .success(let found): path = found
    case .failure(let notFound): return .failure(.notFound(notFound))
    }
    let source: Source
    do {
        source = try InputFile.source(
            at: path, relativeTo: context.currentDirectory, readStandardInput: context.readStandardInput)
    } catch {
        return .failure(.unreadable(error))
    }
    let schema: GraphQLSchema
    do {
        schema = try buildSchema(source)
    } catch {
        return .failure(.invalid(file: source.name, errors: error.errors))
    }
    let errors = validateSchema(schema)
    guard errors.isEmpty else { return .failure(.invalid(file: source.name, errors: errors)) }
    return .success(schema)
}
