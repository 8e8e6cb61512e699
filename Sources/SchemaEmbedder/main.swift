// Writes a Swift file holding a GraphQL schema's text, for the EmbedHubSchema build plugin:
// `SchemaEmbedder INPUT.graphql OUTPUT.swift`. The hub compiles `schema.graphql` into HubAPI
// so the binary finds its schema wherever it is installed or started from, while the
// repository keeps a single copy of it.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: SchemaEmbedder INPUT.graphql OUTPUT.swift\n".utf8))
    exit(64)
}
let (input, output) = (arguments[1], arguments[2])
let sdl: String
do {
    sdl = try String(contentsOfFile: input, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("SchemaEmbedder: cannot read \(input) as UTF-8: \(error)\n".utf8))
    exit(66)
}

// A raw string needs more `#` than any `"""#…` run inside the text.
var hashes = "#"
while sdl.contains("\"\"\"" + hashes) { hashes += "#" }

let swift = """
    // Generated at build time from schema.graphql by the EmbedHubSchema plugin; edit that file.

    /// The text of `schema.graphql`, the hub's schema.
    public enum HubSchemaSDL {
        /// The SDL, exactly as in `schema.graphql`.
        public static let text = \(hashes)\"\"\"
    \(sdl)
    \"\"\"\(hashes)
    }

    """
do {
    try swift.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("SchemaEmbedder: cannot write \(output): \(error)\n".utf8))
    exit(73)
}
