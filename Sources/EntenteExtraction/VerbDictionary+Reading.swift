public import EntenteModel

// The two formats a verb dictionary is read from: Entente's converted TSV files, which ship with
// it, and PETRARCH2's own, which users write.

extension VerbDictionary {
    /// Reads Entente's four files (see `Data/cameo-*.tsv` for their columns).
    public mutating func add(
        synsetsTSV: String, verbsTSV: String, patternsTSV: String, transformationsTSV: String,
        files: (synsets: String, verbs: String, patterns: String, transformations: String) = (
            "cameo-synsets.tsv", "cameo-verbs.tsv", "cameo-patterns.tsv", "cameo-transformations.tsv"
        )
    ) throws(DataFileError) {
        var members: [(label: String, member: Synset.Member)] = []
        for (line, fields) in DataRows(synsetsTSV).dropFirst() {
            let location = DataFileError.Location(file: files.synsets, line: line)
            guard fields.count == 3, fields[0].hasPrefix("&"), !fields[1].isEmpty else {
                throw DataFileError(location, "expected 3 tab-separated fields (synset member plural), the synset '&LABEL'")
            }
            members.append((fields[0], .init(words: fields[1].splitBytes(0x20), plural: fields[2].isEmpty ? nil : fields[2])))
        }
        var grouped: [String: [Synset.Member]] = [:]
        var order: [String] = []
        for (label, member) in members {
            if grouped[label] == nil { order.append(label) }
            grouped[label, default: []].append(member)
        }
        for label in order { add(Synset(label: label, members: grouped[label]!)) }

        for (line, fields) in DataRows(verbsTSV).dropFirst() {
            let location = DataFileError.Location(file: files.verbs, line: line)
            guard fields.count == 4, !fields[0].isEmpty else {
                throw DataFileError(location, "expected 4 tab-separated fields (block verb code forms), found \(fields.count)")
            }
            let words = fields[1].splitBytes(0x20)
            guard let lemma = words.first else { throw DataFileError(location, "empty verb") }
            guard let code = VerbCode(parsing: fields[2]) else {
                throw DataFileError(location, "'\(fields[2])' is not a code (042, 042:043, :1952 or ---)")
            }
            add(
                Verb(
                    block: fields[0], lemma: lemma, particles: Array(words.dropFirst()),
                    forms: fields[3].splitBytes(0x20), code: code, location: location))
        }

        for (line, fields) in DataRows(patternsTSV).dropFirst() {
            let location = DataFileError.Location(file: files.patterns, line: line)
            guard fields.count == 4, let original = Int(fields[3]) else {
                throw DataFileError(location, "expected 4 tab-separated fields (block pattern code line), found \(fields.count)")
            }
            guard patternsByBlock[fields[0]] != nil else {
                throw DataFileError(location, "the block '\(fields[0])' has no verbs")
            }
            guard let code = VerbCode(parsing: fields[2]) else {
                throw DataFileError(location, "'\(fields[2])' is not a code (042, 042:043, :1952 or ---)")
            }
            let pattern = try VerbPattern(block: fields[0], text: fields[1], code: code, location: location)
            if let label = pattern.synsets.first(where: { synsets[$0] == nil }) {
                throw DataFileError(location, "the synset \(label) is not defined")
            }
            var located = pattern
            located.location = .init(file: "CAMEO.2.0.txt", line: original)
            add(located)
        }

        for (line, fields) in DataRows(transformationsTSV).dropFirst() {
            let location = DataFileError.Location(file: files.transformations, line: line)
            guard fields.count == 9, let original = Int(fields[8]) else {
                throw DataFileError(location, "expected 9 tab-separated fields, found \(fields.count)")
            }
            add(
                VerbTransformation(
                    source: fields[0], lowerSource: fields[1], lowerTarget: fields[2], lowerVerb: fields[3],
                    upperVerb: fields[4], newSource: fields[5], newTarget: fields[6], code: fields[7],
                    location: .init(file: "CAMEO.2.0.txt", line: original)))
        }
    }

