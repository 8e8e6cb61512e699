/// Whether a POST body's `Content-Type` can be read (GraphQL over HTTP, "POST"): only
/// `application/json` in UTF-8. The types a web page may send cross-site without a CORS
/// preflight (`application/x-www-form-urlencoded`, `multipart/form-data`, `text/plain`; WHATWG
/// Fetch, "CORS-safelisted request-header") are refused as cross-site request forgery, whatever
/// their body holds, so a browser can never post to the API without the server's CORS consent.
enum ContentTypeCheck {
    /// Nil when the body may be read, else the refusal.
    static func problem(contentType: String?) -> RequestProblem? {
        guard let contentType, !contentType.trimmingSpaces.isEmpty else { return .unsupportedContentType(nil) }
        let parts = contentType.split(separator: ";")
        let essence = parts.first?.trimmingSpaces.lowercased() ?? ""
        switch essence {
        case "application/json":
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "charset" else { continue }
                let charset = pair[1].trimmingSpaces.lowercased().trimmingQuotes
                if charset != "utf-8" && charset != "utf8" { return .unsupportedContentType(contentType) }
            }
            return nil
        case "application/x-www-form-urlencoded", "multipart/form-data", "text/plain":
            return .crossSiteContentType(essence)
        default:
            return .unsupportedContentType(contentType)
        }
    }
}
