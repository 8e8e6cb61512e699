import GraphQLEngine

// libFuzzer's entry point for the GraphQL parser (spec §2 and §3): documents, SDL and every
// mix of the two, as bytes (invalid UTF-8 included). A crash, a sanitizer report or a broken
// invariant (`preconditionFailure`) is a finding; a syntax error is an ordinary outcome.
//
// The oracles, checked on every input that parses:
// - printing is a fixed point: the printed document parses again and prints the same text,
//   which is `parse(print(d)) == d` with locations set aside (the printer writes every node);
// - a document of type definitions only that builds a schema prints, through `printSchema`,
//   SDL that builds the same schema again (the same printed text).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let document: DocumentNode
    do {
        document = try parse(Source(bytes: bytes))
    } catch {
        return 0
    }
    let printed = printDocument(document)
    let reparsed: DocumentNode
    do {
        reparsed = try parse(printed)
    } catch {
        preconditionFailure("the printed document does not parse: \(error.message)\n--- printed:\n\(printed)")
    }
    let reprinted = printDocument(reparsed)
    precondition(
        reprinted == printed, "printing again changed the document\n--- first:\n\(printed)\n--- second:\n\(reprinted)")
    checkSchemaRoundTrip(document)
    return 0
}

/// `printSchema(buildASTSchema(d))` builds again, to a schema that prints the same.
private func checkSchemaRoundTrip(_ document: DocumentNode) {
    guard !document.definitions.isEmpty, document.definitions.allSatisfy(isTypeSystemDefinition) else { return }
    guard let schema = try? buildASTSchema(document) else { return }
    let printed = printSchema(schema)
    // A schema of nothing but built-in types (`type Boolean` stands for the built-in scalar, as
    // in graphql-js) prints as no text at all, which is no document.
    guard !printed.isEmpty else { return }
    let rebuilt: GraphQLSchema
    do {
        rebuilt = try buildSchema(printed)
    } catch {
        preconditionFailure("the printed schema does not build: \(error)\n--- printed:\n\(printed)")
    }
    let reprinted = printSchema(rebuilt)
    precondition(
        reprinted == printed,
        "printing the rebuilt schema changed it\n--- first:\n\(printed)\n--- second:\n\(reprinted)")
}

private func isTypeSystemDefinition(_ definition: DefinitionNode) -> Bool {
    switch definition {
    case .operation, .fragment: false
    case .schema, .type, .directive, .schemaExtension, .typeExtension: true
    }
}
