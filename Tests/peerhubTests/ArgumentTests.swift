import Testing

@testable import peerhub

@Suite("Command-line arguments")
struct ArgumentTests {
    @Test("the command is named peerhub and has validate, format, schema, introspect, seed, migrate, serve, user and query")
    func commandNameAndSubcommands() {
        #expect(PeerHubCommand.configuration.commandName == "peerhub")
        let names = PeerHubCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        #expect(names == ["validate", "format", "schema", "introspect", "seed", "migrate", "serve", "user", "query"])
    }

    @Test("--help prints help on standard output with status 0")
    func helpIsPrintedWithStatusZero() throws {
        try withScratch { scratch in
            let output = scratch.run("validate", "--help")
            #expect(output.exitCode == 0)
            #expect(output.stdout.contains("USAGE: peerhub validate [--schema <file>] <document>"))
            #expect(output.stderr.isEmpty)
        }
    }

    @Test("help SUBCOMMAND prints that subcommand's help with status 0")
    func helpSubcommandPrintsHelp() throws {
        try withScratch { scratch in
            let output = scratch.run("help", "schema", "print")
            #expect(output.exitCode == 0)
            #expect(output.stdout.contains("USAGE: peerhub schema print [--schema <file>]"))
        }
    }

    @Test("no subcommand prints the overview")
    func noSubcommandPrintsOverview() throws {
        try withScratch { scratch in
            let output = scratch.run()
            #expect(output.exitCode == 0)
            #expect(output.stdout.contains("SUBCOMMANDS:"))
            #expect(output.stdout.contains("PEERHUB_SCHEMA"))
        }
    }

    @Test("a missing argument is a bad invocation: status 2, message on standard error")
    func missingArgumentIsStatusTwo() throws {
        try withScratch { scratch in
            let output = scratch.run("format")
            #expect(output.exitCode == 2)
            #expect(output.stdout.isEmpty)
            #expect(output.stderr.contains("Missing expected argument '<document>'"))
        }
    }

    @Test("an unknown option or subcommand is a bad invocation")
    func unknownOptionIsStatusTwo() throws {
        try withScratch { scratch in
            let unknownOption = scratch.run("validate", "--schemas", "x", "q.graphql")
            #expect(unknownOption.exitCode == 2)
            #expect(unknownOption.stderr.contains("--schemas"))
            let unknownCommand = scratch.run("lint", "q.graphql")
            #expect(unknownCommand.exitCode == 2)
        }
    }

    @Test("an extra argument is a bad invocation")
    func extraArgumentIsStatusTwo() throws {
        try withScratch { scratch in
            #expect(scratch.run("format", "a.graphql", "b.graphql").exitCode == 2)
        }
    }
}
