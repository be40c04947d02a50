/// A set of Unicode code points as one regex character class matches them: explicit ranges plus
/// Python's `\w`, `\d`, `\s` classes (each possibly negated), the whole possibly negated.
///
/// Membership of ASCII code points is precomputed into a 128-bit map because the tokenizer asks
/// it for nearly every character of ordinary English text.
struct ScalarSet: Sendable {
    enum PythonClass: Sendable, Equatable {
        case word, decimal, space

        func contains(_ value: UInt32) -> Bool {
            guard let scalar = Unicode.Scalar(value) else { return false }
            switch self {
            case .word: return PythonString.isWordCharacter(scalar)
            case .decimal: return PythonString.isDecimal(scalar)
            case .space: return PythonString.isSpace(value)
            }
        }
    }

    /// Sorted, non-overlapping, non-adjacent ranges.
    private(set) var ranges: [ClosedRange<UInt32>]
    /// A `\w`-style class inside the set, possibly negated (`\W`).
    struct ClassItem: Sendable, Equatable {
        var pythonClass: PythonClass
        var isNegated: Bool
    }

    private(set) var classes: [ClassItem]
    private(set) var isNegated: Bool
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    init(ranges: [ClosedRange<UInt32>], classes: [ClassItem] = [], negated: Bool = false) {
        self.ranges = ScalarSet.normalized(ranges)
        self.classes = classes
        self.isNegated = negated
        for value in UInt32(0)..<128 where containsSlowly(value) {
            if value < 64 { asciiLow |= 1 << UInt64(value) } else { asciiHigh |= 1 << UInt64(value - 64) }
        }
    }

    init(scalar value: UInt32) {
        self.init(ranges: [value...value])
    }

    static func pythonClass(_ pythonClass: PythonClass, negated: Bool) -> ScalarSet {
        ScalarSet(ranges: [], classes: [ClassItem(pythonClass: pythonClass, isNegated: negated)])
    }

    /// The single code point this set matches, if it is a plain literal.
    var singleScalar: UInt32? {
        guard !isNegated, classes.isEmpty, ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound else {
            return nil
        }
        return ranges[0].lowerBound
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh & (1 << UInt64(value - 64)) != 0 }
        return containsSlowly(value)
    }

    /// Whether both were written alike; equal sets written differently compare unequal, which only
    /// costs an optimisation.
    func isSpelledLike(_ other: ScalarSet) -> Bool {
        ranges == other.ranges && isNegated == other.isNegated && classes == other.classes
    }

    private func containsSlowly(_ value: UInt32) -> Bool {
        var found = rangesContain(value)
        if !found {
            for item in classes where item.pythonClass.contains(value) != item.isNegated {
                found = true
                break
            }
        }
        return found != isNegated
    }

    private func rangesContain(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    private static func normalized(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}

/// A union of scalar sets, used for "which code points can start a match" filters.
struct ScalarSetUnion: Sendable {
    private(set) var members: [ScalarSet] = []
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    init(_ members: [ScalarSet] = []) {
        for member in members { insert(member) }
    }

    mutating func insert(_ set: ScalarSet) {
        members.append(set)
        for value in UInt32(0)..<128 where set.contains(value) {
            if value < 64 { asciiLow |= 1 << UInt64(value) } else { asciiHigh |= 1 << UInt64(value - 64) }
        }
    }

    mutating func formUnion(_ other: ScalarSetUnion) {
        for member in other.members { insert(member) }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh & (1 << UInt64(value - 64)) != 0 }
        for member in members where member.contains(value) { return true }
        return false
    }
}
