import EntenteModel

/// "the G7 RRM", "the EU NAVFOR operation": a known body's name with an unknown acronym after it
/// names a body of its own, one of the known body's mechanisms or missions, not the known body and
/// a second party beside it.
extension EntityRecognizer {
    /// The range of the whole name, when the known organisation at `range` is followed by such an
    /// acronym and the name ends there.
    static func acronymedBody(
        after range: Range<Int>, of entity: Entity, in slice: [Token], matches: [GazetteerMatcher.Match], covered: [Bool]
    ) -> Range<Int>? {
        let next = range.upperBound
        guard entity.kind == .organisation, next < slice.count, !covered[next],
              slice[next].followsSpace,
              isAcronym(slice[next]), slice[next].text.count <= 7, !slice[next].text.contains("."),
              !unTitlesWrittenShort.contains(slice[next].lower),
              !matches.contains(where: { $0.range.contains(next) })
        else { return nil }
        // ("UN SRSG Keita": a name going on after the acronym is some other reading.)
        if next + 1 < slice.count, slice[next + 1].isCapitalised, slice[next + 1].kind != .punctuation { return nil }
        return range.lowerBound..<(next + 1)
    }
}
