import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An adjacency index kept in a file beside its database (`graph.sqlite.adjacency`), so that a new
/// process maps it instead of reading every fact from SQLite.
///
/// The file is a cache, never a source of truth: it is read only when its header, sizes, checksum
/// and every offset in it check out, and used only when its fingerprint matches the database (see
/// ``AdjacencyFingerprint``). It is written to a temporary file in the same folder, flushed, and
/// renamed over the old one, so a crash while writing leaves the old file or none, never half of one.
///
/// Layout, in the machine's byte order (a machine of the other order reads a wrong version and
/// refuses the file), every section starting on a multiple of 8 bytes:
///
/// | bytes | what |
/// | --- | --- |
/// | 0..<8 | magic `EntAdjIx` |
/// | 8..<12, 12..<16 | format version, source count |
/// | 16..<40 | the fingerprint: database identity, generation, highest fact id |
/// | 40..<56 | fact count, entity count, predicate count, bytes of the names section (32 bits each) |
/// | 56..<64 | checksum of every other byte of the file |
/// | 64… | fact ids (64 bits); subjects, objects, first and last days (32 bits); the out and in slice starts and slices (32 bits); predicate numbers (16 bits); Goldstein scores (64 bits); source numbers (32 bits); modalities (8 bits); predicate names and classes (16-bit length and UTF-8 each), then source names (32-bit length and UTF-8 each) |
///
/// Version 2 added the scores, sources and modalities a dyad timeline reads; a version 1 file is
/// refused and built again.
struct AdjacencyIndexFile: Sendable {
    /// Where the file is.
    let path: String

    static let magic = Array("EntAdjIx".utf8)
    static let version: UInt32 = 2
    static let headerSize = 64
    private static let checksumOffset = 56

    /// The file beside the database at `databasePath`.
    init(besideDatabase databasePath: String) {
        path = databasePath + ".adjacency"
    }

    init(path: String) {
        self.path = path
    }

    /// Why a file was not read, or not written.
    enum Refusal: Error, Equatable, CustomStringConvertible {
        case absent
        case unreadable(String)
        case damaged(String)
        case unwritable(String)

        var description: String {
            switch self {
            case .absent: "no index file"
            case .unreadable(let reason): "cannot be read: \(reason)"
            case .damaged(let reason): "damaged: \(reason)"
            case .unwritable(let reason): "cannot be written: \(reason)"
            }
        }
    }

    // MARK: - Writing

