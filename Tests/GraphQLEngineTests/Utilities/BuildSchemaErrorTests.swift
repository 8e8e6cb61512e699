import Testing

@testable import GraphQLEngine

/// Builds `sdl` and returns the `SchemaBuildError` it must fail with.
private func buildError(
    _ sdl: String, options: BuildSchemaOptions = BuildSchemaOptions(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> SchemaBuildError? {
    do {
        _ = try buildSchema(sdl, options: options)
        Issue.record("expected the build to fail", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func at(_ line: Int, _ column: Int) -> [GraphQLEngine.SourceLocation] {
    [GraphQLEngine.SourceLocation(line: line, column: column)]
}

/// Failures with graphql-js 16's messages and locations.
@Suite struct BuildSchemaErrorTests {
    @Test func sdlValidationErrorsAreAllReportedAndJoinedByBlankLines() throws {
        let error = try #require(buildError("type Query { a: Foo, b: Bar, c: Strin }"))
        #expect(
            error.errors == [
                GraphQLError("Unknown type \"Foo\".", locations: at(1, 17)),
                GraphQLError("Unknown type \"Bar\".", locations: at(1, 25)),
                GraphQLError("Unknown type \"Strin\". Did you mean \"String\"?", locations: at(1, 33)),
            ])
        #expect(
            error.message
                == "Unknown type \"Foo\".\n\nUnknown type \"Bar\".\n\nUnknown type \"Strin\". Did you mean \"String\"?")
    }

    @Test func unknownTypesAreStillCaughtWhenValidationIsSkipped() throws {
        let error = try #require(buildError("type Query { a: Foo }", options: BuildSchemaOptions(assumeValidSDL: true)))
        #expect(error.errors == [GraphQLError("Unknown type: \"Foo\".")])
    }

    @Test func anInvalidDeprecationReasonIsReportedAtTheValue() throws {
        let error = try #require(buildError("type Query { a: Int @deprecated(reason: 1) }"))
        #expect(error.errors == [GraphQLError("Argument \"reason\" has invalid value 1.", locations: at(1, 41))])
    }

    @Test func aNullSpecifiedByURLIsRefused() throws {
        let error = try #require(buildError("scalar S @specifiedBy(url: null) type Query { a: S }"))
        #expect(
            error.errors == [
                GraphQLError("Argument \"url\" of non-null type \"String!\" must not be null.", locations: at(1, 28))
            ])
    }

    @Test func aMissingSpecifiedByURLIsRefusedEvenWithoutValidation() throws {
        let error = try #require(
            buildError("scalar S @specifiedBy type Query { a: S }", options: BuildSchemaOptions(assumeValidSDL: true)))
        #expect(
            error.errors == [
                GraphQLError("Argument \"url\" of required type \"String!\" was not provided.", locations: at(1, 10))
            ])
    }

    @Test func syntaxErrorsAreReportedAsTheOnlyError() throws {
        let error = try #require(buildError("type Query { a: Int"))
        #expect(error.errors == [GraphQLError("Syntax Error: Expected Name, found <EOF>.", locations: at(1, 20))])
    }
}
