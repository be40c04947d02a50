import EntenteModel
import Foundation
import EntenteExtraction

/// Reads GDELT event rows: 1.0 daily files (58 columns), 1.0 historical backfiles (57, no
/// SOURCEURL) and 2.0 exports (61, an ADM2 code after each ADM1 code), told apart row by row.
///
/// Actors with a country code become the gazetteer's country, acting in the role their type
/// code names (`TURMIL` → Turkey, military); known groups become organisations; others keep
/// GDELT's name. The action place becomes a place entity with its coordinates; SOURCEURL the article.
public struct GDELTRowReader: Sendable {
    public let codebook: CAMEOCodebook
    /// GDELT events are machine-coded from one article each: their confidence.
    public static let confidence = 0.5

    public init(codebook: CAMEOCodebook = .standard) { self.codebook = codebook }

    /// Column positions that differ between the layouts.
    struct Layout: Sendable {
        var geoType: Int, geoName: Int, geoCountry: Int, latitude: Int, longitude: Int, dateAdded: Int, url: Int?

        static let v1 = Layout(geoType: 49, geoName: 50, geoCountry: 51, latitude: 53, longitude: 54, dateAdded: 56, url: 57)
        static let v1Backfile = Layout(geoType: 49, geoName: 50, geoCountry: 51, latitude: 53, longitude: 54, dateAdded: 56, url: nil)
        static let v2 = Layout(geoType: 51, geoName: 52, geoCountry: 53, latitude: 56, longitude: 57, dateAdded: 59, url: 60)
    }

    public func read(_ fields: [Substring]) -> EventRow {
        var memo = Memo(capacity: 0)
        return read(fields, memo: &memo)
    }

    /// Reads a row, taking what its actor, place and country columns name from `memo` when an
    /// earlier row had the same columns: a long import resolves each combination once.
    public func read(_ fields: [Substring], memo: inout Memo) -> EventRow {
        if fields.count == 1 && fields[0].isEmpty { return .ignored }
        let layout: Layout
        switch fields.count {
        case 57: layout = .v1Backfile
        case 58: layout = .v1
        case 61: layout = .v2
        default: return .skipped(.wrongColumnCount(found: fields.count, expected: "57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)"), entities: [])
        }
        let id = fields[0]
        guard !id.isEmpty else { return .skipped(.missingID, entities: []) }
        guard let day = compactDay(fields[1]) else { return .skipped(.invalidDate(String(fields[1])), entities: []) }
        let place = memo.place(fields, layout, reader: self)
        let eventCountry = memo.state(fips: fields[layout.geoCountry], reader: self)
        var subject = memo.actor(code: fields[5], name: fields[6], country: fields[7], group: fields[8], type: fields[12], reader: self)
        var object = memo.actor(code: fields[15], name: fields[16], country: fields[17], group: fields[18], type: fields[22], reader: self)
        let absent = (subject: subject == nil, object: object == nil)
        // A generic actor (`POLICE`, `PRESIDENT`) is its event's country in that role, or no actor at all.
        var generic: [String] = []
        for (side, name) in [(0, fields[6]), (1, fields[16])] {
            guard case let .generic(role)? = side == 0 ? subject : object else { continue }
            let tied: Actor? = eventCountry.map { .known($0, role: role) }
            if side == 0 { subject = tied } else { object = tied }
            if tied == nil { generic.append(name.isEmpty ? String(fields[side == 0 ? 5 : 15]) : String(name)) }
        }
        let code = fields[26]
        guard isEventCode(code) else { return .skipped(.invalidEventCode(String(code)), entities: []) }
        let codeText = String(code)
        guard let meaning = memo.code(codeText, reader: self) else {
            return .skipped(.unknownEventCode(codeText), entities: [])
        }
        var numbers: (mentions: Int?, sources: Int?, articles: Int?) = (nil, nil, nil)
        for (column, index) in Self.countColumns {
            let text = fields[index]
            let value = text.isEmpty ? nil : Int(text)
            guard text.isEmpty || value != nil else {
                return .skipped(.invalidNumber(column: column, value: String(text)), entities: [])
            }
            switch index {
            case 31: numbers.mentions = value
            case 32: numbers.sources = value
            default: numbers.articles = value
            }
        }
        var goldstein = meaning.goldstein
        if !fields[30].isEmpty {
            guard let value = Double(fields[30]), (-10...10).contains(value) else {
                return .skipped(.invalidNumber(column: "GoldsteinScale", value: String(fields[30])), entities: [])
            }
            goldstein = value
        }
        guard case let .known(subjectEntity, role)? = subject, case let .known(objectEntity, objectRole)? = object else {
            let kept = [subject?.entity, object?.entity, place].compactMap { $0 }
            if !generic.isEmpty, !absent.subject, !absent.object {
                return .skipped(.genericActorWithoutCountry(generic.joined(separator: ", ")), entities: kept)
            }
            let which = absent.subject || subject == nil ? (absent.object || object == nil ? "Actor1 or Actor2" : "Actor1") : "Actor2"
            return .skipped(.missingActor(which), entities: kept)
        }
        let article = memo.article(fields, layout, reader: self)
        return .event(
            CodedEvent(
                externalID: "gdelt:\(id)", subject: subjectEntity, object: objectEntity, predicate: meaning.predicate, eventCode: codeText,
                goldstein: goldstein, date: FactDate(day: day), role: role, place: place, confidence: Self.confidence,
                mentions: numbers.mentions, sources: numbers.sources, articles: numbers.articles, article: article,
                evidence: meaning.label, objectRole: objectRole))
    }

