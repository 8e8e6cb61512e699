import Foundation  // malloc and free (see `ItemStack.allocate`)

/// A stack of items the parser gathers list items on, so that each list of the syntax tree is
/// allocated once, at its final size, instead of growing by doubling.
///
/// Lists nest (a selection set inside a field inside a selection set) but always finish in
/// reverse order of starting, so one stack per item type serves them all: a list notes the
/// stack's `count` when it starts, pushes its items, and at its end takes the items from that
/// mark on (`popItems(from:)`), leaving the stack as it found it. Items are moved, never copied,
/// so taking them costs no reference counting.
struct ItemStack<Item>: ~Copyable {
    private var base: UnsafeMutablePointer<Item>?
    private var capacity = 0
    /// How many items the stack holds.
    private(set) var count = 0

    /// An empty stack; it allocates on the first push.
    init() {}

    deinit {
        if let base {
            base.deinitialize(count: count)
            free(base)
        }
    }

    /// Pushes `item`.
    @inline(__always)
    mutating func push(_ item: consuming Item) {
        if count == capacity { grow() }
        (base! + count).initialize(to: consume item)  // safe: grow() allocated storage if there was none
        count += 1
    }

    /// The items pushed since the stack held `mark` items, moved into an array of their own.
    ///
    /// The array is allocated once, at its final size, and the items' bytes are copied into
    /// its storage in one move (see `MovedItems`): no reference counting, and no item passes
    /// through a temporary on the stack.
    @inline(__always)
    mutating func popItems(from mark: Int) -> [Item] {
        let taken = count - mark
        guard taken > 0, let base else { return [] }
        count = mark
        var items: [Item] = []
        items.append(contentsOf: MovedItems(start: base + mark, count: taken))
        return items
    }

    /// Where the last item pushed is, to change it in place; nil when the stack is empty.
    @inline(__always)
    var lastItem: UnsafeMutablePointer<Item>? {
        guard count > 0, let base else { return nil }
        return base + (count - 1)
    }

    /// Removes and returns the last item pushed, if any.
    @inline(__always)
    mutating func popLast() -> Item? {
        guard count > 0, let base else { return nil }
        count -= 1
        return (base + count).move()
    }

    /// The item at `index`, which must be below `count`.
    @inline(__always)
    subscript(index: Int) -> Item {
        base.unsafelyUnwrapped[index]  // safe: an item was pushed at `index`, so storage exists
    }

    private mutating func grow() {
        let newCapacity = max(16, capacity * 2)
        let larger = ItemStack.allocate(capacity: newCapacity)
        if let base {
            larger.moveInitialize(from: base, count: count)
            free(base)
        }
        base = larger
        capacity = newCapacity
    }

    /// Uninitialized room for `capacity` items, from `malloc`.
    ///
    /// `UnsafeMutablePointer.allocate` asks the runtime for its default alignment, which on Linux
    /// it serves with `posix_memalign`, several times the cost of `malloc`; `malloc` aligns to
    /// 16 bytes, more than any syntax node needs.
    static func allocate(capacity: Int) -> UnsafeMutablePointer<Item> {
        precondition(MemoryLayout<Item>.alignment <= 16, "items aligned beyond what malloc gives")
        guard let storage = malloc(MemoryLayout<Item>.stride * capacity) else {
            fatalError("out of memory for \(capacity) parser scratch items")
        }
        return storage.bindMemory(to: Item.self, capacity: capacity)
    }
}

/// Items moved out of an `ItemStack` into an array's storage, as one block of bytes.
///
/// `Array.append(contentsOf:)` reserves room for `underestimatedCount` items, then asks the
/// sequence to initialize that storage (`_copyContents`), which here is a single move of all
/// the items. Other ways of filling an array cost more per list: appending item by item copies
/// each item through a stack temporary (an enum with its case in a trailing byte is written in
/// pieces and read back whole, which the processor cannot forward from its store buffer), and
/// `Array(unsafeUninitializedCapacity:)` looks its storage type up at run time.
private struct MovedItems<Item>: Sequence {
    /// The first item to move.
    let start: UnsafeMutablePointer<Item>
    /// How many items to move.
    let count: Int

    var underestimatedCount: Int { count }

    /// Nothing is left once `_copyContents` has moved the items, and nothing else reads them.
    func makeIterator() -> EmptyCollection<Item>.Iterator {
        EmptyCollection<Item>.Iterator()
    }

    func _copyContents(
        initializing buffer: UnsafeMutableBufferPointer<Item>
    ) -> (EmptyCollection<Item>.Iterator, UnsafeMutableBufferPointer<Item>.Index) {
        // safe: append(contentsOf:) reserved room for `underestimatedCount` items
        buffer.baseAddress.unsafelyUnwrapped.moveInitialize(from: start, count: count)
        return (EmptyCollection<Item>.Iterator(), count)
    }
}

/// The parser's item stacks, one per kind of list item.
struct ScratchBuffers: ~Copyable {
    var definitions = ItemStack<DefinitionNode>()
    var variableDefinitions = ItemStack<VariableDefinitionNode>()
    var selections = ItemStack<SelectionNode>()
    var arguments = ItemStack<ArgumentNode>()
    var directives = ItemStack<DirectiveNode>()
    var values = ItemStack<ValueNode>()
    var objectFields = ItemStack<ObjectFieldNode>()
    var fieldDefinitions = ItemStack<FieldDefinitionNode>()
    var inputValues = ItemStack<InputValueDefinitionNode>()
    var enumValues = ItemStack<EnumValueDefinitionNode>()
    var namedTypes = ItemStack<NamedTypeNode>()
    /// Fields waiting for their selection set to be read.
    var pendingFields = ItemStack<FieldNode>()
    /// Inline fragments waiting for their selection set to be read.
    var pendingInlineFragments = ItemStack<InlineFragmentNode>()

    /// Completes the field last pushed on `pendingFields` with its selection set and moves it
    /// to the stack of selections.
    mutating func finishField(selectionSet: consuming SelectionSetNode, location: Location) {
        guard let field = pendingFields.lastItem else { return }
        field.pointee.selectionSet = consume selectionSet
        field.pointee.location = location
        if let field = pendingFields.popLast() {
            selections.push(.field(field))
        }
    }

    /// Completes the inline fragment last pushed on `pendingInlineFragments` with its selection
    /// set and moves it to the stack of selections.
    mutating func finishInlineFragment(selectionSet: consuming SelectionSetNode, location: Location) {
        guard let fragment = pendingInlineFragments.lastItem else { return }
        fragment.pointee.selectionSet = consume selectionSet
        fragment.pointee.location = location
        if let fragment = pendingInlineFragments.popLast() {
            selections.push(.inlineFragment(fragment))
        }
    }
}
