import EntenteModel

/// Finds gazetteer names in a run of tokens, longest match first.
///
/// Capital letters in an alias must be capital in the text, and an alias
/// written in capitals (`US`, `PKK`) must match exactly, so "us" and "who"
/// are not the United States or the World Health Organization.
struct GazetteerMatcher: Sendable {
    struct Alias: Sendable {
        enum Case: Sendable {
            /// Written in capitals ("US", "PKK"): the text must match exactly.
            case exact
            /// Capitalised: the text must be capitalised too.
            case capitalised
            case any
        }

        var entry: Int
        var tokens: [String]
        var lowerTokens: [String]
        var cases: [Case]
        var role: String?

        init(entry: Int, tokens: [String], role: String?) {
            self.entry = entry
            self.tokens = tokens
            self.role = role
            lowerTokens = tokens.map { GazetteerMatcher.apostrophesFolded($0.lowercased()) }
            cases = tokens.map { word in
                let isAcronym = word.count >= 2 && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
                    && word.unicodeScalars.contains { $0.properties.isUppercase }
                if isAcronym { return .exact }
                return word.unicodeScalars.first?.properties.isUppercase == true ? .capitalised : .any
            }
        }
    }

    /// A gazetteer name found at `tokens[range]`.
    struct Match: Sendable {
        var entry: Int
        var range: Range<Int>
        var role: String?
    }

    private var aliasesByFirstToken: [String: [Alias]] = [:]

    init(_ gazetteer: Gazetteer) {
        for (index, entry) in gazetteer.entries.enumerated() {
            var names = [entry.entity.name] + entry.entity.aliases
            if let capital = entry.capital { names.append(capital) }
            for name in names {
                var role = entry.roleAliases[name]
                if name == entry.capital { role = "government" }
                let scalars = Array(name.unicodeScalars)
                let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count).map(\.text)
                guard let first = tokens.first else { continue }
                aliasesByFirstToken[Self.apostrophesFolded(first.lowercased()), default: []].append(Alias(entry: index, tokens: tokens, role: role))
            }
        }
        for key in aliasesByFirstToken.keys {
            aliasesByFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count }
        }
    }

    func matches(in tokens: [Token]) -> [Match] {
        // Each token's lower case with its apostrophes straightened, once, not per alias tried.
        let lowers = tokens.map { Self.apostrophesFolded($0.lower) }
        var found: [Match] = []
        var i = 0
        while i < tokens.count {
            if let candidates = aliasesByFirstToken[lowers[i]],
                let alias = candidates.first(where: { matches($0, tokens, lowers, at: i) })
            {
                found.append(Match(entry: alias.entry, range: i..<(i + alias.tokens.count), role: alias.role))
                i += alias.tokens.count
            } else {
                i += 1
            }
        }
        return found
    }

    private func matches(_ alias: Alias, _ tokens: [Token], _ lowers: [String], at start: Int) -> Bool {
        let count = alias.tokens.count
        guard start + count <= tokens.count else { return false }
        for offset in 0..<count {
            let token = tokens[start + offset]
            // (A name may hold a possessive: "People's Republic of China".)
            if offset > 0, !token.followsSpace, tokens[start + offset - 1].kind != .punctuation, token.kind != .punctuation,
               lowers[start + offset] != "'s"
            {
                return false
            }
            if lowers[start + offset] != alias.lowerTokens[offset] { return false }
            switch alias.cases[offset] {
            case .exact: if Self.apostrophesFolded(token.text) != Self.apostrophesFolded(alias.tokens[offset]) { return false }
            case .capitalised: if !token.isCapitalised { return false }
            case .any: break
            }
        }
        // "Turkish" must not match the first half of "Turkish-made".
        if start + count < tokens.count {
            let next = tokens[start + count]
            if !next.followsSpace && next.kind == .word && next.lower != "'s" { return false }
        }
        return true
    }

    /// "Sana’a" as "Sana'a": news copy curls the apostrophes the gazetteer writes straight.
    static func apostrophesFolded(_ word: String) -> String {
        word.utf8.contains(0xE2) ? String(word.map { $0 == "\u{2019}" ? "'" : $0 }) : word
    }
}
