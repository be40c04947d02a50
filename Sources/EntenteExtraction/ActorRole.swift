/// The capacities CAMEO's actor codes name: `RUSMIL` is Russia acting as its military.
enum ActorRole {
    static let byCode = [
        "MIL": "military", "GOV": "government", "REB": "rebels", "OPP": "opposition", "COP": "police",
        "JUD": "judiciary", "LEG": "legislature", "SPY": "intelligence", "BUS": "business", "CVL": "civilians",
        "MED": "media", "EDU": "education", "CRM": "criminals", "REF": "refugees", "HLH": "health",
        "LAB": "labour", "UAF": "armed group", "NGO": "ngo", "IGO": "igo", "ELI": "elites", "REL": "religious",
    ]

    /// The capacity a role code names: `MIL` → military, `~GOV` (an agent's) → government,
    /// `REBHMS` → rebels.
    static func named(_ code: String) -> String? {
        let letters = code.filter(\.isLetter)
        return byCode[letters] ?? byCode[String(letters.prefix(3))]
    }

    /// The capacity of a whole actor code, after its three-letter country or organisation:
    /// `TURGOV` → government; nil for a bare `TUR`.
    static func ofActor(_ code: String) -> String? {
        code.count > 3 ? named(String(code.dropFirst(3))) : nil
    }
}
