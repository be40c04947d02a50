import EntenteModel

/// A dictionary body named inside a longer name: "the Philippine National Security Council" is not
/// the UN Security Council, though "Security Council" is one of its names.
extension EntityRecognizer {
    enum NationalBody {
        /// "the Philippine National Security Council": the state acting through one of its bodies.
        case state(Entity, Range<Int>)
        /// "the National Security Council": a body of its own, whose state the sentence does not say.
        case unnamed(Range<Int>)
    }

    /// Which body a capitalised run means when the gazetteer name at its head starts inside it; nil
    /// when the run is the gazetteer's name after all ("the UN Security Council", "United Nations
    /// Security Council": the words before it name the body's own organisation or nothing).
    func nationalBody(
        _ run: Range<Int>, around match: GazetteerMatcher.Match, headPosition: Int, in slice: [Token],
        matches: [GazetteerMatcher.Match]
    ) -> NationalBody? {
        var start = run.lowerBound
        while start < match.range.lowerBound, Self.leadingNonNames.contains(slice[start].lower) || Self.isDescriptor(slice[start]) { start += 1 }
        let matched = gazetteer.entries[match.entry].entity
        guard start < match.range.lowerBound, matched.kind == .organisation, gazetteer.entries[match.entry].country == nil else { return nil }
        let before = start..<match.range.lowerBound
        // "UN Security Council" read as "UN" and "Security Council": an organisation's own name first.
        // ("the United Nations" is one of its names: a match may take the article with it.)
        let leading = matches.filter { $0.range.overlaps(before) && $0.range.upperBound <= before.upperBound }
        if leading.contains(where: { gazetteer.entries[$0.entry].entity.type != "state" }) { return nil }
        let range = start..<max(match.range.upperBound, headPosition + 1)
        if let state = leading.first(where: { $0.range.contains(start) }) {
            let rest = slice[state.range.upperBound..<match.range.lowerBound]
            guard rest.allSatisfy({ Self.stateBodyWords.contains($0.lower) }) else { return .unnamed(range) }
            return .state(gazetteer.entries[state.entry].entity, range)
        }
        return slice[before].allSatisfy({ $0.isCapitalised }) ? .unnamed(range) : nil
    }
}
