import Hummingbird
import HummingbirdTLS
import NIOSSL

/// The certificate a server presents: a PEM certificate chain and its PEM private key.
public struct TLSFiles: Sendable, Equatable {
    /// The certificate chain, the server's certificate first.
    public var certificatePath: String
    /// The private key.
    public var keyPath: String

    /// The files at these paths.
    public init(certificatePath: String, keyPath: String) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
    }
}

/// The TLS settings the server uses: its certificate chain and key, TLS 1.2 and 1.3 only
/// (TLS 1.0 and 1.1 handshakes fail), HTTP/1.1 offered by ALPN.
enum ServerTLS {
    /// The TLS configuration for a PEM certificate chain and key.
    ///
    /// - Throws: ``CertificateError`` naming the file that cannot be read.
    static func configuration(certificatePath: String, keyPath: String) throws(CertificateError) -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        } catch {
            throw CertificateError(step: "reading the certificate \(certificatePath)", detail: "\(error)")
        }
        guard !chain.isEmpty else {
            throw CertificateError(step: "reading the certificate \(certificatePath)", detail: "no PEM certificate in the file")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        } catch {
            throw CertificateError(step: "reading the private key \(keyPath)", detail: "\(error)")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        configuration.maximumTLSVersion = .tlsv13
        // ALPN's protocols (h2, http/1.1) are set by the HTTP/2 channel the server runs.
        return configuration
    }
}
