import Foundation

/// A first-in, first-out hand-over between two threads that holds at most `capacity` elements:
/// the producer waits while it is full, the consumer while it is empty, so a fast reader cannot
/// run ahead of a slow writer by more than `capacity` elements of memory.
///
/// Either side may ``close()`` it: the producer when it has nothing more, the consumer when it
/// stops early (an error), which wakes a producer waiting to push.
///
/// `@unchecked Sendable` because its state is guarded by `condition`: every access to
/// `elements` and `closed` happens between `lock()` and `unlock()`.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// At most `capacity` elements: taking one removes it, so nothing taken stays referenced.
    private var elements: [Element] = []
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0, "a queue holds at least one element")
        self.capacity = capacity
    }

    /// Adds an element, waiting while the queue is full.
    ///
    /// - Returns: false when the queue was closed: the consumer wants nothing more.
    @discardableResult
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed && elements.count >= capacity { condition.wait() }
        if closed { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// The next element, waiting while the queue is empty; nil once it is closed and empty.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while !closed && elements.isEmpty { condition.wait() }
        guard !elements.isEmpty else { return nil }
        // Linear in the capacity, a handful of elements.
        let element = elements.removeFirst()
        condition.broadcast()
        return element
    }

    /// No more pushes: a waiting producer returns false, and the consumer gets what is left, then nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
