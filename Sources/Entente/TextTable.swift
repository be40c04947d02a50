import Foundation

/// Rows of text rendered as an aligned table for a terminal, or as CSV.
public struct TextTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Columns padded to their widest cell (counted in characters), cells
    /// longer than `maxWidth` cut with '…', newlines shown as spaces.
    ///
    /// Cells of the columns in `wrapping` are not cut: they continue on the next lines, broken
    /// after a ` · ` where they have one (between the hops of a path), else at a space.
    public func rendered(maxWidth: Int = 60, wrapping: Set<Int> = []) -> String {
        let clean = ([columns] + rows).map { row in
            row.enumerated().map { index, cell -> [String] in
                let flat = String(cell.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
                if wrapping.contains(index) { return Self.wrap(flat, width: maxWidth) }
                return [flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat]
            }
        }
        var widths = [Int](repeating: 0, count: columns.count)
        for row in clean {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.map(\.count).max() ?? 0)
            }
        }
        var lines: [String] = []
        for (rowIndex, row) in clean.enumerated() {
            let height = row.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var line = ""
                for (index, cell) in row.enumerated() {
                    let text = lineIndex < cell.count ? cell[lineIndex] : ""
                    let isLast = index == row.count - 1
                    line += isLast ? text : text + String(repeating: " ", count: widths[index] - text.count + 2)
                }
                lines.append(line)
            }
            if rowIndex == 0 {
                lines.append(widths.enumerated().map { String(repeating: "-", count: $1) + ($0 == widths.count - 1 ? "" : "  ") }.joined())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` in lines of at most `width` characters, broken after a ` · ` where one fits, else
    /// at the last space, else (one word longer than a line) inside the word; the lines after the
    /// first are indented by two spaces, so a row's continuation stands apart from the next row.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 4)
        var lines: [String] = []
        var rest = Substring(text)
        while rest.count > (lines.isEmpty ? width : width - 2) {
            let width = lines.isEmpty ? width : width - 2
            let head = rest.prefix(width + 1)
            let cut: Substring.Index
            if let separator = head.range(of: " · ", options: .backwards), separator.lowerBound > head.startIndex {
                cut = separator.upperBound
            } else if let space = head.lastIndex(of: " "), space > head.startIndex {
                cut = head.index(after: space)
            } else {
                cut = rest.index(rest.startIndex, offsetBy: width)
            }
            var line = rest[..<cut]
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append((lines.isEmpty ? "" : "  ") + line)
            rest = rest[cut...]
            while rest.hasPrefix(" ") { rest.removeFirst() }
        }
        if !rest.isEmpty || lines.isEmpty { lines.append((lines.isEmpty ? "" : "  ") + rest) }
        return lines
    }

    public func csv() -> String {
        ([columns] + rows).map(CSV.line).joined(separator: "\n") + "\n"
    }
}
