import Foundation

/// A Relay global object identifier (Relay's "Global Object Identification"): the node's type
/// and its database id, encoded so clients treat it as opaque (`UHJhY3RpY2U6MTI` is
/// `Practice:12` in base64url). Clients must not build or parse them; the encoding may change.
struct GlobalID: Hashable, Sendable {
    /// The object types that implement `Node`, by their GraphQL names.
    enum Kind: String, CaseIterable, Sendable {
        case practice = "Practice"
        case publication = "Publication"
        case organization = "Organization"
        case program = "Program"
        case partnership = "Partnership"
        case activity = "Activity"
        case person = "Person"
        case country = "Country"
        case subdivision = "Subdivision"
        case theme = "Theme"
        case sdgTarget = "SDGTarget"
        case indicator = "Indicator"
        case replication = "Replication"
        case source = "Source"
    }

    var kind: Kind
    var id: Int64

    /// The opaque text clients see.
    var encoded: String {
        Data("\(kind.rawValue):\(id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init(_ kind: Kind, _ id: Int64) {
        self.kind = kind
        self.id = id
    }

    /// The identifier `text` encodes, or nil when it is not one of ours.
    init?(decoding text: String) {
        guard text.count <= 64 else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let plain = String(data: data, encoding: .utf8),
            let colon = plain.firstIndex(of: ":"), let kind = Kind(rawValue: String(plain[..<colon])),
            let id = Int64(plain[plain.index(after: colon)...])
        else { return nil }
        self.init(kind, id)
    }

    /// The id of an object of `kind` given as an argument; a `BAD_USER_INPUT` error naming the
    /// argument when it is not a global ID of that type.
    static func id(_ text: String, of kind: Kind, argument: String) throws -> Int64 {
        guard let global = GlobalID(decoding: text), global.kind == kind else {
            throw APIError.badInput(
                "Argument \"\(argument)\" expects the ID of a \(kind.rawValue) (as its `id` field gives it), got \"\(text.prefix(64))\"."
            )
        }
        return global.id
    }
}
