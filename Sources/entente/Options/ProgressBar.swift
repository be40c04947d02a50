import Entente
import Foundation

/// A one-line progress report on a terminal (rows, rate, ETA), redrawn in place on stderr;
/// nothing at all when stderr is a pipe or a file.
final class ProgressBar: @unchecked Sendable {
    /// Nil unless stderr is a terminal.
    init?() {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
    }

    func show(_ progress: EventImport.Progress) {
        let rate = progress.elapsed > 0 ? Double(progress.rows) / progress.elapsed : 0
        let text = "\(progress.file): \(progress.rows) rows, \(Int(rate)) rows/s"
        let fraction = progress.size.flatMap { size in
            size > 0 && progress.bytesRead > 0 ? min(Double(progress.bytesRead) / Double(size), 1) : nil
        }
        draw(text, fraction: fraction, elapsed: progress.elapsed)
    }

    func show(_ progress: IngestProgress) {
        let rate = progress.elapsed > 0 ? Double(progress.articles) / progress.elapsed : 0
        let text = "\(progress.filesDone) of \(progress.files) files, \(progress.articles) articles, "
            + "\(progress.factsAdded) facts, \(String(format: "%.1f", rate)) articles/s"
        draw(text, fraction: Double(progress.filesDone) / Double(max(progress.files, 1)), elapsed: progress.elapsed)
    }

    /// The line, after a bar and an estimate of the time left when the fraction done is known.
    private func draw(_ text: String, fraction: Double?, elapsed: Double) {
        var line = text
        if let fraction, fraction > 0 {
            let width = 24
            let filled = Int(fraction * Double(width))
            let remaining = elapsed * (1 - fraction) / fraction
            line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + "\(Int(fraction * 100))%  " + text + ", ETA \(Int(remaining.rounded())) s"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
