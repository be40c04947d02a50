import EntenteModel

/// The people an article has named in full, so that a later "Secretary Austin" or "Teodoro" is the
/// person first named "Lloyd J. Austin III" or "Gilberto Teodoro Jr.", not a second person.
///
/// News names a person in full once and by surname after; the entity recogniser finds both spans
/// but does not know they are one person. A part two people share ("Castro" after Fidel and Raúl
/// Castro) resolves to neither.
struct PersonNames {
    private var byPart: [String: Entity] = [:]
    private var sharedParts: Set<String> = []

    /// Generational suffixes and initials name no one on their own.
    private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v"]

    static func parts(of name: String) -> [String] {
        NameKey(name).rawValue.split(separator: " ").map(String.init)
            .filter { $0.count > 1 && !suffixes.contains($0) }
    }

    /// The person named in full that this shorter name stands for, if exactly one fits.
    func fullName(of entity: Entity) -> Entity? {
        guard entity.type == "person" else { return nil }
        let parts = Self.parts(of: entity.name)
        // "Nicolás Maduro" as the article wrote it, and "Nicolas Maduro" as the actor dictionary
        // spells the "Maduro" it read later: one person, named as the article first named them.
        if let first = parts.first.flatMap({ byPart[$0] }), first != entity, NameKey(first.name) == NameKey(entity.name) {
            return first
        }
        guard entity.cameo == nil else { return nil }
        guard !parts.isEmpty, let first = byPart[parts[0]], first != entity,
              Self.parts(of: first.name).count > parts.count,
              parts.allSatisfy({ !sharedParts.contains($0) && byPart[$0] == first })
        else { return nil }
        return first
    }

    mutating func learn(_ entity: Entity) {
        guard entity.type == "person" else { return }
        let parts = Self.parts(of: entity.name)
        guard parts.count >= 2 else { return }
        for part in parts {
            if let known = byPart[part], known != entity {
                sharedParts.insert(part)
            } else {
                byPart[part] = entity
            }
        }
    }

    /// The mention's entity replaced by the person named in full, or learnt as a new full name.
    mutating func resolve(_ mention: inout Mention) -> (from: Entity, to: Entity)? {
        guard mention.entity.type == "person" else { return nil }
        if let full = fullName(of: mention.entity) {
            let from = mention.entity
            mention.entity = full
            return (from, full)
        }
        learn(mention.entity)
        return nil
    }
}