    /// Writes `index`, built under `fingerprint`, atomically: a temporary file beside the final
    /// one, flushed to disk, then renamed over it. Returns the file's size in bytes.
    @discardableResult
    func write(_ index: AdjacencyIndex, fingerprint: AdjacencyFingerprint) throws -> Int {
        var bytes = Self.encode(index, fingerprint: fingerprint)
        let checksum = Self.checksum(bytes)
        withUnsafeBytes(of: checksum) { bytes.replaceSubrange(Self.checksumOffset..<Self.checksumOffset + 8, with: $0) }
        // A name no other writer uses: two processes building at once each rename a whole file.
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw Refusal.unwritable("\(temporary): \(String(cString: strerror(errno)))") }
        // The data reaches the disk before the name does: after a crash, the name is the old file's or a whole new one's.
        let failure = bytes.withUnsafeBytes { writeAll(descriptor, $0) } ?? (fsync(descriptor) == 0 ? nil : String(cString: strerror(errno)))
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw Refusal.unwritable("\(temporary): \(failure)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Refusal.unwritable("\(path): \(reason)")
        }
        return bytes.count
    }

    /// The file's bytes, checksum field zero.
    static func encode(_ index: AdjacencyIndex, fingerprint: AdjacencyFingerprint) -> [UInt8] {
        var names: [UInt8] = []
        for (name, relationClass) in zip(index.predicateNames, index.predicateClasses) {
            for text in [name, relationClass] {
                let utf8 = Array(text.utf8)
                append(UInt16(utf8.count), to: &names)
                names += utf8
            }
        }
        // A source is free text (a publisher as an article gives it): a 32-bit length.
        for text in index.sourceNames {
            let utf8 = Array(text.utf8)
            append(UInt32(utf8.count), to: &names)
            names += utf8
        }
        pad(&names)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(headerSize + index.factCount * 49 + index.outStart.count * 8 + names.count + 16)
        bytes += magic
        append(version, to: &bytes)
        append(UInt32(index.sourceNames.count), to: &bytes)
        append(fingerprint.identity, to: &bytes)
        append(fingerprint.generation, to: &bytes)
        append(fingerprint.maxFactID, to: &bytes)
        append(UInt32(index.factCount), to: &bytes)
        append(UInt32(index.entityCount), to: &bytes)
        append(UInt32(index.predicateNames.count), to: &bytes)
        append(UInt32(names.count), to: &bytes)
        append(UInt64(0), to: &bytes)
        appendArray(index.factIDs, to: &bytes)
        appendArray(index.subjects, to: &bytes)
        appendArray(index.objects, to: &bytes)
        appendArray(index.starts, to: &bytes)
        appendArray(index.ends, to: &bytes)
        appendArray(index.outStart, to: &bytes)
        appendArray(index.outEdges, to: &bytes)
        appendArray(index.inStart, to: &bytes)
        appendArray(index.inEdges, to: &bytes)
        appendArray(index.predicates, to: &bytes)
        pad(&bytes)
        appendArray(index.scores, to: &bytes)
        appendArray(index.sources, to: &bytes)
        appendArray(index.modalities, to: &bytes)
        pad(&bytes)
        bytes += names
        return bytes
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value) { bytes += $0 }
    }

    private static func appendArray<T: FixedWidthInteger>(_ values: IndexColumn<T>, to bytes: inout [UInt8]) {
        values.withUnsafeBytes { bytes += $0 }
    }

    private static func pad(_ bytes: inout [UInt8]) {
        bytes += repeatElement(0, count: (8 - bytes.count % 8) % 8)
    }

    // MARK: - Reading

    /// The index in the file and the fingerprint it was built under, when the file is whole:
    /// header, size, checksum and every offset checked. Says nothing about the database: the
    /// caller compares the fingerprint with it.
    func read() throws(Refusal) -> (index: AdjacencyIndex, fingerprint: AdjacencyFingerprint) {
        // Mapped, not read: the pages come from the file cache, shared with every process that maps
        // them, and the index's columns point into the mapping instead of copying it.
        guard let mapped = MappedFile(path: path) else {
            let reason = String(cString: strerror(errno))
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { throw .absent }
            if (attributes[.size] as? Int) == 0 { throw .damaged("shorter than its header (0 bytes)") }
            throw .unreadable(reason)
        }
        return try Self.decode(mapped.bytes, owner: mapped)
    }

    /// Decodes a whole file's bytes, refusing anything that does not check out; the index's columns
    /// point into `raw`, which `owner` keeps alive.
    static func decode(_ raw: UnsafeRawBufferPointer, owner: AnyObject) throws(Refusal) -> (index: AdjacencyIndex, fingerprint: AdjacencyFingerprint) {
        guard raw.count >= headerSize else { throw .damaged("shorter than its header (\(raw.count) bytes)") }
        guard Array(raw[0..<8]) == magic else { throw .damaged("not an adjacency index file (wrong magic)") }
        let version = raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        guard version == Self.version else { throw .damaged("format version \(version), this entente reads \(Self.version)") }
        let fingerprint = AdjacencyFingerprint(
            identity: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
            generation: raw.loadUnaligned(fromByteOffset: 24, as: Int64.self),
            maxFactID: raw.loadUnaligned(fromByteOffset: 32, as: Int64.self))
        let facts = Int(raw.loadUnaligned(fromByteOffset: 40, as: UInt32.self))
        let entities = Int(raw.loadUnaligned(fromByteOffset: 44, as: UInt32.self))
        let predicateCount = Int(raw.loadUnaligned(fromByteOffset: 48, as: UInt32.self))
        let namesSize = Int(raw.loadUnaligned(fromByteOffset: 52, as: UInt32.self))
        let sourceCount = Int(raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        // Counts are 32-bit, so these sums cannot overflow an Int.
        let predicatesSize = (facts * 2 + 7) / 8 * 8
        let timelineSize = facts * 8 + (facts * 5 + 7) / 8 * 8
        let expected = headerSize + facts * 8 + facts * 4 * 6 + (entities + 1) * 4 * 2 + predicatesSize + timelineSize + namesSize
        guard raw.count == expected else { throw .damaged("\(raw.count) bytes where its header says \(expected) (truncated or extended)") }
        let stored = raw.loadUnaligned(fromByteOffset: checksumOffset, as: UInt64.self)
        guard stored == checksum(raw) else { throw .damaged("checksum mismatch") }

        var offset = headerSize
        // Every section starts on a multiple of 8 bytes of a page-aligned mapping: aligned for its numbers.
        func take<T: FixedWidthInteger>(_ count: Int, _: T.Type) -> IndexColumn<T> {
            let values = IndexColumn<T>(owner: owner, base: raw.baseAddress! + offset, count: count)
            offset += count * MemoryLayout<T>.size
            return values
        }
        let factIDs = take(facts, Int64.self)
        let subjects = take(facts, Int32.self)
        let objects = take(facts, Int32.self)
        let starts = take(facts, Int32.self)
        let ends = take(facts, Int32.self)
        let outStart = take(entities + 1, Int32.self)
        let outEdges = take(facts, Int32.self)
        let inStart = take(entities + 1, Int32.self)
        let inEdges = take(facts, Int32.self)
        let predicates = take(facts, UInt16.self)
        offset = expected - namesSize - timelineSize
        let scores = take(facts, UInt64.self)
        let sources = take(facts, Int32.self)
        let modalities = take(facts, UInt8.self)
        offset = expected - namesSize
        // A predicate's name and class have a 16-bit length, a source a 32-bit one.
        func name(lengthBytes width: Int) throws(Refusal) -> String {
            guard offset + width <= raw.count else { throw .damaged("names cut short") }
            let length =
                width == 2
                ? Int(raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) : Int(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            guard length <= raw.count - offset - width else { throw .damaged("names cut short") }
            defer { offset += width + length }
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[offset + width..<offset + width + length]), as: UTF8.self)
        }
        var names: [String] = []
        var classes: [String] = []
        for _ in 0..<predicateCount {
            names.append(try name(lengthBytes: 2))
            classes.append(try name(lengthBytes: 2))
        }
        var sourceNames: [String] = []
        sourceNames.reserveCapacity(min(sourceCount, facts))
        for _ in 0..<sourceCount { sourceNames.append(try name(lengthBytes: 4)) }
        let index = AdjacencyIndex(
            maxFactID: fingerprint.maxFactID, factIDs: factIDs, subjects: subjects, objects: objects, predicates: predicates,
            starts: starts, ends: ends, predicateNames: names, predicateClasses: classes, scores: scores, sources: sources,
            modalities: modalities, sourceNames: sourceNames, outStart: outStart, outEdges: outEdges, inStart: inStart, inEdges: inEdges)
        try checkShape(index, entities: entities)
        return (index, fingerprint)
    }

    /// Every number the search follows is in range: a file whose checksum was forged still cannot
    /// send a search outside its arrays (which would stop the process).
    private static func checkShape(_ index: AdjacencyIndex, entities: Int) throws(Refusal) {
        let facts = index.factCount
        guard entities >= 0, facts <= Int(Int32.max) else { throw .damaged("impossible counts") }
        for starts in [index.outStart, index.inStart] {
            guard starts.first == 0, starts.last == Int32(facts) else { throw .damaged("slice starts do not cover the facts") }
            for position in 1..<starts.count where starts[position] < starts[position - 1] {
                throw .damaged("slice starts out of order")
            }
        }
        guard index.outStart.count == entities + 1, index.inStart.count == entities + 1 else { throw .damaged("impossible counts") }
        for edges in [index.outEdges, index.inEdges] where edges.contains(where: { $0 < 0 || Int($0) >= facts }) {
            throw .damaged("a slice names a fact outside the index")
        }
        for ends in [index.subjects, index.objects] where ends.contains(where: { $0 < 0 || Int($0) >= entities }) {
            throw .damaged("a fact names an entity outside the index")
        }
        let predicateCount = index.predicateNames.count
        if index.predicates.contains(where: { Int($0) >= predicateCount }) { throw .damaged("a fact names an unknown predicate") }
        let sourceCount = index.sourceNames.count
        if index.sources.contains(where: { $0 < 0 || Int($0) >= sourceCount }) { throw .damaged("a fact names an unknown source") }
        if index.modalities.contains(where: { $0 > 1 }) { throw .damaged("a fact has an unknown modality") }
        for position in index.factIDs.indices.dropFirst() where index.factIDs[position] <= index.factIDs[position - 1] {
            throw .damaged("fact ids out of order")
        }
        if let last = index.factIDs.last, last > index.maxFactID { throw .damaged("a fact id above the highest recorded") }
    }

    // MARK: - Checksum

    /// A 64-bit checksum of every byte but the checksum field's, eight bytes at a time: each step
    /// (xor, multiply by an odd number, rotate) is a bijection of the running value, so changing any
    /// one word of the file always changes the result.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            let word = offset == checksumOffset ? 0 : raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = ((hash ^ word) &* 0x9e37_79b9_7f4a_7c15)
            hash = hash << 29 | hash >> 35
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* 0x9e37_79b9_7f4a_7c15
            offset += 1
        }
        return hash
    }

    // MARK: - Removing

    /// Removes the file and any temporary file a stopped build left beside it; true when there was anything.
    @discardableResult
    func remove() -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        var removed = false
        for sibling in siblings where sibling == name || sibling.hasPrefix(name + ".tmp-") {
            removed = unlink(folder.isEmpty ? sibling : (folder as NSString).appendingPathComponent(sibling)) == 0 || removed
        }
        return removed
    }
}

/// Writes every byte to `descriptor`; the system's reason when it cannot.
private func writeAll(_ descriptor: Int32, _ raw: UnsafeRawBufferPointer) -> String? {
    var written = 0
    while written < raw.count {
        let count = write(descriptor, raw.baseAddress! + written, raw.count - written)
        if count <= 0 { return String(cString: strerror(errno)) }
        written += count
    }
    return nil
}
