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
    public func rendered(maxWidth: Int = 60) -> String {
        let clean = ([columns] + rows).map { row in
            row.map { cell -> String in
                let flat = String(cell.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
                return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
            }
        }
        var widths = [Int](repeating: 0, count: columns.count)
        for row in clean {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        var lines: [String] = []
        for (rowIndex, row) in clean.enumerated() {
            var line = ""
            for (index, cell) in row.enumerated() {
                let isLast = index == row.count - 1
                line += isLast ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
            }
            lines.append(line)
            if rowIndex == 0 {
                lines.append(widths.enumerated().map { String(repeating: "-", count: $1) + ($0 == widths.count - 1 ? "" : "  ") }.joined())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        ([columns] + rows).map(CSV.line).joined(separator: "\n") + "\n"
    }
}
