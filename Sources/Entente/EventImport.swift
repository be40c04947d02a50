import EntenteEvents
import Foundation

/// Imports GDELT or ICEWS event files into the graph: streamed line by line, stored in batches
/// of `batchSize` rows (one transaction each), every line that makes no fact counted by reason
/// with its file and line.
///
/// Two stages on two threads: a reading stage parses the files into batches (see
/// `EventFileReader`) and hands them through a queue of one to the calling thread, which stores
/// them. A large import into an empty or small graph drops the fact table's secondary indexes
/// first and rebuilds them once at the end (see ``IndexRebuild``); a crash in between leaves
/// them recorded as pending, and the next writable open rebuilds them.
public struct EventImport: Sendable {
    public enum Dataset: String, Sendable, CaseIterable {
        case gdelt, icews
    }

    /// Whether an import drops the fact indexes and rebuilds them once at the end.
    public enum IndexRebuild: String, Sendable, CaseIterable {
        /// When the import is large (at least ``EventImport/bulkLoadMinimumRows`` rows, estimated
        /// from the first batch and the files' sizes) and the graph holds fewer facts than it adds.
        case auto
        /// Whatever the size of the import and of the graph (standard input included).
        case always
        /// Indexes kept up to date row by row: readers meanwhile query at full speed.
        case never
    }

    /// Where an import stands, for a progress bar.
    public struct Progress: Sendable {
        public var file: String
        public var rows: Int
        public var bytesRead: Int
        public var size: Int?
        public var elapsed: Double
    }

    /// What an import says on the way, besides its progress.
    public enum Notice: Sendable {
        /// The fact indexes were dropped for a bulk load; they are rebuilt at the end. The estimate
        /// of the import's rows is what made ``IndexRebuild/auto`` choose it.
        case indexesDropped([String], estimatedRows: Int?)
        /// The fact indexes are being rebuilt.
        case rebuildingIndexes([String])
        /// They were rebuilt, in this many seconds.
        case indexesRebuilt([String], seconds: Double)
    }

    public var dataset: Dataset
    /// Rows per transaction: an interrupted import keeps whole batches only.
    public var batchSize: Int
    public var codebook: CAMEOCodebook
    /// Whether the import drops the fact indexes and rebuilds them at the end.
    public var indexRebuild: IndexRebuild
    /// The smallest import ``IndexRebuild/auto`` treats as a bulk load. Below it, keeping the
    /// indexes up to date row by row costs less than building them again.
    public var bulkLoadMinimumRows = 100_000

    public init(dataset: Dataset, batchSize: Int = 10_000, codebook: CAMEOCodebook = .standard, indexRebuild: IndexRebuild = .auto) {
        self.dataset = dataset
        self.batchSize = batchSize
        self.codebook = codebook
        self.indexRebuild = indexRebuild
    }

    /// Imports every file in turn (`-` is standard input). A file that cannot be read is
    /// reported and the next one imported; a database error stops the import after the last
    /// whole batch (and the indexes of a bulk load are rebuilt before it is thrown).
    ///
    /// - Parameter alongsideIndexRebuild: work that reads the stored facts, run on a thread of its
    ///   own while SQLite rebuilds the fact indexes of a bulk load (one core sorts; the reading
    ///   stage's core is free by then). The command line builds the adjacency index file there.
    ///   It reads the facts as the last batch committed them, which the rebuild does not change.
    ///   Not run when the import kept its indexes.
    public func run(
        _ files: [String], into store: any GraphStoring, progress: ((Progress) -> Void)? = nil, notice: ((Notice) -> Void)? = nil,
        alongsideIndexRebuild: (@Sendable () -> Void)? = nil
    ) throws -> EventImportReport {
        let started = Date()
        // One batch waiting while one is written and the next read: the stages overlap, and the
        // memory of an import is three batches.
        let queue = BoundedQueue<EventFileReader.Message>(capacity: 1)
        let reader = EventFileReader(dataset: dataset, batchSize: batchSize, codebook: codebook)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            reader.run(files, into: queue)
            finished.signal()
        }
        thread.name = "entente import: reading"
        thread.start()
        // If the writer stops first, this stops the reading stage at its next batch.
        defer { queue.close() }

