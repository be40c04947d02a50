public import EntenteModel

/// A PETRARCH2 verb pattern: the words around a verb that refine its event code.
///
/// `* (for {financial aid})` in the ASK block gives 0231 for "asked for financial aid": `*` is the
/// verb; words before it constrain the subject, words after it the objects, particle and
/// prepositional phrases. A bare word is a head noun (or a particle: `* off &WEAPON`, "set off a
/// bomb"); `{a b c}` is a noun phrase with head `c` and modifiers `a b`; `(prep)` is a
/// prepositional phrase with any object and `(prep noun)` one with that object; `&LABEL` is any
/// member of a synset; `^` any noun phrase.
public struct VerbPattern: Sendable, Hashable, CustomStringConvertible {
    public enum Word: Sendable, Hashable, CustomStringConvertible {
        /// A lower-case word.
        case literal(String)
        /// A synset label, `&WEAPON`.
        case synset(String)
        /// `^`: anything.
        case any

        public var description: String {
            switch self {
            case .literal(let word): word
            case .synset(let label): label
            case .any: "^"
            }
        }
    }

    public struct Noun: Sendable, Hashable, CustomStringConvertible {
        public var head: Word
        public var modifiers: [Word]

        public init(head: Word, modifiers: [Word] = []) {
            self.head = head
            self.modifiers = modifiers
        }

        public var description: String {
            modifiers.isEmpty ? head.description : "{" + (modifiers + [head]).map(\.description).joined(separator: " ") + "}"
        }
    }

    public struct Preposition: Sendable, Hashable, CustomStringConvertible {
        public var preposition: String
        /// Nil: any object, or none.
        public var object: Noun?

        public init(_ preposition: String, object: Noun? = nil) {
            self.preposition = preposition
            self.object = object
        }

        public var description: String {
            "(" + preposition + (object.map { " " + $0.description } ?? "") + ")"
        }
    }

    /// The verb block whose verbs the pattern refines.
    public var block: String
    /// Nouns the subject must have, before `*`.
    public var subject: [Noun]
    /// Prepositional phrases attached to the subject ("delivery (of &FOOD) *").
    public var subjectPrepositions: [Preposition]
    /// Nouns after `*`: each is the head of an object, or the verb's particle.
    public var objects: [Noun]
    /// Prepositional phrases of the verb, or of a matched object.
    public var prepositions: [Preposition]
    public var code: VerbCode
    /// Where it was read: the data file and line.
    public var location: DataFileError.Location

    public init(
        block: String, subject: [Noun] = [], subjectPrepositions: [Preposition] = [], objects: [Noun] = [],
        prepositions: [Preposition] = [], code: VerbCode, location: DataFileError.Location
    ) {
        self.block = block
        self.subject = subject
        self.subjectPrepositions = subjectPrepositions
        self.objects = objects
        self.prepositions = prepositions
        self.code = code
        self.location = location
    }

