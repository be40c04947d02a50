import Entente
import Foundation
import Testing

@Suite struct TextTableTests {
    @Test func aWrappedColumnBreaksBetweenHopsAndKeepsEveryCharacter() {
        let path = "Iraq –meets_with→ Turkey (2017-04) · Turkey –meets_with→ Iran (2017-01-23) · Iran –supports→ Hezbollah (2015)"
        let table = TextTable(columns: ["n", "path"], rows: [["1", path], ["2", "short"]])
        let lines = table.rendered(maxWidth: 60, wrapping: [1]).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "n  path",
            "-  -----------------------------------------",
            "1  Iraq –meets_with→ Turkey (2017-04) ·",
            "     Turkey –meets_with→ Iran (2017-01-23) ·",
            "     Iran –supports→ Hezbollah (2015)",
            "2  short",
            "",
        ])
        // Without wrapping the same cell is cut.
        #expect(table.rendered(maxWidth: 60).contains("…"))
    }

    @Test(arguments: [10, 17, 40, 100]) func wrappedLinesFitAndJoinBackToTheText(width: Int) {
        let text = "Russia –agrees_with→ Iran (2017-01-24) · Russia –bombs→ Syria (2015-11-28) · averyveryverylongwordwithoutanyspaceatallinit"
        let lines = TextTable.wrap(text, width: width)
        #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
        let joined = lines.enumerated().map { $0 == 0 ? $1 : String($1.dropFirst(2)) }
        #expect(joined.joined(separator: " ").replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
    }
}