        let importer = store.eventWriter(vocabulary: .standard)
        // SQLite drops its fact indexes around a large load, PostgreSQL its fact table's secondary
        // indexes and foreign keys.
        let bulkStore = store as? any BulkLoading
        var written = EventImportReport()
        var dropped: [String] = []
        var decided = indexRebuild == .never
        var lastProgress = Date.distantPast
        var readerReport = EventImportReport()
        do {
            while let message = queue.pop() {
                switch message {
                case .batch(let batch, let position, let estimatedRows):
                    if !decided {
                        decided = true
                        if let store = bulkStore, try bulkLoad(estimatedRows: estimatedRows, store: store) {
                            dropped = try store.dropFactIndexesForBulkLoad()
                            notice?(.indexesDropped(dropped, estimatedRows: indexRebuild == .auto ? estimatedRows : nil))
                        }
                    }
                    let outcome = try importer.write(batch)
                    written.factsStored += outcome.stored
                    written.alreadyStored += outcome.alreadyStored
                    written.entitiesAdded += outcome.entitiesAdded
                    if let progress, Date().timeIntervalSince(lastProgress) > 0.25 {
                        lastProgress = Date()
                        var now = position
                        now.elapsed = lastProgress.timeIntervalSince(started)
                        progress(now)
                    }
                case .finished(let report):
                    readerReport = report
                }
            }
        } catch {
            // The batches stored so far keep their indexes; if even this fails, they stay pending
            // for the next writable open.
            if !dropped.isEmpty { _ = try? bulkStore?.rebuildPendingIndexes() }
            throw error
        }
        // The reading stage has closed the queue: it is done with its files.
        finished.wait()
        var report = readerReport
        report.factsStored = written.factsStored
        report.alreadyStored = written.alreadyStored
        report.entitiesAdded = written.entitiesAdded
        if !dropped.isEmpty {
            notice?(.rebuildingIndexes(dropped))
            let rebuildStarted = Date()
            let alongside = alongsideIndexRebuild.map { work in
                let done = DispatchSemaphore(value: 0)
                let thread = Thread {
                    work()
                    done.signal()
                }
                thread.name = "entente import: alongside the index rebuild"
                thread.start()
                return done
            }
            defer { alongside?.wait() }
            // Those another writer rebuilt meanwhile (its open repairs pending indexes) are only struck off.
            try bulkStore?.rebuildPendingIndexes()
            report.rebuiltIndexes = dropped
            notice?(.indexesRebuilt(dropped, seconds: Date().timeIntervalSince(rebuildStarted)))
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Whether to drop the fact indexes before the first batch.
    private func bulkLoad(estimatedRows: Int?, store: any BulkLoading) throws -> Bool {
        switch indexRebuild {
        case .never: return false
        case .always: return true
        case .auto:
            guard let estimatedRows, estimatedRows >= bulkLoadMinimumRows else { return false }
            return try store.approximateFactCount() < estimatedRows
        }
    }
}

/// What an event import did.
public struct EventImportReport: Sendable, Equatable, Codable {
    /// A skipped line, where and why.
    public struct Skip: Sendable, Equatable, Codable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// Lines listed per reason; the rest are only counted.
    public static let examplesPerReason = 5

    public var files: [String] = []
    public var rowsRead = 0
    public var factsStored = 0
    /// Events already in the store (an import run twice stores them once).
    public var alreadyStored = 0
    public var entitiesAdded = 0
    /// Skipped lines by reason.
    public var skipped: [String: Int] = [:]
    public var examples: [Skip] = []
    /// Files that could not be read, or stopped part way, with why.
    public var unreadable: [String] = []
    /// The fact indexes a bulk load dropped and rebuilt at the end (empty for an ordinary import).
    public var rebuiltIndexes: [String] = []
    public var seconds = 0.0

    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    mutating func skip(_ reason: SkipReason, file: String, line: Int) {
        let count = skipped[reason.category, default: 0]
        skipped[reason.category] = count + 1
        if count < Self.examplesPerReason { examples.append(Skip(file: file, line: line, reason: reason.description)) }
    }
}
