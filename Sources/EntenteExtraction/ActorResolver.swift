public import EntenteModel

/// The entity a name from a coded-event dataset stands for, by the same gazetteer and actor
/// dictionary the extractor reads articles with, so one real actor is one entity whatever the
/// source.
///
/// For example, with the standard data:
///
///     let resolver = ActorResolver.standard
///     resolver.resolve(name: "Police (Ukraine)")          // Ukraine, role "police"
///     resolver.resolve(name: "Hezbollah")                 // the organisation Hezbollah
///     resolver.resolve(name: "Sergey Viktorovich Lavrov") // Sergei Lavrov, a person
///     resolver.entity(code: "IGONAT")                     // North Atlantic Treaty Organization
///
/// A name is looked up as a gazetteer name (canonical names before aliases, an alias shared by
/// two entries is no answer), then as ICEWS's sector form `Sector (Owner)` (the owner in that
/// role), then in PETRARCH2's actor dictionary on the event's date. Nil when none knows it.
public struct ActorResolver: Sendable {
    /// A known entity and the capacity a name gives it.
    public struct Resolution: Sendable, Hashable {
        public var entity: Entity
        /// `police` for `Police (Ukraine)`, `military` for `the Pentagon`; nil for the entity itself.
        public var role: String?

        public init(entity: Entity, role: String? = nil) {
            self.entity = entity
            self.role = role
        }
    }

    private var byName: [NameKey: Resolution] = [:]
    /// Alias keys two entries claim: no answer for them.
    private var sharedAliases: Set<NameKey> = []
    private var byCode: [String: Entity] = [:]
    private let dictionary: DictionaryMentions

    public static let standard = ActorResolver(gazetteer: .standard, actors: .standard)

    public init(gazetteer: Gazetteer, actors: ActorDictionary) {
        dictionary = DictionaryMentions(actors: actors, gazetteer: gazetteer)
        var aliases: [NameKey: Resolution] = [:]
        for entry in gazetteer.entries {
            let entity = entry.entity
            byName[entity.key] = byName[entity.key] ?? Resolution(entity: entity)
            for alias in entity.aliases + (entity.iso3.map { [$0] } ?? []) {
                let key = NameKey(alias)
                guard !key.isEmpty else { continue }
                let resolution = Resolution(entity: entity, role: entry.roleAliases[alias])
                if let other = aliases[key], other.entity.key != entity.key {
                    sharedAliases.insert(key)
                } else {
                    aliases[key] = resolution
                }
            }
            // The first entry with a code keeps it (United Nations before its Security Council).
            for code in [entity.cameo, entity.iso3].compactMap({ $0 }) where byCode[code] == nil {
                byCode[code] = entity
            }
        }
        for (key, resolution) in aliases where byName[key] == nil && !sharedAliases.contains(key) {
            byName[key] = resolution
        }
    }

    /// The gazetteer's entity of this name or alias, or nil.
    public func known(named name: String) -> Resolution? {
        byName[NameKey(name)]
    }

    /// The gazetteer's state of this name, alias or code (`Russian Federation`, `RUS`).
    public func state(named name: String) -> Entity? {
        if let state = byCode[name], state.type == "state" { return state }
        guard let entity = byName[NameKey(name)]?.entity, entity.type == "state" else { return nil }
        return entity
    }

    /// The gazetteer's entity with exactly this CAMEO or ISO code (`IGONAT` → NATO); the first
    /// entry listed where several share one (`IGOUNO`: the United Nations, not its Security Council).
    public func entity(code: String) -> Entity? {
        byCode[code]
    }

    /// What a dataset's actor name stands for: a gazetteer name, ICEWS's `Sector (Owner)` with
    /// the owner in that role (the owner read from `country`, the row's country field, when the
    /// parenthesis names nothing known), or an actor-dictionary name on `date`. Nil when unknown.
    public func resolve(name: String, country: String? = nil, on date: CalendarDay? = nil) -> Resolution? {
        if let known = known(named: name) { return known }
        if let (sector, owner) = Self.sectorForm(name) {
            let role = sector.lowercased()
            if let known = known(named: owner) ?? dictionaryEntity(named: owner, on: date), known.entity.kind != .place, known.entity.type != "person" {
                return Resolution(entity: known.entity, role: known.role ?? role)
            }
            if let country, let state = state(named: country) {
                return Resolution(entity: state, role: role)
            }
            return nil
        }
        // The dataset's own wording becomes an alias, so it finds the entity later.
        guard var resolution = dictionaryEntity(named: name, on: date) else { return nil }
        if NameKey(name) != resolution.entity.key { resolution.entity.aliases.append(name) }
        return resolution
    }

    /// The actor dictionary's entity for a name, made the gazetteer's where one of the entry's
    /// names is a gazetteer name (`sergey viktorovich lavrov` → Sergei Lavrov).
    func dictionaryEntity(named name: String, on date: CalendarDay?) -> Resolution? {
        let phrase = DictionaryTokens.key(name)
        guard !phrase.isEmpty, let entry = dictionary.actors.entries(for: phrase).first,
              let code = ActorDictionary.code(in: entry.roles, on: date) ?? ActorDictionary.code(in: entry.roles, on: nil)
        else { return nil }
        for alternative in entry.names {
            if let known = byName[NameKey(alternative)], known.entity.kind != .place { return known }
        }
        let primary = DictionaryMentions.titleCased(entry.names.first ?? phrase)
        guard let (entity, role) = dictionary.entity(for: entry, phrase: phrase, code: code, name: primary) else { return nil }
        return Resolution(entity: entity, role: role)
    }

    /// The sector a name in ICEWS's `Sector (Owner)` form gives, lower-cased (`Citizen
    /// (International)` → `citizen`): when `resolve` knows no owner, the actor is generic, a sector
    /// of whichever country the event happened in.
    public static func sector(of name: String) -> String? {
        sectorForm(name).map { $0.sector.lowercased() }
    }

    /// `Police (Ukraine)` → (`Police`, `Ukraine`); nil when the name has no final parenthesis.
    static func sectorForm(_ name: String) -> (sector: String, owner: String)? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let sector = name[..<open].trimmingSuffixSpaces
        let owner = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !sector.isEmpty, !owner.isEmpty else { return nil }
        return (String(sector), String(owner))
    }
}

extension Substring {
    fileprivate var trimmingSuffixSpaces: Substring {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
