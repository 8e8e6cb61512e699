/// The media type of a GraphQL response (GraphQL over HTTP, "Media Types").
enum ResponseMediaType: String, Sendable, Equatable {
    /// `application/graphql-response+json`: status codes tell errors apart.
    case graphQLResponseJSON = "application/graphql-response+json"
    /// `application/json`, for legacy clients.
    case json = "application/json"

    /// The `Content-Type` of a response with `status`: a legacy client gets `application/json`
    /// only on 2xx responses; other statuses say explicitly that they are GraphQL responses
    /// (GraphQL over HTTP, "Body": "any response that produces a 2xx status code should
    /// replace the Content-Type header with application/json").
    func contentType(forStatus status: Int) -> String {
        let type: ResponseMediaType = (self == .json && (200..<300).contains(status)) ? .json : .graphQLResponseJSON
        return type.rawValue + "; charset=utf-8"
    }

    /// The response type the `Accept` header asks for (RFC 9110 §12.5.1), or nil when it accepts
    /// neither (406).
    ///
    /// Each type takes the `q` of the most specific range that matches it (`application/json`
    /// before `application/*` before `*/*`); the higher `q` wins, then a type named explicitly
    /// over one matched by a wildcard (so `application/json, */*` gets `application/json`), then
    /// `application/graphql-response+json`. A missing header gets
    /// `application/graphql-response+json`; a range with `q=0`, or a `charset` other than UTF-8,
    /// accepts nothing.
    static func negotiate(accept: String?) -> ResponseMediaType? {
        guard let accept else { return .graphQLResponseJSON }
        if let common = commonAnswers[accept] { return common }
        return negotiateRanges(accept)
    }

    /// What the negotiation answers for the `Accept` values clients send most (GraphQL over
    /// HTTP's recommended one among them): read once, so that most requests parse no ranges.
    static let commonAnswers: [String: ResponseMediaType] = Dictionary(
        uniqueKeysWithValues: [
            "application/graphql-response+json", "application/json", "*/*",
            "application/graphql-response+json, application/json;q=0.9",
            "application/graphql-response+json;charset=utf-8, application/json;charset=utf-8;q=0.9",
            "application/json, */*", "application/json, text/plain, */*",
        ].compactMap { accept in negotiateRanges(accept).map { (accept, $0) } })

    /// The negotiation proper, over the ranges of `accept`.
    private static func negotiateRanges(_ accept: String) -> ResponseMediaType? {
        guard !accept.trimmingSpaces.isEmpty else { return .graphQLResponseJSON }
        let ranges = accept.split(separator: ",").compactMap(MediaRange.init)
        var best: (type: ResponseMediaType, quality: Double, specificity: Int)?
        for candidate in [ResponseMediaType.graphQLResponseJSON, .json] {
            let matching = ranges.filter { $0.matches(candidate.rawValue) }
            guard let range = matching.max(by: { $0.specificity < $1.specificity }), range.quality > 0,
                range.charsetIsUTF8
            else { continue }
            let isExplicit = range.specificity == 2 ? 1 : 0
            if let current = best, (current.quality, current.specificity) >= (range.quality, isExplicit) { continue }
            best = (candidate, range.quality, isExplicit)
        }
        return best?.type
    }
}

/// One media range of an `Accept` header: `type/subtype;param=value;q=0.5`.
struct MediaRange: Equatable {
    /// The type, lowercased (`application`, or `*`).
    var type: Substring
    /// The subtype, lowercased (`json`, or `*`).
    var subtype: Substring
    /// The `q` weight, 1 when absent.
    var quality: Double = 1
    /// Whether the range says nothing of its charset, or says UTF-8.
    var charsetIsUTF8 = true

    /// Reads one range; nil when it is not `type/subtype`.
    init?(_ text: Substring) {
        let parts = text.split(separator: ";")
        guard let essence = parts.first?.trimmingSpaces.lowercased() else { return nil }
        let halves = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, !halves[0].isEmpty, !halves[1].isEmpty else { return nil }
        type = halves[0]
        subtype = halves[1]
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = pair[0].trimmingSpaces.lowercased()
            let value = pair[1].trimmingSpaces.lowercased().trimmingQuotes
            switch name {
            case "q": quality = Double(value).map { min(max($0, 0), 1) } ?? 0
            case "charset": charsetIsUTF8 = value == "utf-8" || value == "utf8"
            default: continue
            }
        }
    }

    /// How specific the range is: 2 for `type/subtype`, 1 for `type/*`, 0 for `*/*`.
    var specificity: Int { type == "*" ? 0 : subtype == "*" ? 1 : 2 }

    /// Whether this range covers `mediaType` (`type/subtype`, lowercase).
    func matches(_ mediaType: String) -> Bool {
        let halves = mediaType.split(separator: "/")
        return (type == "*" && subtype == "*") || (type == halves[0] && (subtype == "*" || subtype == halves[1]))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let text = Substring(self)
        guard let start = text.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        // safe: a non-blank character exists, so lastIndex finds one.
        let end = text.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return text[start...end]
    }

    /// The text without leading and trailing double quotes.
    var trimmingQuotes: Substring {
        var text = Substring(self)
        while text.first == "\"" { text.removeFirst() }
        while text.last == "\"" { text.removeLast() }
        return text
    }
}
