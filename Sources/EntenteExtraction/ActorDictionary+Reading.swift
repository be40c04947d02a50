public import EntenteModel

// The two formats an actor dictionary is read from: Entente's converted TSV, which ships with it,
// and PETRARCH2's own, which users write.

extension ActorDictionary {
    /// Reads Entente's format (`names roles type`, see `Data/actors-countries.tsv`).
    public mutating func add(tsv text: String, file: String, overriding: Bool = false) throws(DataFileError) {
        let rows = DataRows(text)
        reserveCapacity(rows.lineCount)
        for (line, fields) in rows.dropFirst() {
            let location = DataFileError.Location(file: file, line: line)
            guard fields.count == 3 else {
                throw DataFileError(location, "expected 3 tab-separated fields (names roles type), found \(fields.count)")
            }
            let names = fields[0].splitBytes(UInt8(ascii: ";"))
            guard !names.isEmpty else { throw DataFileError(location, "no names") }
            var roles: [Role] = []
            for item in fields[1].splitBytes(UInt8(ascii: ";")) {
                guard let role = Role(tsv: item) else {
                    throw DataFileError(location, "'\(item)' is not a role (CODE or 'CODE YYYYMMDD-YYYYMMDD')")
                }
                roles.append(role)
            }
            add(Entry(names: names, roles: roles, type: fields[2].isEmpty ? nil : fields[2], location: location),
                overriding: overriding)
        }
    }

    /// Reads a dictionary in PETRARCH2's format and puts its entries ahead of this one's:
    ///
    ///     RECEP_TAYYIP_ERDOGAN_        # a primary name, words joined by '_' or spaces
    ///     +ERDOGAN                     # synonyms
    ///         [TURELI 720101-021118]   # roles: CODE, or CODE with A-B, >D or <D (YYMMDD or YYYYMMDD)
    ///         [TURGOV >030314]
    ///     AMNESTY_INTERNATIONAL_ [NGOHRIAMN]   # codes may follow the name on its line
    ///
    /// A range includes its start and excludes its end; `>D` includes D and `<D` excludes it; a
    /// two-digit year 00–30 is 20YY. Stricter than PETRARCH2 where it would misread silently: a
    /// name needs a code (`[---]` for none), and a date needs `>`, `<` or a range.
    public mutating func add(petrarch text: String, file: String) throws(DataFileError) {
        var entries: [Entry] = []
        var current: Entry?
        func finish() throws(DataFileError) {
            guard let entry = current else { return }
            guard !entry.roles.isEmpty else {
                throw DataFileError(
                    entry.location,
                    "'\(entry.names.first ?? "")' has no code: give it [CODE] ([---] for none), or write it '+NAME' as a synonym")
            }
            entries.append(entry)
            current = nil
        }
        for (content, location) in PetrarchLines(text: text, file: file) {
            if content.hasPrefix("[") {
                guard current != nil else { throw DataFileError(location, "a code before any name") }
                current!.roles += try Self.petrarchRoles(Substring(content), at: location)
            } else if content.hasPrefix("+") {
                guard current != nil else { throw DataFileError(location, "a synonym ('+') before any name") }
                let key = DictionaryTokens.key(content.dropFirst())
                guard !key.isEmpty else { throw DataFileError(location, "an empty synonym") }
                if !current!.names.contains(key) { current!.names.append(key) }
            } else {
                try finish()
                let bracket = content.firstIndex(of: "[") ?? content.endIndex
                let key = DictionaryTokens.key(content[..<bracket])
                guard !key.isEmpty else { throw DataFileError(location, "a code without a name") }
                current = Entry(names: [key], roles: [], location: location)
                if bracket < content.endIndex {
                    current!.roles = try Self.petrarchRoles(content[bracket...], at: location)
                }
            }
        }
        try finish()
        for entry in entries { add(entry, overriding: true) }
    }