    /// GDELT's coverage counts, by column.
    static let countColumns = [("NumMentions", 31), ("NumSources", 32), ("NumArticles", 33)]

    /// What an event code means: the vocabulary's predicate for it, and its Goldstein score and
    /// label in CAMEO (a code the vocabulary has no predicate for has no meaning: the row is skipped).
    struct CodeMeaning: Sendable {
        var predicate: String
        var goldstein: Double?
        var label: String?
    }

    /// The meaning of a code, or nil when no predicate of the vocabulary covers it.
    func meaning(ofCode code: String) -> CodeMeaning? {
        guard let predicate = codebook.predicate(forCode: code) else { return nil }
        let event = codebook.events[code]
        return CodeMeaning(predicate: predicate, goldstein: event?.goldstein, label: event?.label)
    }

    /// The article a row was coded from: its SOURCEURL, or for a 1.0 backfile (no URL) the batch
    /// it was added in. DATEADDED's day is when it was published.
    func article(_ fields: [Substring], _ layout: Layout) -> Article {
        let added = compactDay(fields[layout.dateAdded].prefix(8))
        if let index = layout.url, !fields[index].isEmpty {
            let url = String(fields[index])
            return Article(
                origin: .gdelt, published: added, source: Self.host(of: url) ?? url, url: url, text: "", identity: "gdelt-source:\(url)")
        }
        let batch = String(fields[layout.dateAdded])
        return Article(
            origin: .gdelt, title: "GDELT 1.0 backfile added \(batch)", published: added, source: "GDELT 1.0 backfile", text: "",
            identity: "gdelt-backfile:\(batch)")
    }

    /// What an actor's columns name.
    enum Actor: Equatable, Sendable {
        /// An entity, in the role its type code gives (nil for the entity itself).
        case known(Entity, role: String?)
        /// Only a generic type and no country (`COP` `POLICE`, `GOV` `PRESIDENT`): a role whose
        /// country the event's place must give.
        case generic(role: String)

        var entity: Entity? {
            if case let .known(entity, _) = self { entity } else { nil }
        }
    }

    /// Type codes that name a capacity inside one country, so that an actor with one of them
    /// and no country is generic; the international ones (`IGO`, `NGO`, `MNC`…) name an actor
    /// of their own.
    static let domesticTypes: Set<Substring> = [
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
        "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "SET",
    ]

    /// Whether an actor code is only domestic type codes (`COP`, `BUSCVL`).
    static func isGeneric(code: Substring) -> Bool {
        guard !code.isEmpty, code.count % 3 == 0 else { return false }
        var rest = code[...]
        while !rest.isEmpty {
            guard domesticTypes.contains(rest.prefix(3)) else { return false }
            rest = rest.dropFirst(3)
        }
        return true
    }

