import EntenteModel

/// Mentions whose words name another party than the recogniser read: "the Assad regime" is the
/// state its ruler governs; "Washington, DC" is one name with its district.
extension Extractor {
    func namedForAnother(_ mentions: [Mention], tokens: [Token]) -> [Mention] {
        var mentions = mentions
        var dropped: Set<Int> = []
        for index in mentions.indices {
            let end = mentions[index].range.upperBound
            // (The recogniser may take "regime" into the ruler's mention.)
            if mentions[index].entity.type == "person",
               [end - 1, end].contains(where: { $0 < tokens.count && tokens[$0].lower == "regime" }),
               let state = coder.stateByCode(of: mentions[index].entity)
            {
                mentions[index].entity = state
                mentions[index].role = "government"
            }
            if mentions[index].entity.name == "Washington", end + 1 < tokens.count, tokens[end].text == ",",
               ["dc", "d.c."].contains(tokens[end + 1].lower)
            {
                mentions[index].range = mentions[index].range.lowerBound..<(end + 2)
                dropped.formUnion(mentions.indices.filter { $0 != index && mentions[$0].range.contains(end + 1) })
            }
        }
        return mentions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
}
