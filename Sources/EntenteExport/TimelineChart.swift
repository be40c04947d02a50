public import EntenteModel

/// A timeline as a standalone SVG chart: facts per period as bars stacked by relation class,
/// the balance of cooperation against conflict as a line on its own −1…+1 scale, a dated axis,
/// and a legend.
public struct TimelineChart: Sendable {
    public var title: String
    public var timeline: Timeline
    public var width = 900.0
    public var height = 420.0

    public init(title: String, timeline: Timeline) {
        self.title = title
        self.timeline = timeline
    }

    public func render() -> String {
        let left = 56.0, right = 56.0, top = 48.0, bottom = 96.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let rows = timeline.rows
        let maxFacts = max(rows.map(\.facts).max() ?? 0, 1)
        let slot = plotWidth / Double(max(rows.count, 1))
        let barWidth = max(slot * 0.7, 1)
        func y(facts: Double) -> Double { top + plotHeight - facts / Double(maxFacts) * plotHeight }
        func y(balance: Double) -> Double { top + plotHeight / 2 - balance * plotHeight / 2 }
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(format(width))\" height=\"\(format(height))\" viewBox=\"0 0 \(format(width)) \(format(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">",
            "<title>\(XMLEscaping.escaped(title))</title>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
            "<text x=\"\(format(left))\" y=\"24\" font-size=\"15\" font-weight=\"bold\">\(XMLEscaping.escaped(title))</text>",
        ]
        // Axes and grid: facts on the left, balance on the right.
        for step in 0...4 {
            let facts = Double(maxFacts) * Double(step) / 4
            let lineY = y(facts: facts)
            svg.append("<line x1=\"\(format(left))\" y1=\"\(format(lineY))\" x2=\"\(format(left + plotWidth))\" y2=\"\(format(lineY))\" stroke=\"#e5e5e5\"/>")
            svg.append("<text x=\"\(format(left - 6))\" y=\"\(format(lineY + 4))\" text-anchor=\"end\">\(format(facts))</text>")
            let balance = Double(step) / 2 - 1
            svg.append("<text x=\"\(format(left + plotWidth + 6))\" y=\"\(format(y(balance: balance) + 4))\" fill=\"#333399\">\(balance > 0 ? "+" : "")\(format(balance))</text>")
        }
        svg.append("<text x=\"14\" y=\"\(format(top + plotHeight / 2))\" transform=\"rotate(-90 14 \(format(top + plotHeight / 2)))\" text-anchor=\"middle\">facts</text>")
        svg.append("<text x=\"\(format(width - 12))\" y=\"\(format(top + plotHeight / 2))\" transform=\"rotate(90 \(format(width - 12)) \(format(top + plotHeight / 2)))\" text-anchor=\"middle\" fill=\"#333399\">balance (cooperation − conflict)</text>")
        // Bars, one stack per period.
        let labelEvery = max(1, Int((Double(rows.count) / (plotWidth / 48)).rounded(.up)))
        for (index, row) in rows.enumerated() {
            let x = left + Double(index) * slot + (slot - barWidth) / 2
            var stacked = 0.0
            for relationClass in RelationClass.allCases {
                let count = Double(row.classes[relationClass.rawValue] ?? 0)
                guard count > 0 else { continue }
                let top = y(facts: stacked + count)
                let bottom = y(facts: stacked)
                svg.append("<rect x=\"\(format(x))\" y=\"\(format(top))\" width=\"\(format(barWidth))\" height=\"\(format(bottom - top))\" fill=\"\(DOTExporter.colour(relationClass))\" fill-opacity=\"0.8\"><title>\(XMLEscaping.escaped("\(row.period): \(Int(count)) \(relationClass.rawValue)"))</title></rect>")
                stacked += count
            }
            if index % labelEvery == 0 {
                let labelX = left + Double(index) * slot + slot / 2
                let labelY = top + plotHeight + 14
                svg.append("<text x=\"\(format(labelX))\" y=\"\(format(labelY))\" text-anchor=\"end\" transform=\"rotate(-45 \(format(labelX)) \(format(labelY)))\">\(XMLEscaping.escaped(row.period))</text>")
            }
        }
        svg.append("<line x1=\"\(format(left))\" y1=\"\(format(top + plotHeight))\" x2=\"\(format(left + plotWidth))\" y2=\"\(format(top + plotHeight))\" stroke=\"#333333\"/>")
        // Balance line, broken where a period has neither cooperation nor conflict.
        var segment: [String] = []
        func flush() {
            if segment.count > 1 {
                svg.append("<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"#333399\" stroke-width=\"2\"/>")
            } else if let point = segment.first {
                let xy = point.split(separator: ",")
                svg.append("<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"2.5\" fill=\"#333399\"/>")
            }
            segment = []
        }
        for (index, row) in rows.enumerated() {
            guard let balance = row.balance else {
                flush()
                continue
            }
            segment.append("\(format(left + Double(index) * slot + slot / 2)),\(format(y(balance: balance)))")
        }
        flush()
        // Legend.
        var legendX = left
        let legendY = height - 18
        for relationClass in RelationClass.allCases where rows.contains(where: { ($0.classes[relationClass.rawValue] ?? 0) > 0 }) {
            svg.append("<rect x=\"\(format(legendX))\" y=\"\(format(legendY - 9))\" width=\"10\" height=\"10\" fill=\"\(DOTExporter.colour(relationClass))\"/>")
            svg.append("<text x=\"\(format(legendX + 14))\" y=\"\(format(legendY))\">\(relationClass.rawValue)</text>")
            legendX += 14 + Double(relationClass.rawValue.count) * 6.2 + 14
        }
        svg.append("<line x1=\"\(format(legendX))\" y1=\"\(format(legendY - 4))\" x2=\"\(format(legendX + 18))\" y2=\"\(format(legendY - 4))\" stroke=\"#333399\" stroke-width=\"2\"/>")
        svg.append("<text x=\"\(format(legendX + 22))\" y=\"\(format(legendY))\">balance</text>")
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
