import Foundation

/// Remembers how chunks split, since the same words recur: spaCy keeps such a cache too. Results
/// do not depend on it.
///
/// Shared by every caller of one `Tokenizer`, hence the lock; the lock is held only for one dictionary
/// access. When full the cache starts over, which bounds its memory in long-running processes.
final class TokenizerChunkCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [CodePointKey: [ChunkToken]] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func tokens(for chunk: CodePointKey) -> [ChunkToken]? {
        lock.lock()
        defer { lock.unlock() }
        return entries[chunk]
    }

    func insert(_ tokens: [ChunkToken], for chunk: CodePointKey) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity { entries.removeAll() }
        entries[chunk] = tokens
    }
}
