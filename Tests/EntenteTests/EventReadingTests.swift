@testable import Entente
@testable import EntenteEvents
import Foundation
import Testing

/// The reading stage of an import: fields split as bytes, the GDELT reader's memo, and the
/// bounded queue that hands batches to the writer.
@Suite struct EventReadingTests {
    @Test(arguments: [
        "", "\t", "a", "a\tb", "\ta\t\tb\t", "naïve\tcafé", "\t\u{0301}x\t", "e\u{0301}\t\u{0301}", "👩‍👩‍👧\t🇹🇷\t",
        "a\r\tb\r", "\u{0}\t\u{0}",
    ])
    func tabsSplitAsBytesAsTheyDoAsCharacters(line: String) {
        let expected = Substring(line).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(tabSeparatedFields(Substring(line)) == expected)
    }

    @Test func theMemoReadsEveryFixtureRowAsTheReaderAloneDoes() throws {
        let reader = GDELTRowReader()
        var memo = GDELTRowReader.Memo(capacity: 8)
        var events = 0
        // Twice through both files, so most rows hit the memo, and it is emptied when full.
        for _ in 0..<2 {
            for name in BulkLoadTests.gdelt {
                for line in try String(contentsOfFile: try EventImportTests.fixture(name), encoding: .utf8).split(separator: "\n") {
                    let fields = tabSeparatedFields(line)
                    let alone = reader.read(fields)
                    let remembered = reader.read(fields, memo: &memo)
                    switch (alone, remembered) {
                    case (.event(let a), .event(let b)):
                        #expect(a == b)
                        events += 1
                    case (.skipped(let a, let kept), .skipped(let b, let keptToo)):
                        #expect(a == b && kept == keptToo)
                    case (.ignored, .ignored):
                        break
                    default:
                        Issue.record("\(alone) ≠ \(remembered) for \(line)")
                    }
                }
            }
        }
        #expect(events == 2 * 55)
    }

    @Test(arguments: [
        "https://www.reuters.com/world/x", "http://a.example?q=1", "https://b.example#top", "https://c.example", "ftp://", "no scheme",
        "https://xn--80ak6aa92e.com/путь", "https://пример.рф/a", "://host/x", "a://b://c/d", "",
    ])
    func theASCIIHostIsFoundationsHost(url: String) {
        let foundation: String? = {
            guard let scheme = url.range(of: "://") else { return nil }
            let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return host.isEmpty ? nil : String(host)
        }()
        #expect(GDELTRowReader.host(of: url) == foundation)
        if url.utf8.allSatisfy({ $0 < 0x80 }), foundation != nil { #expect(GDELTRowReader.asciiHost(of: url) == foundation) }
    }

    @Test func theQueueHandsOverInOrderAndHoldsNoMoreThanItsCapacity() throws {
        let queue = BoundedQueue<Int>(capacity: 2)
        let pushed = Counter()
        let done = DispatchSemaphore(value: 0)
        Thread {
            for value in 0..<100 {
                guard queue.push(value) else { break }
                pushed.increment()
            }
            queue.close()
            done.signal()
        }.start()
        // Nothing is taken: the producer fills the queue, then waits at its capacity.
        let deadline = Date().addingTimeInterval(10)
        while pushed.value < 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(pushed.value == 2)
        var received: [Int] = []
        while let value = queue.pop() { received.append(value) }
        done.wait()
        #expect(received == Array(0..<100))
    }

    @Test func anElementTakenIsNoLongerHeldWhileTheProducerStaysAhead() {
        // The memory of an import is a few batches only if the queue lets go of each it hands over.
        let queue = BoundedQueue<Box>(capacity: 2)
        weak var first: Box?
        do {
            let box = Box()
            first = box
            queue.push(box)
        }
        queue.push(Box())
        for _ in 0..<5 {
            _ = queue.pop()
            queue.push(Box())
        }
        #expect(first == nil)
    }

    @Test func aConsumerThatStopsReleasesAWaitingProducer() throws {
        let queue = BoundedQueue<Int>(capacity: 1)
        let refused = DispatchSemaphore(value: 0)
        Thread {
            var value = 0
            while queue.push(value) { value += 1 }
            refused.signal()
        }.start()
        #expect(queue.pop() == 0)
        queue.close()
        // The producer, waiting to push, is told the queue is closed instead of waiting forever.
        #expect(refused.wait(timeout: .now() + 10) == .success)
        // What was pushed before the close can still be taken; then nothing.
        while queue.pop() != nil {}
        #expect(queue.pop() == nil)
    }
}

private final class Box: Sendable {}

/// A count shared by two threads of a test.
private final class Counter: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
