import Foundation
import Testing

@testable import HubServer

private let opensslPresent = FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")

/// Runs openssl with `arguments`, returning its standard output.
private func openssl(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// `DevelopmentCertificate` and `ServerTLS`: the certificate made on a first run, and loading it.
@Suite(.enabled(if: opensslPresent, "needs the openssl tool"))
struct DevelopmentCertificateTests {
    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peerhub-tls-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    @Test("the first run makes a CA and a server certificate for localhost, 127.0.0.1 and ::1; later runs reuse them")
    func makesThenReuses() throws {
        try withFolder { folder in
            let made = try DevelopmentCertificate.ensure(in: folder)
            #expect(made.isNew)
            #expect(made.authorityPath == folder + "/ca.pem")
            let text = try openssl(["x509", "-in", made.certificatePath, "-noout", "-text", "-fingerprint", "-sha256"])
            #expect(text.contains("DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1"))
            #expect(text.contains("TLS Web Server Authentication"))
            #expect(text.contains("sha256 Fingerprint=\(made.fingerprint)") || text.contains("SHA256 Fingerprint=\(made.fingerprint)"))
            let verified = try openssl(["verify", "-CAfile", made.authorityPath, made.certificatePath])
            #expect(verified.contains(": OK"))
            let permissions = try FileManager.default.attributesOfItem(atPath: folder + "/ca-key.pem")[.posixPermissions] as? Int
            #expect(permissions == 0o600)
            #expect(!FileManager.default.fileExists(atPath: folder + "/server.csr"))

            let again = try DevelopmentCertificate.ensure(in: folder)
            #expect(!again.isNew)
            #expect(again.fingerprint == made.fingerprint)
            _ = try ServerTLS.configuration(certificatePath: again.certificatePath, keyPath: again.keyPath)
        }
    }

    @Test("another host name the server listens on is certified too")
    func certifiesTheHostName() throws {
        try withFolder { folder in
            let made = try DevelopmentCertificate.ensure(in: folder, hostName: "hub.test")
            let text = try openssl(["x509", "-in", made.certificatePath, "-noout", "-ext", "subjectAltName"])
            #expect(text.contains("DNS:hub.test"))
        }
    }

    @Test("TLS is limited to 1.2 and 1.3")
    func tlsVersions() throws {
        try withFolder { folder in
            let made = try DevelopmentCertificate.ensure(in: folder)
            let configuration = try ServerTLS.configuration(certificatePath: made.certificatePath, keyPath: made.keyPath)
            #expect(configuration.minimumTLSVersion == .tlsv12)
            #expect(configuration.maximumTLSVersion == .tlsv13)
        }
    }

    @Test("a missing certificate file is named in the error")
    func missingFileIsNamed() {
        #expect {
            _ = try ServerTLS.configuration(certificatePath: "/nonexistent/cert.pem", keyPath: "/nonexistent/key.pem")
        } throws: { error in
            (error as? CertificateError)?.description.hasPrefix("Error while reading the certificate /nonexistent/cert.pem") == true
        }
    }
}
