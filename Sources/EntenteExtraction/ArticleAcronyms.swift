import EntenteModel

/// The bodies an article names in full, by their initials, so that a later bare acronym that no
/// dictionary knows is the body itself: "the Rapid Support Forces" … "the RSF".
struct ArticleAcronyms {
    private var byInitials: [String: Entity] = [:]
    static let connectors: Set<String> = ["of", "the", "and", "for", "on", "in", "to", "de", "la", "du", "des", "al"]

    /// The initials of a name of two or more capitalised words, connectors left out.
    static func initials(of name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !connectors.contains($0.lowercased()) }
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return String(words.compactMap(\.first))
    }

    static func isAcronym(_ name: String) -> Bool {
        (2...6).contains(name.count) && name.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    mutating func learn(_ entity: Entity) {
        guard entity.kind != .place, entity.type != "person", !Self.isAcronym(entity.name),
              let initials = Self.initials(of: entity.name), byInitials[initials] == nil
        else { return }
        byInitials[initials] = entity
    }

    /// The body an acronym stands for, when the article has named it in full and no dictionary
    /// knows the acronym itself; any other entity as it is.
    func expanded(_ entity: Entity) -> Entity {
        guard entity.cameo == nil, entity.kind != .place, Self.isAcronym(entity.name), let full = byInitials[entity.name] else { return entity }
        return full
    }
}
