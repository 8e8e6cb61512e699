import Foundation

/// A password hash in the PHC string format (github.com/P-H-C/phc-string-format):
/// `$pbkdf2-sha256$i=<iterations>,l=<hash length>$<salt>$<hash>`, salt and hash in base64
/// without padding. Everything needed to check a password is in the string, so parameters can
/// change without a migration.
///
/// Its description shows the parameters only, never the salt or hash.
struct EncodedPasswordHash: Hashable, CustomStringConvertible {
    /// The algorithm identifier, the only one this version writes and reads.
    static let algorithm = "pbkdf2-sha256"
    /// Fewer iterations than this is no longer a password hash worth checking.
    static let minimumIterations = 1_000
    /// More than this would let a forged row pin a CPU for minutes.
    static let maximumIterations = 100_000_000

    var iterations: Int
    var salt: [UInt8]
    var hash: [UInt8]

    init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    /// Parses an encoded hash; nil when it is not one this version reads.
    init?(_ encoded: String) {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0].isEmpty, parts[1] == Self.algorithm else { return nil }
        var iterations: Int?
        var length: Int?
        for parameter in parts[2].split(separator: ",") {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let value = Int(pair[1]) else { return nil }
            switch pair[0] {
            case "i": iterations = value
            case "l": length = value
            default: return nil
            }
        }
        guard let iterations, (Self.minimumIterations...Self.maximumIterations).contains(iterations),
            let salt = Self.decode(parts[3]), salt.count >= 8,
            let hash = Self.decode(parts[4]), hash.count >= 16, length == nil || length == hash.count
        else { return nil }
        self.init(iterations: iterations, salt: salt, hash: hash)
    }

    /// The PHC string.
    var encoded: String {
        "$\(Self.algorithm)$i=\(iterations),l=\(hash.count)$\(Self.encode(salt))$\(Self.encode(hash))"
    }

    var description: String {
        "EncodedPasswordHash(\(Self.algorithm), iterations: \(iterations), salt: \(salt.count) bytes, hash: \(hash.count) bytes)"
    }

    /// Standard base64 without `=` padding, as the PHC format writes it.
    private static func encode(_ bytes: [UInt8]) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    private static func decode(_ text: Substring) -> [UInt8]? {
        var padded = String(text)
        while padded.count % 4 != 0 { padded += "=" }
        return Data(base64Encoded: padded).map(Array.init)
    }
}