    /// Reads a verb dictionary in PETRARCH2's format and puts its verbs and patterns ahead of this
    /// dictionary's own:
    ///
    ///     &CURRENCY                  # a synset: '+' members follow; a trailing '_' means no plural
    ///     +DOLLAR
    ///     +CASH_
    ///     ---  ASK   [---]  ---      # a block: its name and default code
    ///     ASK     [020]              # a verb, its own code; -s, -ed, -ing forms generated
    ///     QUERY {QUERYING QUERIES QUERIED}
    ///     +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
    ///     - * (FOR {FINANCIAL AID})  [0231]
    ///     - * &CURRENCY              [0231]
    ///     ~ a (a b ATTACK) SAY = a b 015
    ///
    /// Patterns may name synsets of this file or of the dictionary it is added to. Codes are
    /// checked for form (2 to 4 digits), not against CAMEO's table.
    public mutating func add(petrarch text: String, file: String) throws(DataFileError) {
        var synsets: [Synset] = []
        var inSynset = false
        var block: (name: String, code: VerbCode)?
        var verbs: [Verb] = []
        var patterns: [VerbPattern] = []
        var transformations: [VerbTransformation] = []
        for (content, location) in PetrarchLines(text: text, file: file) {
            if content.hasPrefix("&") {
                let label = content.uppercased()
                guard !label.contains(where: \.isWhitespace) else {
                    throw DataFileError(location, "a synset label is one word: &LABEL")
                }
                synsets.append(Synset(label: label, members: []))
                inSynset = true
            } else if inSynset, content.hasPrefix("+") {
                let written = content.dropFirst().uppercased()
                let words = written.split(separator: "_").map { $0.lowercased() }
                guard !words.isEmpty, !written.contains(where: \.isWhitespace) else {
                    throw DataFileError(location, "a synset member is one word, or words joined by '_'")
                }
                let label = synsets[synsets.count - 1].label
                let plural = written.hasSuffix("_") || label.hasSuffix("_")
                    ? nil : PetrarchInflection.plural(ofPhrase: words.joined(separator: " "))
                synsets[synsets.count - 1].members.append(.init(words: words, plural: plural))
            } else if content.hasPrefix("---") {
                inSynset = false
                block = try Self.blockHeader(content, at: location)
            } else if content.hasPrefix("-") {
                guard let block else { throw DataFileError(location, "a pattern before any '---  BLOCK  [CODE]  ---' line") }
                guard let open = content.lastIndex(of: "["), content.hasSuffix("]"),
                    let code = VerbCode(parsing: content[open...])
                else {
                    throw DataFileError(location, "a pattern ends with its code: [042], [042:043], [:1952] or [---]")
                }
                patterns.append(try VerbPattern(block: block.name, text: content[..<open], code: code, location: location))
            } else if content.hasPrefix("~") {
                transformations.append(try VerbTransformation(petrarch: content, location: location))
            } else {
                inSynset = false
                guard let block else { throw DataFileError(location, "a verb before any '---  BLOCK  [CODE]  ---' line") }
                verbs.append(try Self.verbLine(content, block: block, at: location))
            }
        }
        for synset in synsets { add(synset) }
        for pattern in patterns {
            if let label = pattern.synsets.first(where: { self.synsets[$0] == nil }) {
                throw DataFileError(pattern.location, "the synset \(label) is not defined")
            }
        }
        // Inserted at the front one by one, so last first keeps the file's order.
        for verb in verbs.reversed() { add(verb, overriding: true) }
        for pattern in patterns.reversed() {
            guard patternsByBlock[pattern.block] != nil else {
                throw DataFileError(pattern.location, "the block '\(pattern.block)' has no verbs")
            }
            add(pattern, overriding: true)
        }
        self.transformations = transformations + self.transformations
    }

    /// A dictionary of PETRARCH2-format text alone.
    public static func parsePetrarch(_ text: String, file: String) throws(DataFileError) -> VerbDictionary {
        var dictionary = VerbDictionary()
        try dictionary.add(petrarch: text, file: file)
        return dictionary
    }

    /// `---  ASK   [---]  ---`; `[110]---`, a slip in CAMEO.2.0.txt that PETRARCH2 reads as no
    /// code, is read as [110].
    static func blockHeader(_ line: String, at location: DataFileError.Location) throws(DataFileError)
        -> (name: String, code: VerbCode)
    {
        let parts = line.split(whereSeparator: \.isWhitespace)
        guard parts.count >= 3, parts[0].allSatisfy({ $0 == "-" }), parts.last!.allSatisfy({ $0 == "-" }),
            parts[2].hasPrefix("["), let close = parts[2].firstIndex(of: "]"),
            let code = VerbCode(parsing: parts[2][...close])
        else {
            throw DataFileError(location, "a block header is written '---  NAME  [CODE]  ---'")
        }
        return (parts[1].uppercased(), code)
    }

    /// `QUERY {QUERYING QUERIES QUERIED} [020]`, `+SHUT_DOWN {+SHUTS_DOWN +SHUTTING_DOWN}`.
    static func verbLine(_ line: String, block: (name: String, code: VerbCode), at location: DataFileError.Location)
        throws(DataFileError) -> Verb
    {
        var rest = Substring(line)
        var code = block.code
        if let open = rest.firstIndex(of: "["), rest.hasSuffix("]") {
            guard let own = VerbCode(parsing: rest[open...]) else {
                throw DataFileError(location, "'\(rest[open...])' is not a code ([042], [042:043], [:1952] or [---])")
            }
            code = own
            rest = rest[..<open]
        }
        var forms: [Substring]?
        if let open = rest.firstIndex(of: "{") {
            guard let close = rest.firstIndex(of: "}"), open < close,
                String(rest[rest.index(after: close)...]).trimmed.isEmpty
            else {
                throw DataFileError(location, "irregular forms are written {FORM FORM …} after the verb")
            }
            forms = rest[rest.index(after: open)..<close].split(whereSeparator: \.isWhitespace)
            rest = rest[..<open]
        }
        let phrase = String(rest).trimmed.uppercased()
        guard !phrase.isEmpty, !phrase.contains(where: \.isWhitespace), !phrase.contains("[") else {
            throw DataFileError(location, "a verb is one word, or words joined by '_' with '+' on the verb (+SHUT_DOWN)")
        }
        let parts = phrase.split(separator: "_")
        if parts.count > 1, !parts[0].hasPrefix("+") || parts.dropFirst().contains(where: { $0.contains("+") }) {
            throw DataFileError(location, "a multi-word verb marks its first word with '+' (+SHUT_DOWN); no other word may be the verb")
        }
        let words = parts.map { $0.filter { $0 != "+" }.lowercased() }
        guard let lemma = words.first, !lemma.isEmpty else { throw DataFileError(location, "an empty verb") }
        let inflected = forms.map { forms in
            forms.compactMap { $0.filter { $0 != "+" }.split(separator: "_").first.map { $0.lowercased() } }
        } ?? PetrarchInflection.forms(ofVerb: lemma)
        var unique: [String] = []
        for form in inflected where form != lemma && !unique.contains(form) { unique.append(form) }
        return Verb(block: block.name, lemma: lemma, particles: Array(words.dropFirst()), forms: unique, code: code, location: location)
    }
}
