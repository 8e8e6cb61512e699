import Testing

@testable import GraphQLEngine

/// One schema to build (and optionally extend) and its expected listing.
struct BuildCase: Sendable, CustomTestStringConvertible {
    var name: String
    var sdl: String
    var extensionSDL: String?
    var expected: String

    init(_ name: String, sdl: String, extension extensionSDL: String?, expected: String) {
        self.name = name
        self.sdl = sdl
        self.extensionSDL = extensionSDL
        self.expected = expected
    }

    var testDescription: String { name }
}

/// Schemas built from SDL compared with what graphql-js 16 builds, as listings of the root
/// types, the type order, every type's contents and the directives (`@oneOf` cases from
/// graphql-core 3.2.8, which has it).
@Suite struct BuildSchemaListingTests {
    static let cases: [BuildCase] = [
        BuildCase(
            "aQueryTypeWithEveryBuiltInScalar",
            sdl: "type Query {\n  str: String\n  int: Int\n  float: Float\n  id: ID\n  bool: Boolean\n}",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: Query,String,Int,Float,ID,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:\nF:str:String:D:<nil>:X:<nil>\nF:int:Int:D:<nil>:X:<nil>\nF:float:Float:D:<nil>:X:<nil>\nF:id:ID:D:<nil>:X:<nil>\nF:bool:Boolean:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "descriptionsOnEveryElement",
            sdl:
                "\"\"\"\nThe schema.\n\"\"\"\nschema { query: Root }\n\n\"A root\"\ntype Root {\n  \"\"\"\n  A field\n    indented\n  \"\"\"\n  field(\"an arg\" arg: Int): Kind\n}\n\n\"Kinds\"\nenum Kind {\n  \"first\" ONE\n  TWO\n}\n\n\"a scalar\" scalar Date\n\n\"input\" input In { \"in field\" a: Date }\n\n\"union\" union U = Root\n\n\"iface\" interface I { a: Int }\n\n\"dir\" directive @d(\"darg\" x: In) on FIELD",
            extension: nil,
            expected:
                "schema description=The schema. query=Root mutation=<nil> subscription=<nil>\ntypes: Root,Int,Kind,Date,In,U,I,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Root\nD:A root\nI:\nF:field:Kind:D:A field\n  indented:X:<nil>\nA:arg:Int=<nil>:D:an arg:X:<nil>\nENUM Kind\nD:Kinds\nE:ONE:D:first:X:<nil>\nE:TWO:D:<nil>:X:<nil>\nSCALAR Date\nD:a scalar\nS:<nil>\nINPUT_OBJECT In\nD:input\nO:false\nA:a:Date=<nil>:D:in field:X:<nil>\nUNION U\nD:union\nU:Root\nINTERFACE I\nD:iface\nI:\nF:a:Int:D:<nil>:X:<nil>\n@d::FIELD:D:dir\nA:x:In=<nil>:D:darg:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "everyKindOfTypeWithArgumentsAndDefaults",
            sdl:
                "type Query {\n  node(id: ID!, first: Int = 10, order: Order = ASC, filter: Filter = {tags: [\"a\"], min: 1.5}, names: [String!] = \"x\"): Node\n  search(text: String = null): [Result!]!\n}\ninterface Node { id: ID! }\ninterface Named implements Node { id: ID! name: String }\ntype User implements Named & Node { id: ID! name: String friends: [User] }\ntype Post implements Node { id: ID! }\nunion Result = User | Post\nenum Order { ASC DESC }\ninput Filter { tags: [String!] min: Float = 0 order: Order = DESC nested: Filter }\nscalar Cursor",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: Query,ID,Int,String,Node,Named,User,Post,Result,Order,Filter,Float,Cursor,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:\nF:node:Node:D:<nil>:X:<nil>\nA:id:ID!=<nil>:D:<nil>:X:<nil>\nA:first:Int=10:D:<nil>:X:<nil>\nA:order:Order=ASC:D:<nil>:X:<nil>\nA:filter:Filter={tags: [\"a\"], min: 1.5}:D:<nil>:X:<nil>\nA:names:[String!]=\"x\":D:<nil>:X:<nil>\nF:search:[Result!]!:D:<nil>:X:<nil>\nA:text:String=null:D:<nil>:X:<nil>\nINTERFACE Node\nD:<nil>\nI:\nF:id:ID!:D:<nil>:X:<nil>\nINTERFACE Named\nD:<nil>\nI:Node\nF:id:ID!:D:<nil>:X:<nil>\nF:name:String:D:<nil>:X:<nil>\nOBJECT User\nD:<nil>\nI:Named,Node\nF:id:ID!:D:<nil>:X:<nil>\nF:name:String:D:<nil>:X:<nil>\nF:friends:[User]:D:<nil>:X:<nil>\nOBJECT Post\nD:<nil>\nI:Node\nF:id:ID!:D:<nil>:X:<nil>\nUNION Result\nD:<nil>\nU:User,Post\nENUM Order\nD:<nil>\nE:ASC:D:<nil>:X:<nil>\nE:DESC:D:<nil>:X:<nil>\nINPUT_OBJECT Filter\nD:<nil>\nO:false\nA:tags:[String!]=<nil>:D:<nil>:X:<nil>\nA:min:Float=0:D:<nil>:X:<nil>\nA:order:Order=DESC:D:<nil>:X:<nil>\nA:nested:Filter=<nil>:D:<nil>:X:<nil>\nSCALAR Cursor\nD:<nil>\nS:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "typesAreOrderedAsGraphQLJSOrdersThem",
            sdl:
                "type B { c: C, s: String }\ntype Query { b: B, i: Int, d(arg: D): Boolean }\ntype C { f: Float }\ninput D { e: E }\nenum E { X }\nscalar Unused",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: B,String,Query,Int,Boolean,C,Float,D,E,Unused,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT B\nD:<nil>\nI:\nF:c:C:D:<nil>:X:<nil>\nF:s:String:D:<nil>:X:<nil>\nOBJECT Query\nD:<nil>\nI:\nF:b:B:D:<nil>:X:<nil>\nF:i:Int:D:<nil>:X:<nil>\nF:d:Boolean:D:<nil>:X:<nil>\nA:arg:D=<nil>:D:<nil>:X:<nil>\nOBJECT C\nD:<nil>\nI:\nF:f:Float:D:<nil>:X:<nil>\nINPUT_OBJECT D\nD:<nil>\nO:false\nA:e:E=<nil>:D:<nil>:X:<nil>\nENUM E\nD:<nil>\nE:X:D:<nil>:X:<nil>\nSCALAR Unused\nD:<nil>\nS:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "rootTypesComeFromTheSchemaDefinition",
            sdl:
                "schema { query: Q mutation: M subscription: S }\ntype Q { a: Int }\ntype M { b: Int }\ntype S { c: Int }\ntype Query { ignored: Int }",
            extension: nil,
            expected:
                "schema description=<nil> query=Q mutation=M subscription=S\ntypes: Q,Int,M,S,Query,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Q\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\nOBJECT M\nD:<nil>\nI:\nF:b:Int:D:<nil>:X:<nil>\nOBJECT S\nD:<nil>\nI:\nF:c:Int:D:<nil>:X:<nil>\nOBJECT Query\nD:<nil>\nI:\nF:ignored:Int:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "rootTypesDefaultToTheirConventionalNames",
            sdl: "type Query { a: Int }\ntype Mutation { b: Int }\ntype Subscription { c: Int }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=Mutation subscription=Subscription\ntypes: Query,Int,Mutation,Subscription,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\nOBJECT Mutation\nD:<nil>\nI:\nF:b:Int:D:<nil>:X:<nil>\nOBJECT Subscription\nD:<nil>\nI:\nF:c:Int:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "schemaExtensionsAddRootTypes",
            sdl: "schema { query: Query }\nextend schema { mutation: Mut }\ntype Query { a: Int }\ntype Mut { b: Int }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=Mut subscription=<nil>\ntypes: Query,Int,Mut,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\nOBJECT Mut\nD:<nil>\nI:\nF:b:Int:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "conventionalNamesWinOverASchemaExtensionWithoutDefinition",
            sdl: "extend schema { query: Foo }\ntype Foo { a: Int }\ntype Query { b: Int }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: Foo,Int,Query,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Foo\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\nOBJECT Query\nD:<nil>\nI:\nF:b:Int:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "extensionsInTheSameDocumentAreMerged",
            sdl:
                "type Query { a: Int }\nextend type Query { b: String }\ninterface I { x: Int }\nextend type Query implements I { x: Int }\ninterface J { y: Int }\nextend interface J { z: Int }\nunion U = Query\ntype Other { o: Int }\nextend union U = Other\nenum E { A }\nextend enum E { B C }\ninput In { p: Int }\nextend input In { q: Int = 2 }\nscalar S\nextend scalar S @specifiedBy(url: \"https://example.com/s\")",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: Query,Int,String,I,J,U,Other,E,In,S,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:I\nF:a:Int:D:<nil>:X:<nil>\nF:b:String:D:<nil>:X:<nil>\nF:x:Int:D:<nil>:X:<nil>\nINTERFACE I\nD:<nil>\nI:\nF:x:Int:D:<nil>:X:<nil>\nINTERFACE J\nD:<nil>\nI:\nF:y:Int:D:<nil>:X:<nil>\nF:z:Int:D:<nil>:X:<nil>\nUNION U\nD:<nil>\nU:Query,Other\nOBJECT Other\nD:<nil>\nI:\nF:o:Int:D:<nil>:X:<nil>\nENUM E\nD:<nil>\nE:A:D:<nil>:X:<nil>\nE:B:D:<nil>:X:<nil>\nE:C:D:<nil>:X:<nil>\nINPUT_OBJECT In\nD:<nil>\nO:false\nA:p:Int=<nil>:D:<nil>:X:<nil>\nA:q:Int=2:D:<nil>:X:<nil>\nSCALAR S\nD:<nil>\nS:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "deprecationsOnFieldsArgumentsInputFieldsAndEnumValues",
            sdl:
                "type Query {\n  old: Int @deprecated\n  older(a: Int @deprecated(reason: \"Use b.\"), b: Int): Int @deprecated(reason: \"Gone.\")\n  kept: Int @deprecated(reason: null)\n  e: E\n  f(in: In): Int\n}\nenum E { A @deprecated B @deprecated(reason: \"\"\"Block\nreason\"\"\") C }\ninput In { x: Int @deprecated(reason: \"x is old\") y: Int }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: Query,Int,E,In,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:\nF:old:Int:D:<nil>:X:No longer supported\nF:older:Int:D:<nil>:X:Gone.\nA:a:Int=<nil>:D:<nil>:X:Use b.\nA:b:Int=<nil>:D:<nil>:X:<nil>\nF:kept:Int:D:<nil>:X:<nil>\nF:e:E:D:<nil>:X:<nil>\nF:f:Int:D:<nil>:X:<nil>\nA:in:In=<nil>:D:<nil>:X:<nil>\nENUM E\nD:<nil>\nE:A:D:<nil>:X:No longer supported\nE:B:D:<nil>:X:Block\nreason\nE:C:D:<nil>:X:<nil>\nINPUT_OBJECT In\nD:<nil>\nO:false\nA:x:Int=<nil>:D:<nil>:X:x is old\nA:y:Int=<nil>:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "specifiedByAndOneOf",
            sdl:
                "scalar UUID @specifiedBy(url: \"https://tools.ietf.org/html/rfc4122\")\ninput Pick @oneOf { id: ID name: String }\ninput Plain { id: ID }\ntype Query { a(p: Pick, q: Plain, u: UUID): Int }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: UUID,Pick,ID,String,Plain,Query,Int,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nSCALAR UUID\nD:<nil>\nS:https://tools.ietf.org/html/rfc4122\nINPUT_OBJECT Pick\nD:<nil>\nO:true\nA:id:ID=<nil>:D:<nil>:X:<nil>\nA:name:String=<nil>:D:<nil>:X:<nil>\nINPUT_OBJECT Plain\nD:<nil>\nO:false\nA:id:ID=<nil>:D:<nil>:X:<nil>\nOBJECT Query\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\nA:p:Pick=<nil>:D:<nil>:X:<nil>\nA:q:Plain=<nil>:D:<nil>:X:<nil>\nA:u:UUID=<nil>:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "directiveDefinitions",
            sdl:
                "directive @auth(requires: Role = ADMIN, scopes: [String!]) repeatable on OBJECT | FIELD_DEFINITION\ndirective @cached on QUERY | FIELD\nenum Role { ADMIN USER }\ntype Query @auth { a: Int @auth(requires: USER) }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: Role,Query,Int,String,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nENUM Role\nD:<nil>\nE:ADMIN:D:<nil>:X:<nil>\nE:USER:D:<nil>:X:<nil>\nOBJECT Query\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\n@auth:repeatable:OBJECT|FIELD_DEFINITION:D:<nil>\nA:requires:Role=ADMIN:D:<nil>:X:<nil>\nA:scopes:[String!]=<nil>:D:<nil>:X:<nil>\n@cached::QUERY|FIELD:D:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "redeclaredBuiltInDirectivesReplaceTheBuiltIns",
            sdl:
                "directive @skip(when: Boolean) on FIELD\ndirective @deprecated on FIELD_DEFINITION\ntype Query { a: Int @deprecated }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: Query,Int,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:No longer supported\n@skip::FIELD:D:<nil>\nA:when:Boolean=<nil>:D:<nil>:X:<nil>\n@deprecated::FIELD_DEFINITION:D:<nil>\n@include (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "redefinedBuiltInScalarsAreTheBuiltIns",
            sdl: "\"Mine\" scalar String\nscalar ID\ntype Query { a: String b: ID }",
            extension: nil,
            expected:
                "schema description=<nil> query=Query mutation=<nil> subscription=<nil>\ntypes: String,ID,Query,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Query\nD:<nil>\nI:\nF:a:String:D:<nil>:X:<nil>\nF:b:ID:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "aDocumentWithoutTypesHasOnlyTheBuiltIns",
            sdl: "directive @x on FIELD",
            extension: nil,
            expected:
                "schema description=<nil> query=<nil> mutation=<nil> subscription=<nil>\ntypes: Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\n@x::FIELD:D:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
        BuildCase(
            "extendingAddsTypesFieldsAndDirectives",
            sdl:
                "type Query { a: Int }\ninterface Node { id: ID! }\ntype User implements Node { id: ID! }\nunion U = User\nenum E { A }\ninput In { x: Int }\nscalar S",
            extension:
                "extend type Query { b: String, user: User }\nextend type User { name: String }\ntype Post implements Node { id: ID! }\nextend union U = Post\nextend enum E { B }\nextend input In { y: Int }\nextend scalar S @specifiedBy(url: \"https://example.com\")\ndirective @tag(name: String!) on OBJECT\nextend schema { mutation: Mutation }\ntype Mutation { m: Int }",
            expected:
                "schema description=<nil> query=Query mutation=Mutation subscription=<nil>\ntypes: Query,Int,Node,ID,User,U,E,In,S,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation,Post,Mutation\nOBJECT Query\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\nF:b:String:D:<nil>:X:<nil>\nF:user:User:D:<nil>:X:<nil>\nINTERFACE Node\nD:<nil>\nI:\nF:id:ID!:D:<nil>:X:<nil>\nOBJECT User\nD:<nil>\nI:Node\nF:id:ID!:D:<nil>:X:<nil>\nF:name:String:D:<nil>:X:<nil>\nUNION U\nD:<nil>\nU:User,Post\nENUM E\nD:<nil>\nE:A:D:<nil>:X:<nil>\nE:B:D:<nil>:X:<nil>\nINPUT_OBJECT In\nD:<nil>\nO:false\nA:x:Int=<nil>:D:<nil>:X:<nil>\nA:y:Int=<nil>:D:<nil>:X:<nil>\nSCALAR S\nD:<nil>\nS:https://example.com\nOBJECT Post\nD:<nil>\nI:Node\nF:id:ID!:D:<nil>:X:<nil>\nOBJECT Mutation\nD:<nil>\nI:\nF:m:Int:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)\n@tag::OBJECT:D:<nil>\nA:name:String!=<nil>:D:<nil>:X:<nil>"
        ),
        BuildCase(
            "extendingKeepsExistingRootsAndDropsTheDescription",
            sdl: "\"Described\" schema { query: Q }\ntype Q { a: Int }",
            extension: "extend type Q { b: Int }",
            expected:
                "schema description=<nil> query=Q mutation=<nil> subscription=<nil>\ntypes: Q,Int,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation\nOBJECT Q\nD:<nil>\nI:\nF:a:Int:D:<nil>:X:<nil>\nF:b:Int:D:<nil>:X:<nil>\n@include (built in)\n@skip (built in)\n@deprecated (built in)\n@specifiedBy (built in)\n@oneOf (built in)"
        ),
    ]

    @Test(arguments: cases)
    func schemasAreBuiltAsGraphQLJSBuildsThem(_ buildCase: BuildCase) throws {
        var schema = try buildSchema(buildCase.sdl)
        if let extensionSDL = buildCase.extensionSDL {
            schema = try extendSchema(schema, try parse(extensionSDL))
        }
        let actual = describeSchema(schema).split(separator: "\n", omittingEmptySubsequences: false)
        let expected = buildCase.expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(actual == expected)
    }
}

/// The listing format of the expected values: roots, type names in order, each
/// non-built-in type's `canonicalListing`, then the directives.
func describeSchema(_ schema: GraphQLSchema) -> String {
    func name(_ type: GraphQLObjectType?) -> String { type?.name ?? "<nil>" }
    var lines = [
        "schema description=\(schema.description ?? "<nil>") query=\(name(schema.queryType)) mutation=\(name(schema.mutationType)) subscription=\(name(schema.subscriptionType))",
        "types: " + schema.types.map(\.name).joined(separator: ","),
    ]
    for type in schema.types where !IntrospectionTypes.isIntrospectionTypeName(type.name) {
        if case .scalar(let scalar) = type, scalar.isSpecified { continue }
        lines.append(canonicalListing(type))
    }
    for directive in schema.directives {
        if directive.isSpecified && directive.astNode == nil {
            lines.append("@\(directive.name) (built in)")
            continue
        }
        let locations = directive.locations.map(\.rawValue).joined(separator: "|")
        lines.append(
            "@\(directive.name):\(directive.isRepeatable ? "repeatable" : ""):\(locations):D:\(directive.description ?? "<nil>")"
        )
        for argument in directive.arguments {
            let defaultText = argument.defaultValue.map(printValue) ?? "<nil>"
            lines.append(
                "A:\(argument.name):\(argument.type)=\(defaultText):D:\(argument.description ?? "<nil>"):X:\(argument.deprecationReason ?? "<nil>")"
            )
        }
    }
    return lines.joined(separator: "\n")
}
