import EntenteEvents
import Foundation

/// Imports GDELT or ICEWS event files into the graph: streamed line by line, stored in batches
/// of `batchSize` rows (one transaction each), every line that makes no fact counted by reason
/// with its file and line.
public struct EventImport: Sendable {
    public enum Dataset: String, Sendable, CaseIterable {
        case gdelt, icews
    }

    /// Where an import stands, for a progress bar.
    public struct Progress: Sendable {
        public var file: String
        public var rows: Int
        public var bytesRead: Int
        public var size: Int?
        public var elapsed: Double
    }

    public var dataset: Dataset
    public var batchSize: Int
    public var codebook: CAMEOCodebook

    public init(dataset: Dataset, batchSize: Int = 10_000, codebook: CAMEOCodebook = .standard) {
        self.dataset = dataset
        self.batchSize = batchSize
        self.codebook = codebook
    }

    /// Imports every file in turn (`-` is standard input). A file that cannot be read is
    /// reported and the next one imported; a database error stops the import after the last
    /// whole batch.
    public func run(_ files: [String], into store: any GraphStoring, progress: ((Progress) -> Void)? = nil) throws -> EventImportReport {
        var report = EventImportReport()
        let importer = store.eventWriter(vocabulary: .standard)
        let started = Date()
        var lastProgress = Date.distantPast
        let gdelt = GDELTRowReader(codebook: codebook)
        let icews = ICEWSRowReader(codebook: codebook)
        for file in files {
            var lines: LineStream
            do {
                lines = try LineStream(path: file)
            } catch {
                report.unreadable.append("\(error)")
                continue
            }
            report.files.append(file)
            let name = file == "-" ? "stdin" : file
            let fileName = PathName(name).name
            var layout: ICEWSRowReader.Layout?
            var events: [CodedEvent] = []
            var loose: [Entity] = []
            func flush() throws {
                guard !events.isEmpty || !loose.isEmpty else { return }
                let outcome = try importer.write(events, entities: loose)
                report.factsStored += outcome.stored
                report.alreadyStored += outcome.alreadyStored
                report.entitiesAdded += outcome.entitiesAdded
                events.removeAll(keepingCapacity: true)
                loose.removeAll(keepingCapacity: true)
            }
            do {
                while let bytes = try lines.next() {
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        report.rowsRead += 1
                        report.skip(.invalidUTF8, file: name, line: lines.lineNumber)
                        continue
                    }
                    let line = Substring(text)
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    let row: EventRow
                    switch dataset {
                    case .gdelt:
                        row = gdelt.read(fields)
                    case .icews:
                        if layout == nil, !line.isEmpty { layout = ICEWSRowReader.layout(ofFirstLine: fields) }
                        row = icews.read(fields, layout: layout ?? .temporal, file: fileName, lineText: line)
                    }
                    switch row {
                    case .event(let event):
                        report.rowsRead += 1
                        events.append(event)
                    case .skipped(let reason, let entities):
                        report.rowsRead += 1
                        report.skip(reason, file: name, line: lines.lineNumber)
                        loose += entities
                    case .ignored:
                        continue
                    }
                    if events.count + loose.count >= batchSize { try flush() }
                    if let progress, report.rowsRead % 4096 == 0, Date().timeIntervalSince(lastProgress) > 0.25 {
                        lastProgress = Date()
                        progress(Progress(file: name, rows: report.rowsRead, bytesRead: lines.bytesRead, size: lines.size, elapsed: lastProgress.timeIntervalSince(started)))
                    }
                }
            } catch let error as LineStream.ReadError {
                try flush()
                report.unreadable.append(error.description)
                continue
            }
            try flush()
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
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
    public var seconds = 0.0

    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    mutating func skip(_ reason: SkipReason, file: String, line: Int) {
        let count = skipped[reason.category, default: 0]
        skipped[reason.category] = count + 1
        if count < Self.examplesPerReason { examples.append(Skip(file: file, line: line, reason: reason.description)) }
    }
}
