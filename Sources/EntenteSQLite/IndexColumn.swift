#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One array of an adjacency index: fixed-width numbers either owned in memory (an index built
/// from SQLite) or lying in a mapped index file (an index a new process maps), read the same way,
/// so mapping a file costs no copy of it.
///
/// It never changes after it is made; `owner` keeps its memory alive (the allocation, or the
/// mapping) as long as any copy of the column exists. Subscripts are not bounds-checked: an
/// index built here is in range by construction, and one read from a file is checked whole
/// (`AdjacencyIndexFile.checkShape`) before any search uses it.
struct IndexColumn<Element: FixedWidthInteger>: RandomAccessCollection, @unchecked Sendable {
    // @unchecked: the memory behind `base` is immutable once made and outlives every copy (`owner`).
    private let owner: AnyObject?
    private let base: UnsafePointer<Element>?
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(position: Int) -> Element { base.unsafelyUnwrapped[position] }

    /// A copy of `values`, owned.
    init(_ values: [Element]) {
        let storage = OwnedStorage<Element>(values)
        owner = storage
        base = UnsafePointer(storage.pointer)
        count = values.count
    }

    /// `count` values at `base`, inside memory `owner` keeps alive (a mapped file).
    init(owner: AnyObject, base: UnsafeRawPointer, count: Int) {
        self.owner = owner
        self.base = count == 0 ? nil : base.assumingMemoryBound(to: Element.self)
        self.count = count
    }

    /// The values as bytes, in the machine's order, for writing them to a file.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base.map { UnsafeRawPointer($0) }, count: count * MemoryLayout<Element>.size))
    }
}

extension IndexColumn: Equatable {
    static func == (left: IndexColumn, right: IndexColumn) -> Bool { left.elementsEqual(right) }
}

/// The memory of an owned column, freed with the last copy of it.
private final class OwnedStorage<Element: FixedWidthInteger> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(_ values: [Element]) {
        count = values.count
        pointer = .allocate(capacity: max(values.count, 1))
        if !values.isEmpty { _ = UnsafeMutableBufferPointer(start: pointer, count: values.count).initialize(from: values) }
    }

    deinit { pointer.deallocate() }
}
