import EntenteModel

/// Finds gazetteer names in a run of tokens, longest match first.
///
/// Capital letters in an alias must be capital in the text, and an alias
/// written in capitals (`US`, `PKK`) must match exactly, so "us" and "who"
/// are not the United States or the World Health Organization.
struct GazetteerMatcher: Sendable {
    struct Alias: Sendable {
        var entry: Int
        var tokens: [String]
        var role: String?
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
                aliasesByFirstToken[first.lowercased(), default: []].append(Alias(entry: index, tokens: tokens, role: role))
            }
        }
        for key in aliasesByFirstToken.keys {
            aliasesByFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count }
        }
    }

    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < tokens.count {
            if let candidates = aliasesByFirstToken[tokens[i].lower],
                let alias = candidates.first(where: { matches($0.tokens, tokens, at: i) })
            {
                found.append(Match(entry: alias.entry, range: i..<(i + alias.tokens.count), role: alias.role))
                i += alias.tokens.count
            } else {
                i += 1
            }
        }
        return found
    }

    private func matches(_ alias: [String], _ tokens: [Token], at start: Int) -> Bool {
        guard start + alias.count <= tokens.count else { return false }
        for (offset, word) in alias.enumerated() {
            let token = tokens[start + offset]
            if offset > 0, !token.followsSpace, tokens[start + offset - 1].kind != .punctuation, token.kind != .punctuation {
                return false
            }
            if token.lower != word.lowercased() { return false }
            let isAcronym = word.count >= 2 && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
                && word.unicodeScalars.contains { $0.properties.isUppercase }
            if isAcronym {
                if token.text != word { return false }
            } else if word.unicodeScalars.first?.properties.isUppercase == true, !token.isCapitalised {
                return false
            }
        }
        // "Turkish" must not match the first half of "Turkish-made".
        if start + alias.count < tokens.count {
            let next = tokens[start + alias.count]
            if !next.followsSpace && next.kind == .word && next.text != "'s" { return false }
        }
        return true
    }
}