    /// The entity an actor's columns name, and the role its type code gives, or nil when empty.
    ///
    /// Through the same gazetteer the extractor reads: a known person by name (`VLADIMIR PUTIN`);
    /// an actor without a country, or of a known group, by its name (`THE EU`, `SECURITY COUNCIL`),
    /// its actor code (`IGONAT`) or its group's label (`NAT` → NATO); a country's actor as the
    /// country in its role (`TURMIL` → Turkey, military); a region's (`AFR`) as the region, a
    /// place. An actor of only a generic type (`COP`) is `.generic`. Others keep GDELT's name.
    func actor(code: Substring, name: Substring, country: Substring, group: Substring, type: Substring) -> Actor? {
        guard !code.isEmpty || !name.isEmpty else { return nil }
        let role = type.isEmpty ? nil : codebook.types[String(type)]?.lowercased()
        if !name.isEmpty, let person = codebook.person(inCapitals: name) {
            return .known(person, role: role)
        }
        let resolver = codebook.resolver
        if country.isEmpty || !group.isEmpty {
            if !name.isEmpty, let known = resolver.known(named: String(name)), known.entity.kind != .place, known.entity.type != "person" {
                return .known(known.entity, role: known.role ?? (known.entity.type == "state" ? role : nil))
            }
            if let known = resolver.entity(code: String(code)), known.kind != .place, known.type != "state" {
                return .known(known, role: nil)
            }
        }
        if !group.isEmpty, let label = codebook.groups[String(group)] {
            if let known = resolver.known(named: Self.withoutParenthesis(label)), known.entity.kind != .place {
                return .known(known.entity, role: nil)
            }
            let cameo = (3...15).contains(group.count) && group.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) ? String(group) : nil
            return .known(Entity(name: label, kind: .organisation, type: "group", cameo: cameo), role: nil)
        }
        if !country.isEmpty, let state = codebook.country(code: String(country)) {
            return .known(state, role: role)
        }
        // A region (`AFR`, `MEA`) is where something happens, not who acts: the gazetteer's place.
        if !country.isEmpty, let region = resolver.entity(code: String(country)), region.kind == .place {
            return .known(region, role: role)
        }
        if country.isEmpty, Self.isGeneric(code: code) {
            return .generic(role: role ?? codebook.types[String(code.prefix(3))]?.lowercased() ?? "actor")
        }
        let cameo = (3...15).contains(code.count) && code.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) ? String(code) : nil
        return .known(Entity(name: name.isEmpty ? String(code) : titleCased(name), kind: .actor, type: role ?? "actor", cameo: cameo), role: nil)
    }

    /// `North Atlantic Treaty Organization (NATO)` → `North Atlantic Treaty Organization`.
    static func withoutParenthesis(_ label: String) -> String {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return label }
        return String(label[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// The state a place's FIPS country code names.
    func state(fips: Substring) -> Entity? {
        Gazetteer.iso3ByFIPS[String(fips)].flatMap { codebook.resolver.state(named: $0) }
    }

    /// The action place, with coordinates when GDELT has them.
    func place(_ fields: [Substring], _ layout: Layout) -> Entity? {
        let name = fields[layout.geoName]
        guard !name.isEmpty, let type = Int(fields[layout.geoType]), type > 0 else { return nil }
        var coordinates: Coordinates?
        if let latitude = Double(fields[layout.latitude]), let longitude = Double(fields[layout.longitude]),
            (-90...90).contains(latitude), (-180...180).contains(longitude)
        {
            coordinates = Coordinates(latitude: latitude, longitude: longitude)
        }
        // A whole country is the state: one entity, whether it acts or is where something happens.
        if type == 1, let iso3 = Gazetteer.iso3ByFIPS[String(fields[layout.geoCountry])], let state = codebook.resolver.state(named: iso3) {
            return state
        }
        return Entity(name: String(name), kind: .place, type: Self.placeTypes[type] ?? "place", coordinates: coordinates)
    }

    /// ``host(of:)`` of an all-ASCII URL, found byte by byte (nil for any other URL, or one
    /// without `://`): on ASCII text a character is a byte, so this is the same search without
    /// Foundation. An import reads one URL per row.
    static func asciiHost(of url: String) -> String? {
        var url = url
        return url.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let separator: [UInt8] = Array("://".utf8)
            guard bytes.count >= 3, let scheme = (0...(bytes.count - 3)).first(where: { bytes[$0..<$0 + 3].elementsEqual(separator) }) else {
                return nil
            }
            let start = scheme + 3
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
                end += 1
            }
            return end == start ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// GDELT's geographic types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    static let placeTypes = [1: "country", 2: "region", 3: "city", 4: "city", 5: "region"]

    /// `https://www.reuters.com/…` → `www.reuters.com`: the publisher, for counting sources.
    static func host(of url: String) -> String? {
        if let host = asciiHost(of: url) { return host }
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }
}
