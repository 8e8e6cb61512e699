import Synchronization

/// Scratch buffers handed from one parse to the next, so that a parse of a small document
/// allocates only its syntax tree.
///
/// A parse that finishes leaves its stacks empty but keeps their storage; `recycle()` puts
/// them in a single slot that the next parse takes with `reused()`. Parses running at the
/// same time find the slot empty and allocate their own, as before. A parse that fails drops
/// its buffers, and buffers grown past `maxKeptBytes` by a large document are freed rather
/// than kept for the life of the process.
extension ScratchBuffers {
    /// The buffers the last finished parse left, if no parse has taken them since.
    private static let spare = Mutex<ScratchBuffers?>(nil)

    /// The most storage, in bytes over all stacks, kept between parses.
    static let maxKeptBytes = 64 * 1024

    /// Buffers for a new parse: those a finished parse left, or new (empty) ones.
    static func reused() -> ScratchBuffers {
        var taken: ScratchBuffers? = nil
        spare.withLock { swap(&taken, &$0) }
        return taken ?? ScratchBuffers()
    }

    /// Leaves these buffers, which the finished parse emptied, for the next parse; this
    /// value is left with no storage.
    mutating func recycle() {
        guard storageBytes <= ScratchBuffers.maxKeptBytes else { return }
        var kept: ScratchBuffers? = ScratchBuffers()
        swap(&kept!, &self)  // safe: set just above
        ScratchBuffers.spare.withLock { swap(&kept, &$0) }
        // What the slot held, if anything, is freed here, outside the lock.
    }

    /// The storage of all the stacks, in bytes.
    private var storageBytes: Int {
        definitions.storageBytes + variableDefinitions.storageBytes + selections.storageBytes
            + arguments.storageBytes + directives.storageBytes + values.storageBytes
            + objectFields.storageBytes + fieldDefinitions.storageBytes + inputValues.storageBytes
            + enumValues.storageBytes + namedTypes.storageBytes + pendingFields.storageBytes
            + pendingInlineFragments.storageBytes
    }
}

// Unchecked: the buffers own their storage alone (the type cannot be copied), and are handed
// between threads only through `spare`'s lock, empty.
extension ScratchBuffers: @unchecked Sendable {}
