import Testing

@testable import GraphQLEngine

/// The syntax error `body` throws, as `message (line:column)`, or nil if it throws none.
func syntaxError<T>(_ body: () throws(GraphQLError) -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.description
    }
}

/// The syntax error from parsing `text`, as `message (line:column)`, or nil if it parses.
func parseError(_ text: String, options: ParseOptions = ParseOptions()) -> String? {
    syntaxError { () throws(GraphQLError) in try parse(text, options: options) }
}

/// Every token of `text` as `Kind value@line:column`, with the lexer's error if it stops on one.
func lexTokens(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return lexTokens(bytes: bytes)
}

/// Every token of `bytes` as `Kind value@line:column`, with the lexer's error if it stops on one.
func lexTokens(bytes: [UInt8]) -> [String] {
    bytes.withUnsafeBufferPointer { buffer in
        var lexer = Lexer(bytes: buffer)
        var tokens: [String] = []
        do throws(GraphQLError) {
            while true {
                let token = try lexer.nextToken()
                if token.kind == .endOfFile { break }
                let kind =
                    token.kind.hasValue
                    ? SyntaxError.describe(token, in: buffer) : token.kind.description
                tokens.append("\(kind)@\(token.line):\(token.column)")
            }
        } catch {
            tokens.append(error.description)
        }
        return tokens
    }
}

/// The parser entry points tests drive.
enum ParseEntry: Sendable, CustomStringConvertible {
    case parse, parseValue, parseConstValue, parseType

    var description: String {
        switch self {
        case .parse: "parse"
        case .parseValue: "parseValue"
        case .parseConstValue: "parseConstValue"
        case .parseType: "parseType"
        }
    }
}

/// What `entry` makes of `text`: the rendered syntax tree (see `dump`), or the syntax error as
/// `message (line:column)`.
func parseResult(_ entry: ParseEntry, _ text: String, options: ParseOptions = ParseOptions()) -> String {
    do throws(GraphQLError) {
        switch entry {
        case .parse: return dump(try parse(text, options: options))
        case .parseValue: return dump(try parseValue(text, options: options))
        case .parseConstValue: return dump(try parseConstValue(text, options: options))
        case .parseType: return dump(try parseType(text, options: options))
        }
    } catch {
        return error.description
    }
}
