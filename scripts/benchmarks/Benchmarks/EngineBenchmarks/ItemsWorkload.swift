// Rows (b) and (c) for PeerHub: the schema of Workloads/items-schema.graphql with a typed
// resolver on every field, over the data that file describes, the same data every peer serves.
import GraphQLEngine

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

    /// The resolvers serving this catalog through the items schema.
    var resolvers: Resolvers {
        var resolvers = Resolvers()
        let items = self.items
        let itemsByID = self.itemsByID
        resolvers["Query", "items"] = .sync { _ in .list(items.map { .object($0) }) }
        resolvers["Query", "item"] = .sync { input in
            guard case .string(let id)? = input[argument: "id"], let item = itemsByID[id] else { return .null }
            return .object(item)
        }
        resolvers["Item", "id"] = .property { (item: Item) in .string(item.id) }
        resolvers["Item", "name"] = .property { (item: Item) in .string(item.name) }
        resolvers["Item", "description"] = .property { (item: Item) in .optional(item.description.map(FieldValue.string)) }
        resolvers["Item", "price"] = .property { (item: Item) in .float(item.price) }
        resolvers["Item", "quantity"] = .property { (item: Item) in .int(item.quantity) }
        resolvers["Item", "available"] = .property { (item: Item) in .boolean(item.available) }
        resolvers["Item", "category"] = .property { (item: Item) in .string(item.category) }
        resolvers["Item", "tags"] = .property { (item: Item) in .list(item.tags.map(FieldValue.string)) }
        resolvers["Item", "owner"] = .property { (item: Item) in .object(item.owner) }
        resolvers["Owner", "id"] = .property { (owner: Owner) in .string(owner.id) }
        resolvers["Owner", "name"] = .property { (owner: Owner) in .string(owner.name) }
        resolvers["Owner", "email"] = .property { (owner: Owner) in .optional(owner.email.map(FieldValue.string)) }
        return resolvers
    }
}
