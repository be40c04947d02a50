public import EntenteModel

/// A known entity and the names that refer to it.
public struct GazetteerEntry: Sendable, Hashable {
    public var entity: Entity
    /// The state this entity belongs to (a party, a ministry, a newspaper), by ISO code.
    public var country: String?
    /// The capital, for states; a mention of it as a place is a place, as an actor it is the state.
    public var capital: String?
    /// Other spellings of the capital, and other seats of power ("Kyiv", "The Hague"), that name
    /// the city where they name a place.
    public var capitalNames: [String] = []
    /// Names that stand for the entity acting in a role: `the Pentagon` → military.
    public var roleAliases: [String: String]

    public init(entity: Entity, country: String? = nil, capital: String? = nil, roleAliases: [String: String] = [:]) {
        self.entity = entity
        self.country = country
        self.capital = capital
        self.roleAliases = roleAliases
    }
}
