// The kitchen-sink documents: every production of the executable and type-system grammars,
// with the text graphql-js 16's `print` gives for them (graphql-core's `print_ast` gives the
// same, except that it measures the 80-character limit in code points, not UTF-16 units).

enum KitchenSink {
    static let executable = #"""
        query queryName($foo: ComplexType, $site: Site = MOBILE, $nonNull: [Int!]! = [1, 2] @onVariable, $obj: In = {a: 1, b: [true, null]}) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment {
              field2 {
                id ,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
              block string uses \"""
          """})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null),
          query
        }

        query { __typename }

        query practices($municipality: ID!, $priority: [PriorityArea!] = [CLIMATE, HOUSING], $first: Int = 20) {
          practices(municipality: $municipality, priorities: $priority, first: $first, orderBy: {field: PUBLISHED_AT, direction: DESC}) {
            edges { node { id title(language: FR) summary } }
          }
          escapes: search(text: "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \u0000 us \u001F del \u007F c1 \u0085 \u009F nbsp \u00A0 é 日本 😀 \uD83D\uDE00")
          floats(a: 1.5, b: -0.0, c: 1e10, d: 6.0221413e23, e: -1.5E-3)
          ints(a: 0, b: -0, c: 123456789)
          short(a: 1)
          withAlias: averyveryveryveryveryverylongfieldname(argumentNumberOne: 1, argumentNumberTwo: 2)
          exactly80(argumentNumberOne: 1111111111, argumentNumberTwo: 22222222222, x: 123)
          exactly81(argumentNumberOne: 1111111111, argumentNumberTwo: 22222222222, x: 1234)
          nestedBlock(text: """
            line one
              indented line
            line three
          """, other: """single line""", lead: """   leading spaces""", trail: """ends with quote" """)
        }

        query astral {
          utf16(text: "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀")
        }
        """#

    static let executablePrinted = #"""
        query queryName($foo: ComplexType, $site: Site = MOBILE, $nonNull: [Int!]! = [1, 2] @onVariable, $obj: In = {a: 1, b: [true, null]}) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
            block string uses \"""
            """}
          )
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }

        {
          __typename
        }

        query practices($municipality: ID!, $priority: [PriorityArea!] = [CLIMATE, HOUSING], $first: Int = 20) {
          practices(
            municipality: $municipality
            priorities: $priority
            first: $first
            orderBy: {field: PUBLISHED_AT, direction: DESC}
          ) {
            edges {
              node {
                id
                title(language: FR)
                summary
              }
            }
          }
          escapes: search(
            text: "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \u0000 us \u001F del \u007F c1 \u0085 \u009F nbsp   é 日本 😀 😀"
          )
          floats(a: 1.5, b: -0.0, c: 1e10, d: 6.0221413e23, e: -1.5E-3)
          ints(a: 0, b: -0, c: 123456789)
          short(a: 1)
          withAlias: averyveryveryveryveryverylongfieldname(
            argumentNumberOne: 1
            argumentNumberTwo: 2
          )
          exactly80(argumentNumberOne: 1111111111, argumentNumberTwo: 22222222222, x: 123)
          exactly81(
            argumentNumberOne: 1111111111
            argumentNumberTwo: 22222222222
            x: 1234
          )
          nestedBlock(
            text: """
            line one
              indented line
            line three
            """
            other: """single line"""
            lead: """   leading spaces"""
            trail: """ends with quote" """
          )
        }

        query astral {
          utf16(
            text: "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"
          )
        }
        """#

    static let typeSystem = #"""
        """This is a description of the schema as a whole."""
        schema @onSchema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """
          This is a description of the `two` field.
          """
          two(
            """
            This is a description of the `argument` argument.
            """
            argument: InputType!
          ): Type
          """This is a description of the `three` field."""
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
          eight(argument: OneOfInputType): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface UndefinedInterface

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend interface Bar @onInterface

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed =
          | Story
          | Article
          | Advert

        union AnnotatedUnion @onUnion = A | B

        union AnnotatedUnionTwo @onUnion = | A | B

        union UndefinedUnion

        extend union Feed = Photo | Video

        extend union Feed @onUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        extend scalar CustomScalar @onScalar

        enum Site {
          """
          This is a description of the `DESKTOP` value
          """
          DESKTOP

          """This is a description of the `MOBILE` value"""
          MOBILE

          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum UndefinedEnum

        extend enum Site {
          VR
        }

        extend enum Site @onEnum

        input InputType {
          key: String!
          answer: Int = 42
        }

        input OneOfInputType @oneOf {
          string: String
          int: Int
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input UndefinedInput

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend input InputType @onInputObject

        """
        This is a description of the `@myDirective` directive.
        """
        directive @myDirective(
          """This is a description of the `arg` argument."""
          arg: String!
        ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        directive @skip2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include2(if: Boolean!) on
          | FIELD
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on
          | OBJECT
          | INTERFACE

        directive @everyLocation on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }

        "quoted description with \"escapes\"\nand a newline"
        type Quoted {
          "tab\there"
          field(
            "arg described" arg: Int
            other: String = """block default"""
          ): String @deprecated(reason: """block reason""")
          multi(a: String = """
            two
            lines
          """): Int
        }

        type LongArgs {
          fieldWithManyArguments(argumentNumberOne: Int, argumentNumberTwo: Int, argumentNumberThree: Int): Int
        }
        """#

    static let typeSystemPrinted = #"""
        """This is a description of the schema as a whole."""
        schema @onSchema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          """This is a description of the `three` field."""
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
          eight(argument: OneOfInputType): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface UndefinedInterface

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend interface Bar @onInterface

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed = Story | Article | Advert

        union AnnotatedUnion @onUnion = A | B

        union AnnotatedUnionTwo @onUnion = A | B

        union UndefinedUnion

        extend union Feed = Photo | Video

        extend union Feed @onUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        extend scalar CustomScalar @onScalar

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP
          """This is a description of the `MOBILE` value"""
          MOBILE
          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum UndefinedEnum

        extend enum Site {
          VR
        }

        extend enum Site @onEnum

        input InputType {
          key: String!
          answer: Int = 42
        }

        input OneOfInputType @oneOf {
          string: String
          int: Int
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input UndefinedInput

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend input InputType @onInputObject

        """This is a description of the `@myDirective` directive."""
        directive @myDirective(
          """This is a description of the `arg` argument."""
          arg: String!
        ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        directive @skip2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

        directive @everyLocation on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }

        "quoted description with \"escapes\"\nand a newline"
        type Quoted {
          "tab\there"
          field(
            "arg described"
            arg: Int
            other: String = """block default"""
          ): String @deprecated(reason: """block reason""")
          multi(
            a: String = """
            two
            lines
            """
          ): Int
        }

        type LongArgs {
          fieldWithManyArguments(argumentNumberOne: Int, argumentNumberTwo: Int, argumentNumberThree: Int): Int
        }
        """#
}
