// The floor of `scripts/bench http`: a bare Hummingbird HTTPS endpoint that reads each request's
// body and answers a fixed JSON body, with the TLS settings the hub uses (TLS 1.2 and 1.3,
// HTTP/1.1 by ALPN). Whatever the hub does per request beyond this (routing, GraphQL, the store)
// shows as the distance between its rows and this one.
//
//     TLSFloor PORT CERTIFICATE.pem KEY.pem BODY.json
//
// BODY.json is the answer to send, byte for byte (the benchmark writes the hub's answer to its
// small query there, so both send the same number of bytes). Listens on 127.0.0.1 until killed.
import Foundation
import Hummingbird
import HummingbirdTLS

/// Says why it cannot run, on standard error, and exits with status 2.
func stop(_ message: String) -> Never {
    FileHandle.standardError.write(Data("TLSFloor: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let port = Int(arguments[1]) else {
    stop("usage: TLSFloor PORT CERTIFICATE.pem KEY.pem BODY.json")
}
let chain = try NIOSSLCertificate.fromPEMFile(arguments[2])
let key = try NIOSSLPrivateKey(file: arguments[3], format: .pem)
guard let body = FileManager.default.contents(atPath: arguments[4]) else {
    stop("cannot read the body file \(arguments[4])")
}

var tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
tls.minimumTLSVersion = .tlsv12
tls.maximumTLSVersion = .tlsv13
tls.applicationProtocols = ["http/1.1"]

let answer = ByteBuffer(bytes: body)
let router = Router()
// The hub reads every request body before answering; so does the floor (up to the hub's limit).
router.post("/graphql") { request, _ -> Response in
    _ = try await request.body.collect(upTo: 102_400)
    var headers = HTTPFields()
    headers[.contentType] = "application/graphql-response+json; charset=utf-8"
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: answer))
}
let application = Application(
    router: router, server: try .tls(.http1(), tlsConfiguration: tls),
    configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port)))
try await application.runService()