    /// Reads a pattern's text, in Entente's lower-case form or PETRARCH2's upper-case one:
    /// `* (for {financial aid})`, `&MILITARY * exercises`, `- * (TO {BANNED PARTIES}) $`. TABARI's
    /// `$ + %` markers are ignored (the parse gives the roles) and `_` joins the words of a noun
    /// phrase (`AIR_STRIKE` is `{air strike}`).
    public init(block: String, text: some StringProtocol, code: VerbCode, location: DataFileError.Location)
        throws(DataFileError)
    {
        self.init(block: block, code: code, location: location)
        // Split on bytes: ASCII spaces and brackets are all the syntax there is, and walking
        // Characters made reading the 4,000 standard patterns slow.
        var tokens: [Substring] = []
        let whole = Substring(text)
        let utf8 = whole.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            let isBracket = byte == 0x28 || byte == 0x29 || byte == 0x7B || byte == 0x7D
            if isSpace || isBracket {
                if start < index { tokens.append(whole[start..<index]) }
                let next = utf8.index(after: index)
                if isBracket { tokens.append(whole[index..<next]) }
                start = next
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { tokens.append(whole[start...]) }
        if tokens.first == "-" { tokens.removeFirst() }
        tokens.removeAll { $0 == "$" || $0 == "+" || $0 == "%" }
        func fail(_ message: String) -> DataFileError {
            DataFileError(location, "pattern '\(text)': \(message)")
        }
        func word(_ token: Substring) throws(DataFileError) -> Word {
            if token == "^" { return .any }
            if token.hasPrefix("&") {
                guard token.count > 1 else { throw fail("'&' without a synset label") }
                return .synset(token.uppercased())
            }
            guard !token.contains("*"), !token.contains("&") else { throw fail("'\(token)' is not a word") }
            return .literal(token.lowercased())
        }
        /// A bare token: a word, or words joined by '_' (a noun phrase).
        func noun(_ token: Substring) throws(DataFileError) -> Noun {
            guard !token.hasPrefix("&"), token.contains("_") else { return Noun(head: try word(token)) }
            var words: [Word] = []
            for part in token.split(separator: "_") { words.append(try word(part)) }
            guard let head = words.popLast() else { throw fail("'\(token)' is not a word") }
            return Noun(head: head, modifiers: words)
        }
        /// `{a b c}` starting at `tokens[i]`.
        func braced(_ i: inout Int) throws(DataFileError) -> Noun {
            var words: [Word] = []
            i += 1
            while i < tokens.count, tokens[i] != "}" {
                guard !"(){".contains(tokens[i].first!) else { throw fail("'{' inside '{}' or a bracket inside it") }
                for part in tokens[i].split(separator: "_") { words.append(try word(part)) }
                i += 1
            }
            guard i < tokens.count else { throw fail("'{' without '}'") }
            i += 1
            guard let head = words.popLast() else { throw fail("an empty '{}'") }
            return Noun(head: head, modifiers: words)
        }
        var sawVerb = false
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token == "*" {
                guard !sawVerb else { throw fail("more than one '*'") }
                sawVerb = true
                i += 1
            } else if token == "(" {
                i += 1
                guard i < tokens.count, !"(){}".contains(tokens[i].first!) else { throw fail("'(' without a preposition") }
                let preposition = tokens[i].lowercased()
                guard !preposition.contains("*"), !preposition.hasPrefix("&") else {
                    throw fail("'\(tokens[i])' is not a preposition")
                }
                i += 1
                var object: Noun?
                if i < tokens.count, tokens[i] == "{" {
                    object = try braced(&i)
                } else if i < tokens.count, tokens[i] != ")", !"({}".contains(tokens[i].first!) {
                    object = tokens[i] == "^" ? nil : try noun(tokens[i])
                    i += 1
                }
                guard i < tokens.count, tokens[i] == ")" else {
                    throw fail("a prepositional phrase holds a preposition and at most one noun or {noun phrase}")
                }
                i += 1
                let phrase = Preposition(preposition, object: object)
                if sawVerb { prepositions.append(phrase) } else { subjectPrepositions.append(phrase) }
            } else if token == "{" {
                let phrase = try braced(&i)
                if sawVerb { objects.append(phrase) } else { subject.append(phrase) }
            } else if token == ")" || token == "}" {
                throw fail("'\(token)' without its opening bracket")
            } else {
                guard !token.contains("*") else { throw fail("'*' joined to a word ('\(token)')") }
                let phrase = try noun(token)
                if sawVerb { objects.append(phrase) } else { subject.append(phrase) }
                i += 1
            }
        }
        guard sawVerb else { throw fail("no '*' for the verb") }
    }

    /// The pattern in the data files' form: nouns before prepositional phrases on each side.
    public var description: String {
        let before = subject.map(\.description) + subjectPrepositions.map(\.description)
        let after = objects.map(\.description) + prepositions.map(\.description)
        return (before + ["*"] + after).joined(separator: " ")
    }

    /// Every synset label the pattern names.
    var synsets: [String] {
        let nouns = subject + objects + (subjectPrepositions + prepositions).compactMap(\.object)
        return nouns.flatMap { [$0.head] + $0.modifiers }.compactMap {
            if case .synset(let label) = $0 { label } else { nil }
        }
    }
}
