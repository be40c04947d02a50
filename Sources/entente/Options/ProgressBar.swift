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
        var line = "\(progress.file): \(progress.rows) rows, \(Int(rate)) rows/s"
        if let size = progress.size, size > 0, progress.bytesRead > 0 {
            let fraction = min(Double(progress.bytesRead) / Double(size), 1)
            let width = 24
            let filled = Int(fraction * Double(width))
            let remaining = fraction > 0 ? progress.elapsed * (1 - fraction) / fraction : 0
            line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + "\(Int(fraction * 100))%  " + line + ", ETA \(Int(remaining.rounded())) s"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
