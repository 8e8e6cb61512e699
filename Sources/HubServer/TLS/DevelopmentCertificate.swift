import Crypto
import Foundation

/// The certificate `peerhub serve` makes on its first run without one, so HTTPS works from
/// the start: a local certificate authority (`ca.pem`) and a server certificate it signs
/// (`server.pem`, `server-key.pem`) for `localhost`, `127.0.0.1` and `::1`, made once with
/// the `openssl` tool in the data folder and reused afterwards. Clients trust it with
/// `curl --cacert data/ca.pem`; the CA's key stays in the folder, readable by its owner only.
///
/// ```swift
/// let certificate = try DevelopmentCertificate.ensure(in: "data", hostName: "localhost")
/// print(certificate.certificatePath, certificate.fingerprint)
/// ```
public struct DevelopmentCertificate: Sendable, Equatable {
    /// The CA certificate clients trust.
    public var authorityPath: String
    /// The server's certificate chain (server certificate, then the CA).
    public var certificatePath: String
    /// The server's private key.
    public var keyPath: String
    /// The SHA-256 fingerprint of the server certificate, as `AB:CD:…`.
    public var fingerprint: String
    /// Whether it was made by this call (false when it was already there).
    public var isNew: Bool

    /// The development certificate in `directory`, made now if any of its files is missing.
    ///
    /// - Parameter hostName: a further name to certify when the server listens on one other
    ///   than `localhost` (an address such as `0.0.0.0` adds nothing).
    /// - Throws: ``CertificateError`` naming the step that failed and the `openssl` message.
    public static func ensure(in directory: String, hostName: String = "localhost") throws(CertificateError) -> DevelopmentCertificate {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let authority = folder.appendingPathComponent("ca.pem").path
        let authorityKey = folder.appendingPathComponent("ca-key.pem").path
        let certificate = folder.appendingPathComponent("server.pem").path
        let key = folder.appendingPathComponent("server-key.pem").path
        let files = FileManager.default
        let isNew = ![authority, authorityKey, certificate, key].allSatisfy(files.fileExists(atPath:))
        if isNew {
            do {
                try files.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw CertificateError(step: "creating the folder \(directory)", detail: error.localizedDescription)
            }
            try make(in: folder, hostName: hostName)
        }
        return DevelopmentCertificate(
            authorityPath: authority, certificatePath: certificate, keyPath: key,
            fingerprint: try fingerprint(ofPEMFile: certificate), isNew: isNew)
    }

    /// The SHA-256 fingerprint of the first certificate of a PEM file, as `AB:CD:…`.
    public static func fingerprint(ofPEMFile path: String) throws(CertificateError) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let begin = text.range(of: "-----BEGIN CERTIFICATE-----"),
            let end = text.range(of: "-----END CERTIFICATE-----", range: begin.upperBound..<text.endIndex),
            let der = Data(base64Encoded: String(text[begin.upperBound..<end.lowerBound]), options: .ignoreUnknownCharacters)
        else {
            throw CertificateError(step: "reading the certificate \(path)", detail: "no PEM certificate in the file")
        }
        return SHA256.hash(data: der).map { String(format: "%02X", $0) }.joined(separator: ":")
    }

    private static func make(in folder: URL, hostName: String) throws(CertificateError) {
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        var names = ["DNS:localhost", "IP:127.0.0.1", "IP:0:0:0:0:0:0:0:1"]
        if !["localhost", "127.0.0.1", "::1", "0.0.0.0", "::", ""].contains(hostName) {
            names.append(hostName.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) ? "IP:\(hostName)" : "DNS:\(hostName)")
        }
        let extensions = """
            basicConstraints = critical, CA:FALSE
            keyUsage = critical, digitalSignature
            extendedKeyUsage = serverAuth
            subjectAltName = \(names.joined(separator: ", "))

            """
        let extensionsFile = path("server-extensions.cnf")
        let request = path("server.csr")
        defer {
            try? FileManager.default.removeItem(atPath: extensionsFile)
            try? FileManager.default.removeItem(atPath: request)
        }
        do {
            try extensions.write(toFile: extensionsFile, atomically: true, encoding: .utf8)
        } catch {
            throw CertificateError(step: "writing \(extensionsFile)", detail: error.localizedDescription)
        }
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try openssl(
            ["req", "-x509"] + curve + [
                "-keyout", path("ca-key.pem"), "-out", path("ca.pem"), "-days", "825", "-sha256",
                "-subj", "/O=PeerHub/CN=PeerHub development CA",
                "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            ], step: "making the development CA")
        try openssl(
            ["req"] + curve + ["-keyout", path("server-key.pem"), "-out", request, "-subj", "/O=PeerHub/CN=localhost"],
            step: "making the server key")
        let serial = "0x" + (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        try openssl(
            [
                "x509", "-req", "-in", request, "-CA", path("ca.pem"), "-CAkey", path("ca-key.pem"),
                "-set_serial", serial, "-days", "397", "-sha256", "-extfile", extensionsFile,
                "-out", path("server-only.pem"),
            ], step: "signing the server certificate")
        do {
            // The chain clients receive: the server's certificate, then the CA's.
            let chain = try String(contentsOfFile: path("server-only.pem"), encoding: .utf8)
                + String(contentsOfFile: path("ca.pem"), encoding: .utf8)
            try chain.write(toFile: path("server.pem"), atomically: true, encoding: .utf8)
            try FileManager.default.removeItem(atPath: path("server-only.pem"))
            for key in ["ca-key.pem", "server-key.pem"] {
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path(key))
            }
        } catch {
            throw CertificateError(step: "writing the certificate chain", detail: error.localizedDescription)
        }
    }

    private static func openssl(_ arguments: [String], step: String) throws(CertificateError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CertificateError(step: step, detail: "cannot run openssl (\(error.localizedDescription)); install it (apt-get install openssl)")
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CertificateError(step: step, detail: "openssl exited with status \(process.terminationStatus): \(message)")
        }
    }
}

/// The development certificate could not be made or read.
public struct CertificateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done.
    public var step: String
    /// Why it failed.
    public var detail: String

    /// `step: detail`.
    public var description: String { "Error while \(step): \(detail)" }
}
