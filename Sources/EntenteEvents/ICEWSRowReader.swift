import EntenteModel
import EntenteExtraction

/// Reads ICEWS events: the raw coded-event files (20 columns after a header; `NA` or empty when
/// missing; an event is identified by its Event ID together with its date) and the four-column
/// temporal-KG form of ICEWS14 and ICEWS05-15 (head, relation label, tail, date).
public struct ICEWSRowReader: Sendable {
    public enum Layout: Sendable {
        case raw
        case temporal
    }

    public let codebook: CAMEOCodebook
    public static let confidence = 0.6
    public static let header = "Event ID"

    public init(codebook: CAMEOCodebook = .standard) { self.codebook = codebook }

    /// The layout a file's first line shows.
    public static func layout(ofFirstLine fields: [Substring]) -> Layout {
        fields.first == Substring(header) || fields.count == 20 ? .raw : .temporal
    }

    public func read(_ fields: [Substring], layout: Layout, file: String, lineText: Substring) -> EventRow {
        if fields.count == 1 && fields[0].isEmpty { return .ignored }
        switch layout {
        case .raw: return readRaw(fields)
        case .temporal: return readTemporal(fields, file: file, lineText: lineText)
        }
    }

    func readRaw(_ fields: [Substring]) -> EventRow {
        if fields.first == Substring(Self.header) { return .ignored }
        guard fields.count == 20 else { return .skipped(.wrongColumnCount(found: fields.count, expected: "20 (ICEWS events)"), entities: []) }
        guard let id = fields[0].missingAsNil else { return .skipped(.missingID, entities: []) }
        guard let day = CalendarDay(iso: fields[1]) else { return .skipped(.invalidDate(String(fields[1])), entities: []) }
        let place = place(city: fields[14].missingAsNil, province: fields[16].missingAsNil, country: fields[17].missingAsNil,
                          latitude: fields[18].missingAsNil, longitude: fields[19].missingAsNil)
        // A sector of no known owner (`Citizen (International)`) is the event's country in that role.
        let eventCountry = fields[17].missingAsNil.flatMap { codebook.resolver.state(named: String($0)) }
        var generic: [String] = []
        let subject = fields[2].missingAsNil.flatMap { name in
            actor(name, country: fields[4].missingAsNil, on: day, eventCountry: eventCountry, generic: &generic)
        }
        let object = fields[8].missingAsNil.flatMap { name in
            actor(name, country: fields[10].missingAsNil, on: day, eventCountry: eventCountry, generic: &generic)
        }
        guard let code = fields[6].missingAsNil, isEventCode(code) else { return .skipped(.invalidEventCode(String(fields[6])), entities: []) }
        guard let predicate = codebook.predicate(forCode: String(code)) else { return .skipped(.unknownEventCode(String(code)), entities: []) }
        var goldstein = codebook.events[String(code)]?.goldstein
        if let intensity = fields[7].missingAsNil {
            guard let value = Double(intensity), (-10...10).contains(value) else {
                return .skipped(.invalidNumber(column: "Intensity", value: String(intensity)), entities: [])
            }
            goldstein = value
        }
        var sentence: Int?
        if let text = fields[12].missingAsNil {
            guard let number = Int(text) else { return .skipped(.invalidNumber(column: "Sentence Number", value: String(text)), entities: []) }
            sentence = number > 0 ? number - 1 : nil
        }
        guard let subject, let object else {
            let kept = [subject?.entity, object?.entity, place].compactMap { $0 }
            if !generic.isEmpty, fields[2].missingAsNil != nil, fields[8].missingAsNil != nil {
                return .skipped(.genericActorWithoutCountry(generic.joined(separator: ", ")), entities: kept)
            }
            return .skipped(.missingActor(subject == nil ? "Source Name" : "Target Name"), entities: kept)
        }
        let story = fields[11].missingAsNil.map(String.init) ?? "event-\(id)"
        let publisher = fields[13].missingAsNil.map(String.init)
        let article = Article(
            origin: .icews, title: "ICEWS story \(story)", published: day, source: publisher ?? "ICEWS", text: "", identity: "icews-story:\(story)")
        let sectorRole = fields[3].missingAsNil.flatMap { $0.split(separator: ",").first }.map { $0.lowercased() }
        let role = subject.role ?? (subject.entity.type == "state" ? sectorRole : nil)
        return .event(
            CodedEvent(
                externalID: "icews:\(id):\(day)", subject: subject.entity, object: object.entity, predicate: predicate, eventCode: String(code),
                goldstein: goldstein, date: FactDate(day: day), role: role, place: place,
                confidence: Self.confidence, article: article, sentenceIndex: sentence, evidence: fields[5].missingAsNil.map(String.init),
                objectRole: object.role))
    }

