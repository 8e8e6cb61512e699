// Which callbacks of a validation visitor the walk calls (graphql-js: the node kinds a visitor
// object has keys for, which `visitInParallel` looks up once per kind).

/// The kinds of node a `ValidationVisitor` has callbacks for, one per `enter…`/`leave…` pair.
///
/// The walk calls a visitor only for these kinds, so a rule that reads only fields costs nothing
/// at the other nodes of a document. A kind left out never has its callbacks called, even when
/// the visitor implements them: list every kind whose `enter…` or `leave…` the visitor implements.
public struct VisitedNodeKinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    init(_ kind: NodeKind) { self.init(rawValue: 1 << kind.rawValue) }

    public static let document = Self(.document)
    public static let operationDefinition = Self(.operationDefinition)
    public static let variableDefinition = Self(.variableDefinition)
    public static let selectionSet = Self(.selectionSet)
    public static let field = Self(.field)
    public static let argument = Self(.argument)
    public static let fragmentSpread = Self(.fragmentSpread)
    public static let inlineFragment = Self(.inlineFragment)
    public static let fragmentDefinition = Self(.fragmentDefinition)
    /// Values of every kind (`enterValue`).
    public static let value = Self(.value)
    public static let objectField = Self(.objectField)
    public static let directive = Self(.directive)
    public static let namedType = Self(.namedType)
    public static let schemaDefinition = Self(.schemaDefinition)
    public static let schemaExtension = Self(.schemaExtension)
    public static let operationTypeDefinition = Self(.operationTypeDefinition)
    public static let typeDefinition = Self(.typeDefinition)
    public static let typeExtension = Self(.typeExtension)
    public static let fieldDefinition = Self(.fieldDefinition)
    public static let inputValueDefinition = Self(.inputValueDefinition)
    public static let enumValueDefinition = Self(.enumValueDefinition)
    public static let directiveDefinition = Self(.directiveDefinition)

    /// Every kind: the default, for a visitor that does not say.
    public static let all = Self(rawValue: (1 << NodeKind.allCases.count) - 1)
}

/// A kind of node the walk shows visitors, numbered for the walk's tables.
enum NodeKind: Int, CaseIterable {
    case document, operationDefinition, variableDefinition, selectionSet, field, argument
    case fragmentSpread, inlineFragment, fragmentDefinition, value, objectField, directive, namedType
    case schemaDefinition, schemaExtension, operationTypeDefinition, typeDefinition, typeExtension
    case fieldDefinition, inputValueDefinition, enumValueDefinition, directiveDefinition
}
