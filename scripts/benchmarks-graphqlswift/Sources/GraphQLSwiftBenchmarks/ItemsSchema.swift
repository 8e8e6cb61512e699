// Rows (b) and (c) for GraphQLSwift: the schema of scripts/benchmarks/Workloads/items-schema.graphql
// built the way GraphQLSwift schemas are written, with a typed resolver on every field (its fastest
// path: the default resolver goes through Mirror), over the data that file describes.
import GraphQL

/// An owner, as the workload describes it.
struct Owner: Sendable {
    let id: String
    let name: String
    let email: String?
}

/// An item, as the workload describes it.
struct Item: Sendable {
    let id: String
    let name: String
    let description: String?
    let price: Double
    let quantity: Int
    let available: Bool
    let category: String
    let tags: [String]
    let owner: Owner
}

/// The 1,000 items of the workload, and an index by id for `item(id:)`.
struct Catalog: Sendable {
    let items: [Item]
    let itemsByID: [String: Item]

    init(count: Int = 1_000) {
        let owners = (0..<50).map { k in
            Owner(id: "owner-\(k)", name: "Owner \(k)", email: "owner-\(k)@example.org")
        }
        items = (0..<count).map { i in
            Item(
                id: "item-\(i)",
                name: "Item \(i)",
                description: i % 3 == 0 ? nil : "Description of item \(i)",
                price: Double(i) + 0.5,
                quantity: i % 100,
                available: i % 2 == 0,
                category: "category-\(i % 10)",
                tags: ["tag-\(i % 5)", "tag-\(i % 7)", "tag-\(i % 11)"],
                owner: owners[i % 50]
            )
        }
        itemsByID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
    }
}

/// A field of `Source` read by `read`, resolved synchronously.
func field<Source, Value: Sendable>(
    _ type: GraphQLOutputType,
    _ read: @escaping @Sendable (Source) -> Value?
) -> GraphQLField {
    GraphQLField(type: type) { source, _, _, _ in
        (source as? Source).flatMap(read)
    }
}

/// The items schema over `catalog`.
func itemsSchema(_ catalog: Catalog) throws -> GraphQLSchema {
    let owner = try GraphQLObjectType(
        name: "Owner",
        fields: [
            "id": field(GraphQLNonNull(GraphQLID)) { (owner: Owner) in owner.id },
            "name": field(GraphQLNonNull(GraphQLString)) { (owner: Owner) in owner.name },
            "email": field(GraphQLString) { (owner: Owner) in owner.email },
        ]
    )
    let item = try GraphQLObjectType(
        name: "Item",
        fields: [
            "id": field(GraphQLNonNull(GraphQLID)) { (item: Item) in item.id },
            "name": field(GraphQLNonNull(GraphQLString)) { (item: Item) in item.name },
            "description": field(GraphQLString) { (item: Item) in item.description },
            "price": field(GraphQLNonNull(GraphQLFloat)) { (item: Item) in item.price },
            "quantity": field(GraphQLNonNull(GraphQLInt)) { (item: Item) in item.quantity },
            "available": field(GraphQLNonNull(GraphQLBoolean)) { (item: Item) in item.available },
            "category": field(GraphQLNonNull(GraphQLString)) { (item: Item) in item.category },
            "tags": field(GraphQLNonNull(GraphQLList(GraphQLNonNull(GraphQLString)))) { (item: Item) in item.tags },
            "owner": field(GraphQLNonNull(owner)) { (item: Item) in item.owner },
        ]
    )
    let query = try GraphQLObjectType(
        name: "Query",
        fields: [
            "items": GraphQLField(type: GraphQLNonNull(GraphQLList(GraphQLNonNull(item)))) { _, _, _, _ in
                catalog.items
            },
            "item": GraphQLField(
                type: item,
                args: ["id": GraphQLArgument(type: GraphQLNonNull(GraphQLID))]
            ) { _, arguments, _, _ in
                catalog.itemsByID[arguments["id"].string ?? ""]
            },
        ]
    )
    return try GraphQLSchema(query: query)
}
