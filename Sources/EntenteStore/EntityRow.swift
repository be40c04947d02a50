public import EntenteModel

/// A stored entity, with its identity in this database.
public struct EntityRow: Sendable, Hashable, Codable {
    /// Its id in this database.
    public var id: Int64
    /// Actor, place or organisation.
    public var kind: EntityKind
    /// Its type: `state`, `person`, `armed-group`, …
    public var type: String
    /// Its canonical name.
    public var name: String
    /// ISO 3166 alpha-3 code, for a country.
    public var iso3: String?
    /// CAMEO actor code.
    public var cameo: String?
    /// Latitude, for a place.
    public var latitude: Double?
    /// Longitude, for a place.
    public var longitude: Double?
    /// Facts in which the entity is subject or object.
    public var factCount: Int
    /// Every alias as written, sorted.
    public var aliases: [String]

    /// A value of every field, for a store to build.
    package init(id: Int64, kind: EntityKind, type: String, name: String, iso3: String?, cameo: String?, latitude: Double?, longitude: Double?, factCount: Int, aliases: [String]) {
        self.id = id
        self.kind = kind
        self.type = type
        self.name = name
        self.iso3 = iso3
        self.cameo = cameo
        self.latitude = latitude
        self.longitude = longitude
        self.factCount = factCount
        self.aliases = aliases
    }
}

extension EntityRow {
    /// `UN Security Council (organisation, igo, IGOUNO, 106 facts)`: enough to tell entities apart.
    public var describedWithCodes: String {
        let codes = [iso3, cameo].compactMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let facts = factCount == 1 ? "1 fact" : "\(factCount) facts"
        return "\(name) (" + ([kind.rawValue, type] + codes + [facts]).joined(separator: ", ") + ")"
    }
}
