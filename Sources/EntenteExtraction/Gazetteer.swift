public import EntenteModel

/// The entities Entente recognises by name, with every alias.
///
/// The standard gazetteer ships as data (`Data/countries.tsv`, generated from
/// GeoNames and the CAMEO country table; `Data/country-names.tsv`;
/// `Data/organisations.tsv`, `Data/people.tsv`) embedded in the binary. Users add or override
/// entries with a file in the `organisations.tsv` format (see
/// ``parseEntries(tsv:file:)``).
public struct Gazetteer: Sendable {
    public private(set) var entries: [GazetteerEntry]
    /// Index into `entries` by folded canonical name.
    private var byKey: [NameKey: Int]

    public init(_ entries: [GazetteerEntry] = []) {
        self.entries = []
        byKey = [:]
        for entry in entries { add(entry) }
    }

    /// Adds an entry, or replaces the one with the same canonical name.
    public mutating func add(_ entry: GazetteerEntry) {
        let key = entry.entity.key
        if let index = byKey[key] {
            entries[index] = entry
        } else {
            byKey[key] = entries.count
            entries.append(entry)
        }
    }

    public func entry(named name: String) -> GazetteerEntry? {
        byKey[NameKey(name)].map { entries[$0] }
    }

    public mutating func merge(_ other: [GazetteerEntry]) {
        for entry in other { add(entry) }
    }

    /// The gazetteer shipped with Entente.
    public static let standard: Gazetteer = {
        do {
            var gazetteer = Gazetteer(
                try parseCountries(tsv: EmbeddedData.countries, names: EmbeddedData.country_names))
            gazetteer.merge(try parseEntries(tsv: EmbeddedData.organisations, file: "organisations.tsv"))
            gazetteer.merge(try parseEntries(tsv: EmbeddedData.people, file: "people.tsv"))
            return gazetteer
        } catch {
            preconditionFailure("the embedded gazetteer is broken: \(error)")
        }
    }()
}

// MARK: - Reading the data files

extension Gazetteer {
    /// Reads entries: `name kind type cameo country aliases`, aliases separated
    /// by `;`; an alias written `the Pentagon@military` stands for the entity in that role.
    public static func parseEntries(tsv text: String, file: String) throws(DataFileError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        for (line, fields) in TabSeparatedLines(text).dropFirst() {
            let location = DataFileError.Location(file: file, line: line)
            guard fields.count >= 2, fields.count <= 6 else {
                throw DataFileError(location, "expected up to 6 tab-separated fields (name kind type cameo country aliases), found \(fields.count)")
            }
            let name = fields[0].trimmed
            guard !NameKey(name).isEmpty else { throw DataFileError(location, "empty name") }
            guard let kind = EntityKind(parsing: fields[1].trimmed) else {
                throw DataFileError(location, "'\(fields[1])' is not a kind (actor, place, organisation)")
            }
            let field = { (i: Int) -> String? in
                i < fields.count && !fields[i].trimmed.isEmpty ? fields[i].trimmed : nil
            }
            var type = field(2)
            if fields[1].trimmed.lowercased() == "person" { type = "person" }
            let (aliases, roles) = splitAliases(field(5))
            entries.append(
                GazetteerEntry(
                    entity: Entity(name: name, kind: kind, type: type, cameo: field(3), aliases: aliases),
                    country: field(4), roleAliases: roles))
        }
        return entries
    }

    /// States from the generated country table, with the hand-written names by ISO code.
    static func parseCountries(tsv: String, names: String) throws(DataFileError) -> [GazetteerEntry] {
        var extra: [String: String] = [:]
        for (line, fields) in TabSeparatedLines(names).dropFirst() {
            guard fields.count == 2 else {
                throw DataFileError(.init(file: "country-names.tsv", line: line), "expected 2 fields (iso3 names)")
            }
            extra[fields[0]] = fields[1]
        }
        var entries: [GazetteerEntry] = []
        for (line, fields) in TabSeparatedLines(tsv).dropFirst() {
            guard fields.count == 6 else {
                throw DataFileError(.init(file: "countries.tsv", line: line), "expected 6 fields")
            }
            let (iso3, cameo, name, capital, aka) = (fields[0], fields[1], fields[2], fields[3], fields[5])
            if iso3.isEmpty {
                // A CAMEO region or territory without an ISO code: a place.
                entries.append(GazetteerEntry(entity: Entity(name: name, kind: .place, type: "region", cameo: cameo)))
                continue
            }
            var (aliases, roles) = splitAliases(extra[iso3])
            // "Kyiv@city": a name of the state that is also the name of a city.
            let cities = roles.filter { $0.value == "city" }.map(\.key).sorted()
            for city in cities { roles[city] = nil }
            // "Gambia" → "Gambian": the regular demonym, where none is written out.
            if extra[iso3] == nil, name.hasSuffix("a"), !name.contains(" ") {
                aliases += [name + "n", name + "ns"]
            }
            var entry = GazetteerEntry(
                entity: Entity(
                    name: name, kind: .actor, type: "state", iso3: iso3, cameo: cameo.isEmpty ? nil : cameo,
                    aliases: (aka.isEmpty ? [] : [aka]) + aliases + (Self.codesThatAreWords.contains(iso3) ? [] : [iso3])),
                capital: capital.isEmpty ? nil : capital, roleAliases: roles)
            entry.capitalNames = (capital.isEmpty ? [] : [capital]) + cities
            entries.append(entry)
        }
        return entries
    }

    /// ISO codes that news writes as words or as other abbreviations ("raised VAT", "small modular
    /// reactor (SMR)", "CAN" in a headline): no name of their state.
    static let codesThatAreWords: Set<String> = [
        "AND", "ARE", "ARM", "ATA", "BEN", "BRA", "CAN", "COM", "DOM", "FIN", "GAB", "GIN", "IOT", "MAC", "MAF", "MAR", "NOR",
        "PAN", "PER", "REU", "SMR", "SUR", "TON", "VAT",
    ]

    private static func splitAliases(_ field: String?) -> (aliases: [String], roles: [String: String]) {
        var aliases: [String] = []
        var roles: [String: String] = [:]
        for part in (field ?? "").split(separator: ";") {
            let alias = String(part).trimmed
            guard !alias.isEmpty else { continue }
            if let at = alias.lastIndex(of: "@") {
                let name = String(alias[..<at]).trimmed
                roles[name] = String(alias[alias.index(after: at)...]).trimmed
                aliases.append(name)
            } else {
                aliases.append(alias)
            }
        }
        return (aliases, roles)
    }
}

extension String {
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension Gazetteer {
    /// ISO 3166 alpha-3 codes by FIPS 10-4 code (GDELT's `*Geo_CountryCode`), from `countries.tsv`.
    public static let iso3ByFIPS: [String: String] = {
        var result: [String: String] = [:]
        for (_, fields) in TabSeparatedLines(EmbeddedData.countries).dropFirst() where fields.count == 6 && !fields[4].isEmpty {
            result[fields[4]] = fields[0]
        }
        return result
    }()

}