    func readTemporal(_ fields: [Substring], file: String, lineText: Substring) -> EventRow {
        guard fields.count == 4 else { return .skipped(.wrongColumnCount(found: fields.count, expected: "4 (head, relation, tail, date)"), entities: []) }
        guard let day = CalendarDay(iso: fields[3]) else { return .skipped(.invalidDate(String(fields[3])), entities: []) }
        var generic: [String] = []
        let subject = fields[0].missingAsNil.flatMap { actor($0, country: nil, on: day, eventCountry: nil, generic: &generic) }
        let object = fields[2].missingAsNil.flatMap { actor($0, country: nil, on: day, eventCountry: nil, generic: &generic) }
        guard let code = codebook.code(forLabel: String(fields[1])) else { return .skipped(.unknownEventText(String(fields[1])), entities: []) }
        guard let predicate = codebook.predicate(forCode: code) else { return .skipped(.unknownEventCode(code), entities: []) }
        guard let subject, let object else {
            let kept = [subject?.entity, object?.entity].compactMap { $0 }
            if !generic.isEmpty, fields[0].missingAsNil != nil, fields[2].missingAsNil != nil {
                return .skipped(.genericActorWithoutCountry(generic.joined(separator: ", ")), entities: kept)
            }
            return .skipped(.missingActor(subject == nil ? "head entity" : "tail entity"), entities: kept)
        }
        let article = Article(origin: .icews, title: file, source: file, text: "", identity: "icews-kg-file:\(file)")
        return .event(
            CodedEvent(
                externalID: "icews-kg:" + SHA256.hexDigest(of: String(lineText)).prefix(32), subject: subject.entity, object: object.entity,
                predicate: predicate, eventCode: code, goldstein: codebook.events[code]?.goldstein, date: FactDate(day: day),
                role: subject.role, confidence: Self.confidence, article: article, evidence: String(fields[1]),
                objectRole: object.role))
    }

    /// The entity an ICEWS actor name stands for, through the same gazetteer and actor dictionary
    /// the extractor reads: a country (`Russian Federation` → Russia), a known organisation or
    /// person (`Sergey Viktorovich Lavrov` → Sergei Lavrov), a sector of a country or group in
    /// that role (`Police (Ukraine)` → Ukraine as police, `country` when the parenthesis names
    /// nothing known); a sector of nothing known (`Citizen (International)`) is `eventCountry` in
    /// that role, or nil with its name added to `generic`; otherwise an actor as ICEWS names it.
    func actor(
        _ name: Substring, country: Substring?, on day: CalendarDay, eventCountry: Entity?, generic: inout [String]
    ) -> ActorResolver.Resolution? {
        if let known = codebook.resolver.resolve(name: String(name), country: country.map(String.init), on: day) { return known }
        if let sector = ActorResolver.sector(of: String(name)) {
            if let eventCountry { return ActorResolver.Resolution(entity: eventCountry, role: sector) }
            generic.append(String(name))
            return nil
        }
        return ActorResolver.Resolution(entity: Entity(name: String(name), kind: .actor))
    }

    func place(city: Substring?, province: Substring?, country: Substring?, latitude: Substring?, longitude: Substring?) -> Entity? {
        guard city != nil || province != nil || country != nil else { return nil }
        let name = [city, province, country].compactMap { $0 }.map(String.init).joined(separator: ", ")
        let coordinates = latitude.flatMap { Double($0) }.flatMap { lat in longitude.flatMap { Double($0) }.flatMap { Coordinates(latitude: lat, longitude: $0) } }
        // A whole country is the state: one entity, whether it acts or is where something happens.
        if city == nil, province == nil, let country, let state = codebook.resolver.state(named: String(country)) {
            return state
        }
        return Entity(name: name, kind: .place, type: city != nil ? "city" : (province != nil ? "region" : "country"), coordinates: coordinates)
    }
}
