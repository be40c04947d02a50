/// How a source commits to a fact: said as true, reported from someone,
/// imagined, expected, urged, or hedged.
public enum Modality: String, Sendable, Hashable, CaseIterable, Codable {
    case asserted
    case reported
    case hypothetical
    case future
    case advocated
    case hedged
}

extension Modality {
    /// The modalities every view counts by default: the source says the fact happened, itself
    /// (`asserted`) or through someone it quotes (`reported`).
    ///
    /// The others appear only when asked for (`--include-modal`, or `r.modality` in a query):
    /// `hypothetical`, `future` and `advocated` facts did not happen (yet), and `hedged` ones
    /// ("reportedly", "allegedly", "appears to", "likely") are said without commitment. Hedged
    /// facts stay out with the modal ones for three reasons: the schema already draws the line
    /// here (only asserted and reported facts open a lasting relation in `relation_validity`),
    /// so a timeline and a snapshot agree on what counts; the extractor's hedge cues ("likely",
    /// "probably") mark predictions as often as reports; and a hedged attack counted as an
    /// attack is a silent wrong answer, while one left out is a flag away.
    public static let committed: [Modality] = [.asserted, .reported]

    /// True for asserted and reported facts, which every view counts by default.
    public var isCommitted: Bool { Self.committed.contains(self) }
}

/// How precise a fact's date is.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case day
    case month
    case year

    private var rank: Int {
        switch self {
        case .day: 0
        case .month: 1
        case .year: 2
        }
    }

    /// Day before month before year: the more precise first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
