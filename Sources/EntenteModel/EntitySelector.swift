/// How a user names an entity on the command line or in a query: a name or alias, or, where a
/// name is shared, the name with its kind, a code, or the id an ambiguity message shows.
///
///     EntitySelector("Hezbollah")               // .name("Hezbollah")
///     EntitySelector("organisation:Hezbollah")  // .kind(.organisation, "Hezbollah")
///     EntitySelector("code:IGONAT")             // .code("IGONAT")
///     EntitySelector("#42")                     // .id(42)
///
/// A prefix that is not a kind, `code` or `id` leaves the text a name (`Sector: Energy`).
public enum EntitySelector: Sendable, Hashable {
    case name(String)
    case kind(EntityKind, String)
    case code(String)
    case id(Int64)

    /// Reads `#id`, `code:CODE`, `kind:NAME`, or else a plain name.
    public init(_ text: String) {
        if text.hasPrefix("#"), let id = Int64(text.dropFirst()), id > 0 {
            self = .id(id)
            return
        }
        guard let colon = text.firstIndex(of: ":") else {
            self = .name(text)
            return
        }
        let prefix = text[..<colon].lowercased()
        let rest = String(text[text.index(after: colon)...])
        if prefix == "id", let id = Int64(rest), id > 0 {
            self = .id(id)
        } else if prefix == "code", !rest.isEmpty {
            self = .code(rest.uppercased())
        } else if ["actor", "place", "organisation", "organization", "org"].contains(prefix), let kind = EntityKind(parsing: prefix), !rest.isEmpty {
            self = .kind(kind, rest)
        } else {
            self = .name(text)
        }
    }

    /// The name part, for suggestions: the text without its prefix.
    public var name: String? {
        switch self {
        case .name(let name), .kind(_, let name): name
        case .code, .id: nil
        }
    }
}
