import GraphQLEngine
import Testing

@testable import peerhub

@Suite("Reading input files")
struct InputFileTests {
    @Test("a file is read byte for byte and named as the user wrote its path")
    func fileIsReadByteForByte() throws {
        try withScratch { scratch in
            let bytes: [UInt8] = [0x7B, 0x20, 0xFF, 0xFE, 0xC3, 0x28, 0x20, 0x7D]  // not UTF-8
            try scratch.write("queries/odd.graphql", bytes: bytes)
            let source = try InputFile.source(
                at: "queries/odd.graphql", relativeTo: scratch.path, readStandardInput: { [] })
            #expect(source.bytes == bytes)
            #expect(source.name == "queries/odd.graphql")
        }
    }

    @Test("an empty file reads as no bytes")
    func emptyFileReadsAsNoBytes() throws {
        try withScratch { scratch in
            try scratch.write("empty.graphql", "")
            let source = try InputFile.source(at: "empty.graphql", relativeTo: scratch.path, readStandardInput: { [] })
            #expect(source.bytes.isEmpty)
        }
    }

    @Test("a 50 MB file is read whole")
    func largeFileIsReadWhole() throws {
        try withScratch { scratch in
            let size = 50 * 1024 * 1024
            var bytes = [UInt8](repeating: UInt8(ascii: " "), count: size)
            bytes[size - 1] = UInt8(ascii: "}")
            try scratch.write("large.graphql", bytes: bytes)
            let source = try InputFile.source(at: "large.graphql", relativeTo: scratch.path, readStandardInput: { [] })
            #expect(source.bytes.count == size)
            #expect(source.bytes.last == UInt8(ascii: "}"))
        }
    }

    @Test("an absolute path is read as is")
    func absolutePathIsReadAsIs() throws {
        try withScratch { scratch in
            try scratch.write("a.graphql", "{ title }")
            let source = try InputFile.source(
                at: scratch.path + "/a.graphql", relativeTo: "/", readStandardInput: { [] })
            #expect(source.bytes == Array("{ title }".utf8))
        }
    }

    @Test("- reads standard input, named <stdin>")
    func dashReadsStandardInput() throws {
        let source = try InputFile.source(at: "-", relativeTo: "/", readStandardInput: { Array("{ a }".utf8) })
        #expect(source.bytes == Array("{ a }".utf8))
        #expect(source.name == "<stdin>")
    }

    @Test("a missing file is an error naming it and the reason")
    func missingFileIsAnError() throws {
        try withScratch { scratch in
            #expect(throws: InputError(path: "missing.graphql", reason: "No such file or directory")) {
                try InputFile.source(at: "missing.graphql", relativeTo: scratch.path, readStandardInput: { [] })
            }
        }
    }

    @Test("a directory is an error saying so")
    func directoryIsAnError() throws {
        try withScratch { scratch in
            try scratch.makeFolder("queries")
            #expect(throws: InputError(path: "queries", reason: "it is a directory")) {
                try InputFile.source(at: "queries", relativeTo: scratch.path, readStandardInput: { [] })
            }
        }
    }

    @Test("input errors read as 'cannot read FILE: REASON'")
    func inputErrorsDescribeFileAndReason() {
        #expect(
            InputError(path: "a.graphql", reason: "Permission denied").description
                == "cannot read 'a.graphql': Permission denied")
        #expect(
            InputError(path: "-", reason: "Bad file descriptor").description
                == "cannot read standard input: Bad file descriptor")
    }
}
