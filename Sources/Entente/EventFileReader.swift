import EntenteEvents
import EntenteModel
import EntenteStore
import Foundation

/// The reading stage of an event import: reads the files line by line, turns each line into an
/// event or a counted skip, and hands batches of `batchSize` rows to the writer through a
/// bounded queue. It runs on a thread of its own, so reading and parsing use the second core
/// while the writer stores the previous batch.
///
/// A batch never spans two files, so every file ends with a commit of its own, as it always did.
struct EventFileReader: Sendable {
    /// What the reading stage hands over.
    enum Message: Sendable {
        /// A batch to store, with where the reading stood when it was made.
        case batch(EventBatch, EventImport.Progress, estimatedRows: Int?)
        /// The end of the input: the files read, lines counted and skipped, and the files that
        /// could not be read. The counts of stored facts are the writer's to add.
        case finished(EventImportReport)
    }

    var dataset: EventImport.Dataset
    var batchSize: Int
    var codebook: CAMEOCodebook

    /// Reads every file in turn into `queue`, then closes it; stops early when the writer closes it.
    func run(_ files: [String], into queue: BoundedQueue<Message>) {
        defer { queue.close() }
        var report = EventImportReport()
        let started = Date()
        var builder = EventBatchBuilder()
        let gdelt = GDELTRowReader(codebook: codebook)
        var gdeltMemo = GDELTRowReader.Memo()
        let icews = ICEWSRowReader(codebook: codebook)
        // For the estimate of how many rows the whole import has: bytes of the files read to
        // their end, and the size of all of them (unknown when one is standard input).
        let sizes = files.map { $0 == "-" ? nil : fileSize(atPath: $0) }
        let totalSize = sizes.contains { $0 == nil } ? nil : sizes.reduce(0) { $0 + ($1 ?? 0) }
        var bytesOfFinishedFiles = 0
        for (fileIndex, file) in files.enumerated() {
            defer { bytesOfFinishedFiles += sizes[fileIndex] ?? 0 }
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
            func flush() -> Bool {
                guard !builder.isEmpty else { return true }
                let progress = EventImport.Progress(
                    file: name, rows: report.rowsRead, bytesRead: lines.bytesRead, size: lines.size, elapsed: Date().timeIntervalSince(started))
                let done = bytesOfFinishedFiles + lines.bytesRead
                let estimate = totalSize.flatMap { total in done > 0 ? Int(Double(report.rowsRead) * Double(total) / Double(done)) : nil }
                return queue.push(.batch(builder.take(), progress, estimatedRows: estimate))
            }
            do {
                while let bytes = try lines.next() {
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        report.rowsRead += 1
                        report.skip(.invalidUTF8, file: name, line: lines.lineNumber)
                        continue
                    }
                    let line = Substring(text)
                    let fields = tabSeparatedFields(line)
                    let row: EventRow
                    switch dataset {
                    case .gdelt:
                        row = gdelt.read(fields, memo: &gdeltMemo)
                    case .icews:
                        if layout == nil, !line.isEmpty { layout = ICEWSRowReader.layout(ofFirstLine: fields) }
                        row = icews.read(fields, layout: layout ?? .temporal, file: fileName, lineText: line)
                    }
                    switch row {
                    case .event(let event):
                        report.rowsRead += 1
                        builder.add(event)
                    case .skipped(let reason, let entities):
                        report.rowsRead += 1
                        report.skip(reason, file: name, line: lines.lineNumber)
                        builder.addLoose(entities)
                    case .ignored:
                        continue
                    }
                    if builder.count >= batchSize, !flush() { return }
                }
            } catch let error as LineStream.ReadError {
                if !flush() { return }
                report.unreadable.append(error.description)
                continue
            } catch {
                if !flush() { return }
                report.unreadable.append("\(name): \(error)")
                continue
            }
            if !flush() { return }
        }
        report.seconds = Date().timeIntervalSince(started)
        queue.push(.finished(report))
    }
}
