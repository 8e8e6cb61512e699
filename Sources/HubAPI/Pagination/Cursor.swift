import Foundation
import HubStore

/// An opaque cursor (Relay's "Cursor Connections Specification", §2.2 "Cursor"): where an
/// edge sits in its list, as the sort value and id of its node, so a cursor stays valid when
/// records are added before it. Base64url text; clients must not build or parse it.
enum Cursor: Hashable, Sendable {
    /// A position in a listing ordered in SQL (keyset pagination).
    case keyset(KeysetPosition)
    /// A position in a list ordered in memory: the item's key (its id, or a composite key).
    case item(String)

    /// The text clients see.
    var encoded: String {
        let plain: String =
            switch self {
            case .keyset(let position):
                switch position.value {
                case .number(let value): "n:\(String(value.bitPattern, radix: 16)):\(position.id)"
                case .text(let value): "t:\(position.id):\(value)"
                }
            case .item(let key): "i:\(key)"
            }
        return Data(plain.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The cursor `text` encodes; `BAD_USER_INPUT` naming `argument` when it is not one.
    init(decoding text: String, argument: String) throws {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        let invalid = APIError.badInput(
            "Argument \"\(argument)\" is not a cursor of this list; use a `cursor` or `pageInfo` cursor the same field returned."
        )
        guard text.count <= 1024, let data = Data(base64Encoded: base64),
            let plain = String(data: data, encoding: .utf8)
        else { throw invalid }
        let parts = plain.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        switch parts.first {
        case "n":
            guard parts.count == 3, let bits = UInt64(parts[1], radix: 16), let id = Int64(parts[2]) else {
                throw invalid
            }
            self = .keyset(KeysetPosition(value: .number(Double(bitPattern: bits)), id: id))
        case "t":
            guard parts.count == 3, let id = Int64(parts[1]) else { throw invalid }
            self = .keyset(KeysetPosition(value: .text(String(parts[2])), id: id))
        case "i":
            guard parts.count >= 2 else { throw invalid }
            self = .item(String(plain.dropFirst(2)))
        default:
            throw invalid
        }
    }

    /// The keyset position, or `BAD_USER_INPUT` when the cursor is of another kind of list.
    func keysetPosition(argument: String) throws -> KeysetPosition {
        guard case .keyset(let position) = self else {
            throw APIError.badInput(
                "Argument \"\(argument)\" is a cursor of another list; use a cursor this field returned.")
        }
        return position
    }
}

extension ConnectionArguments {
    /// The keyset window these arguments ask for.
    func keysetWindow() throws -> KeysetWindow {
        KeysetWindow(
            after: try after.map { try Cursor(decoding: $0, argument: "after").keysetPosition(argument: "after") },
            before: try before.map { try Cursor(decoding: $0, argument: "before").keysetPosition(argument: "before") },
            limit: limit, fromEnd: fromEnd)
    }
}
