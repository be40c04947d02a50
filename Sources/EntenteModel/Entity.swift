/// An entity as a source describes it, before the store gives it an identity.
///
/// The store finds an existing entity by kind and folded canonical name, then
/// by any alias of the same kind; otherwise it creates one.
public struct Entity: Sendable, Hashable, Codable {
    /// Its canonical name.
    public var name: String
    /// Actor, place or organisation.
    public var kind: EntityKind
    /// A finer type: `state`, `person`, `armed-group`, `party`, `igo`, `city`, ….
    public var type: String
    /// ISO 3166-1 alpha-3 code, for states.
    public var iso3: String?
    /// CAMEO actor code, for example `TUR` or `IGOUNO`.
    public var cameo: String?
    /// Where it is, for a place.
    public var coordinates: Coordinates?
    /// Other names the entity goes by; the canonical name is always an alias too.
    public var aliases: [String]

    /// An entity; its type is the kind's default unless given.
    public init(
        name: String, kind: EntityKind, type: String? = nil, iso3: String? = nil, cameo: String? = nil,
        coordinates: Coordinates? = nil, aliases: [String] = []
    ) {
        self.name = name
        self.kind = kind
        self.type = type ?? Entity.defaultType(for: kind)
        self.iso3 = iso3
        self.cameo = cameo
        self.coordinates = coordinates
        self.aliases = aliases
    }

    /// The folded canonical name, the entity's identity within its kind.
    public var key: NameKey { NameKey(name) }

    /// The type an entity of `kind` has when none is given: the kind's own name.
    public static func defaultType(for kind: EntityKind) -> String {
        switch kind {
        case .actor: "actor"
        case .place: "place"
        case .organisation: "organisation"
        }
    }
}

/// A point on the globe, in decimal degrees.
public struct Coordinates: Sendable, Hashable, Codable {
    /// Degrees north, -90 to 90.
    public var latitude: Double
    /// Degrees east, -180 to 180.
    public var longitude: Double

    /// A point, or nil outside the globe's ranges.
    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }
}
