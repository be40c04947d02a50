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

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
