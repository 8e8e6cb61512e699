import Foundation
import Testing

/// The built `peerhub` program next to the test bundle, when the build made one.
private let peerhubExecutable: URL? = {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL.deletingLastPathComponent(),
        Bundle.main.bundleURL,
    ].map { $0.appendingPathComponent("peerhub") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// Runs the real program with `arguments`, feeding it `stdin`; returns standard output, standard
/// error and the exit status.
private func runExecutable(_ arguments: [String], stdin: String, in directory: String) throws -> (String, String, Int32)
{
    let process = Process()
    process.executableURL = peerhubExecutable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = ["PATH": "/usr/bin:/bin"]
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
        String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self),
        process.terminationStatus
    )
}

@Suite("The peerhub program", .enabled(if: peerhubExecutable != nil, "the peerhub executable was not built"))
struct ExecutableTests {
    @Test("it writes standard output and exits with the command's status")
    func writesOutputAndExitsWithStatus() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            let valid = try runExecutable(["validate", "-"], stdin: "{ title }", in: scratch.path)
            #expect(valid == ("[]\n", "", 0))
            let invalid = try runExecutable(["validate", "-"], stdin: "{ nope }", in: scratch.path)
            #expect(invalid.2 == 1)
            #expect(
                invalid.0.hasPrefix("[\n  {\"message\": \"Cannot query field \\\"nope\\\" on type \\\"Query\\\".\""))
        }
    }

    @Test("it writes standard error and exits 2 for a bad invocation")
    func badInvocationExitsTwo() throws {
        try withScratch { scratch in
            let (output, error, status) = try runExecutable(["format"], stdin: "", in: scratch.path)
            #expect(status == 2)
            #expect(output.isEmpty)
            #expect(error.contains("Missing expected argument '<document>'"))
        }
    }
}