    /// A dictionary of PETRARCH2-format text alone.
    public static func parsePetrarch(_ text: String, file: String) throws(DataFileError) -> ActorDictionary {
        var dictionary = ActorDictionary()
        try dictionary.add(petrarch: text, file: file)
        return dictionary
    }

    /// `[CODE]`, `[CODE DATE]`, several on one line.
    static func petrarchRoles(_ text: Substring, at location: DataFileError.Location) throws(DataFileError) -> [Role] {
        var roles: [Role] = []
        var rest = text
        while let open = rest.firstIndex(where: { !$0.isWhitespace }) {
            guard rest[open] == "[", let close = rest[open...].firstIndex(of: "]") else {
                throw DataFileError(location, "expected [CODE] or [CODE DATE], found '\(String(rest[open...]).trimmed)'")
            }
            let parts = rest[rest.index(after: open)..<close].split(whereSeparator: \.isWhitespace)
            guard let code = parts.first else { throw DataFileError(location, "an empty code []") }
            guard code == "---" || code.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
                throw DataFileError(location, "'\(code)' is not an actor code (capital letters and digits, or ---)")
            }
            var role = Role(code: String(code))
            let date = parts.dropFirst().joined()
            if !date.isEmpty {
                func day(_ text: Substring) throws(DataFileError) -> CalendarDay {
                    guard let day = CalendarDay(petrarch: text) else {
                        throw DataFileError(location, "'\(text)' is not a date (YYMMDD or YYYYMMDD)")
                    }
                    return day
                }
                if date.hasPrefix(">") {
                    role.from = try day(date.dropFirst())
                } else if date.hasPrefix("<") {
                    role.until = try day(date.dropFirst())
                } else if let dash = date.firstIndex(of: "-") {
                    role.from = try day(date[..<dash])
                    role.until = try day(date[date.index(after: dash)...])
                } else {
                    throw DataFileError(location, "the date '\(date)' needs '>' (from), '<' (before) or a range FROM-TO")
                }
            }
            roles.append(role)
            rest = rest[rest.index(after: close)...]
        }
        return roles
    }
}

extension ActorDictionary.Role {
    /// `CODE` or `CODE FROM-TO`, either date `YYYYMMDD` or empty.
    init?(tsv text: String) {
        let utf8 = text.utf8
        guard let space = utf8.firstIndex(of: 0x20) else {
            guard !text.isEmpty else { return nil }
            self.init(code: text)
            return
        }
        let dates = utf8[utf8.index(after: space)...]
        guard let dash = dates.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let start = dates[..<dash]
        let end = dates[dates.index(after: dash)...]
        let from = start.isEmpty ? nil : CalendarDay(compact: start)
        let until = end.isEmpty ? nil : CalendarDay(compact: end)
        guard start.isEmpty || from != nil, end.isEmpty || until != nil, from != nil || until != nil else { return nil }
        self.init(code: String(utf8[..<space])!, from: from, until: until)
    }
}

extension CalendarDay {
    /// `YYYYMMDD`.
    init?(compact digits: some Collection<UInt8>) {
        guard digits.count == 8 else { return nil }
        var values = (year: 0, month: 0, day: 0)
        for (position, byte) in digits.enumerated() {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let digit = Int(byte - 0x30)
            switch position {
            case 0..<4: values.year = values.year * 10 + digit
            case 4..<6: values.month = values.month * 10 + digit
            default: values.day = values.day * 10 + digit
            }
        }
        self.init(year: values.year, month: values.month, day: values.day)
    }

    /// PETRARCH2's `YYMMDD` (00–30 → 20YY, else 19YY) or `YYYYMMDD`.
    init?(petrarch text: Substring) {
        switch text.utf8.count {
        case 8:
            self.init(compact: text.utf8)
        case 6:
            guard let year = Int(text.prefix(2)) else { return nil }
            self.init(compact: ((year <= 30 ? "20" : "19") + text).utf8)
        default:
            return nil
        }
    }
}
