/// spaCy's `attribute_ruler`: token patterns over the tagger's and parser's output that set the
/// part of speech, morphology, some lemmas, and the tag and label of whitespace tokens.
///
/// spaCy finds every match of every rule first, on the annotations as they were before the ruler,
/// then applies the rules in list order (sorted by rule, then position), so for each attribute of a
/// token the last matching rule that sets it wins. This type computes that winner directly instead
/// of sorting matches. Patterns are compiled to integer tests and filed under the tag, lower-case
/// text or label their first token requires, so a token is tried against a handful of patterns
/// instead of all of them.
struct AttributeRuler: Sendable {
    /// The attributes a rule can set, in the order of `Rule.values`.
    enum Attribute: Int, CaseIterable, Sendable {
        case pos, morph, lemma, dep, tag
    }

    struct Rule: Sendable {
        /// Indexed by `Attribute.rawValue`; nil where the rule leaves the attribute alone. MORPH is
        /// stored normalised, as spaCy prints it.
        let values: [String?]
        /// Bit `Attribute.rawValue` is set for each attribute the rule sets.
        let setMask: UInt8
    }

    let rules: [Rule]
    private let patterns: [CompiledPattern]
    /// The tests of all patterns' tokens, each pattern's consecutive.
    private let tokenTests: [CompiledTokenTest]
    /// The bit sets of `oneOf`/`noneOf` tests, each as many words as its attribute has numbers.
    private let setWords: [UInt64]
    private let regexes: [RegexTest]
    /// Indexed by `TestedAttribute.rawValue`.
    private let interners: [Interner]
    /// Patterns filed under the number of a tag, lower-case text or label their first token must
    /// have.
    private let tagBuckets: Buckets
    private let lowerBuckets: Buckets
    private let depBuckets: Buckets
    /// Patterns whose first token must be whitespace, and those that can match anywhere.
    private let spacePatterns: [Int32]
    private let unindexedPatterns: [Int32]

    /// Reads the model header's `attribute_ruler` list: `{"patterns", "attrs", "index"}` per rule,
    /// exactly as `nlp.get_pipe("attribute_ruler").patterns` gives them.
    init(json: Any) throws {
        guard let entries = json as? [Any] else {
            throw NLPModelError("attribute ruler: the table is not a list of rules")
        }
        var rules: [Rule] = []
        var written: [(rule: Int, tokens: [TokenSpec], target: Int)] = []
        for (ruleIndex, entry) in entries.enumerated() {
            guard let entry = entry as? [String: Any],
                  let tokenLists = entry["patterns"] as? [Any],
                  let attributes = entry["attrs"] as? [String: Any]
            else { throw NLPModelError("attribute ruler: rule \(ruleIndex) lacks patterns or attrs") }
            guard let index = entry["index"] == nil ? 0 : entry["index"] as? Int else {
                throw NLPModelError("attribute ruler: rule \(ruleIndex) has an index that is not an integer")
            }
            rules.append(try Self.rule(setting: attributes, number: ruleIndex))
            for tokenList in tokenLists {
                guard let tokenList = tokenList as? [Any], !tokenList.isEmpty else {
                    throw NLPModelError("attribute ruler: rule \(ruleIndex) has an empty pattern")
                }
                // spaCy indexes the match like a Python list: negative counts from the end. An index
                // outside the match is an error in spaCy when the rule fires; here it stops loading.
                let target = index >= 0 ? index : tokenList.count + index
                guard target >= 0, target < tokenList.count else {
                    throw NLPModelError("attribute ruler: rule \(ruleIndex) sets token \(index) of a \(tokenList.count)-token match")
                }
                written.append((ruleIndex, try tokenList.map(TokenSpec.init(json:)), target))
            }
        }

        var interners = [Interner](repeating: Interner(), count: TestedAttribute.allCases.count)
        for pattern in written {
            for token in pattern.tokens {
                for (attribute, test) in token.tests {
                    for string in test.strings { interners[attribute.rawValue].add(string) }
                }
            }
        }

        var patterns: [CompiledPattern] = []
        var tokenTests: [CompiledTokenTest] = []
        var setWords: [UInt64] = []
        var regexes: [RegexTest] = []
        var bucketLists = TestedAttribute.allCases.map { [[Int32]](repeating: [], count: interners[$0.rawValue].count) }
        var spacePatterns: [Int32] = []
        var unindexedPatterns: [Int32] = []
        for pattern in written {
            let number = Int32(patterns.count)
            patterns.append(CompiledPattern(
                rule: Int32(pattern.rule), firstTest: Int32(tokenTests.count),
                length: Int32(pattern.tokens.count), target: Int32(pattern.target)))
            for token in pattern.tokens {
                var compiled = CompiledTokenTest()
                if let isSpace = token.isSpace { compiled.isSpace = isSpace ? 1 : 0 }
                for (attribute, test) in token.tests {
                    let interner = interners[attribute.rawValue]
                    switch test {
                    case .equals(let value):
                        compiled[attribute] = IDTest(kind: .equals, argument: interner.id(of: value))
                    case .oneOf(let values), .noneOf(let values):
                        let start = setWords.count
                        setWords += [UInt64](repeating: 0, count: (interner.count + 63) / 64)
                        for value in values {
                            let id = Int(interner.id(of: value))
                            setWords[start + id / 64] |= 1 << UInt64(id % 64)
                        }
                        let kind: IDTest.Kind = if case .oneOf = test { .oneOf } else { .noneOf }
                        compiled[attribute] = IDTest(kind: kind, argument: Int32(start))
                    case .regex(let regex):
                        compiled[attribute] = IDTest(kind: .regex, argument: Int32(regexes.count))
                        regexes.append(regex)
                    }
                }
                tokenTests.append(compiled)
            }
            // File the pattern under the values its first token must have, most selective first.
            let first = pattern.tokens[0]
            if let attribute = [TestedAttribute.tag, .lower, .dep].first(where: { first.tests[$0]?.isPositive == true }) {
                let interner = interners[attribute.rawValue]
                for value in first.tests[attribute]!.strings {
                    bucketLists[attribute.rawValue][Int(interner.id(of: value))].append(number)
                }
            } else if first.isSpace == true {
                spacePatterns.append(number)
            } else {
                unindexedPatterns.append(number)
            }
        }
        self.rules = rules
        self.patterns = patterns
        self.tokenTests = tokenTests
        self.setWords = setWords
        self.regexes = regexes
        self.interners = interners
        tagBuckets = Buckets(lists: bucketLists[TestedAttribute.tag.rawValue])
        lowerBuckets = Buckets(lists: bucketLists[TestedAttribute.lower.rawValue])
        depBuckets = Buckets(lists: bucketLists[TestedAttribute.dep.rawValue])
        self.spacePatterns = spacePatterns
        self.unindexedPatterns = unindexedPatterns
    }

    private static func rule(setting attributes: [String: Any], number: Int) throws -> Rule {
        var values = [String?](repeating: nil, count: Attribute.allCases.count)
        for (key, value) in attributes {
            guard let string = value as? String else {
                throw NLPModelError("attribute ruler: rule \(number) sets \(key) to something other than a string")
            }
            switch key.uppercased() {
            case "POS": values[Attribute.pos.rawValue] = string
            case "MORPH": values[Attribute.morph.rawValue] = try MorphFeatures.normalized(string)
            case "LEMMA": values[Attribute.lemma.rawValue] = string
            case "DEP": values[Attribute.dep.rawValue] = string
            case "TAG": values[Attribute.tag.rawValue] = string
            default: throw NLPModelError("attribute ruler: rule \(number) sets \(key), which is not supported")
            }
        }
        var mask: UInt8 = 0
        for (slot, value) in values.enumerated() where value != nil { mask |= 1 << UInt8(slot) }
        return Rule(values: values, setMask: mask)
    }

    /// Applies the rules to one document's tokens, in place.
    func apply(to tokens: inout [TokenAnnotation]) {
        guard !tokens.isEmpty else { return }
        let usesText = interners[TestedAttribute.text.rawValue].count > 0
        var ids: [TokenIDs] = []
        ids.reserveCapacity(tokens.count)
        // Lower-case texts are kept for regular expressions, which need the string itself.
        var lowers: [String] = []
        lowers.reserveCapacity(tokens.count)
        for token in tokens {
            let lower = PythonString.lower(token.text)
            lowers.append(lower)
            ids.append(TokenIDs(
                text: usesText ? interners[TestedAttribute.text.rawValue].id(of: token.text) : -1,
                lower: interners[TestedAttribute.lower.rawValue].id(of: lower),
                tag: interners[TestedAttribute.tag.rawValue].id(of: token.tag),
                dep: interners[TestedAttribute.dep.rawValue].id(of: token.dep),
                isSpace: token.isSpace))
        }

        let attributeCount = Attribute.allCases.count
        // For each token and attribute, the last rule that sets it; -1 for none.
        var winners = [Int32](repeating: -1, count: tokens.count * attributeCount)
        var matchedAny = false
        var document = MatchInput(ids: ids, tokens: tokens, lowers: lowers)
        for start in tokens.indices {
            let own = ids[start]
            matchedAny = tryPatterns(tagBuckets.items, tagBuckets.range(of: own.tag),
                                     at: start, in: &document, winners: &winners) || matchedAny
            matchedAny = tryPatterns(lowerBuckets.items, lowerBuckets.range(of: own.lower),
                                     at: start, in: &document, winners: &winners) || matchedAny
            matchedAny = tryPatterns(depBuckets.items, depBuckets.range(of: own.dep),
                                     at: start, in: &document, winners: &winners) || matchedAny
            if own.isSpace {
                matchedAny = tryPatterns(spacePatterns, spacePatterns.indices,
                                         at: start, in: &document, winners: &winners) || matchedAny
            }
            matchedAny = tryPatterns(unindexedPatterns, unindexedPatterns.indices,
                                     at: start, in: &document, winners: &winners) || matchedAny
        }
        guard matchedAny else { return }

        for position in tokens.indices {
            let base = position * attributeCount
            for slot in 0..<attributeCount {
                let rule = winners[base + slot]
                guard rule >= 0, let value = rules[Int(rule)].values[slot] else { continue }
                switch Attribute(rawValue: slot)! {
                case .pos: tokens[position].pos = value
                case .morph: tokens[position].morph = value
                case .lemma: tokens[position].lemma = value
                case .dep: tokens[position].dep = value
                case .tag: tokens[position].tag = value
                }
            }
        }
    }

    /// The document as the matcher reads it (the tokens before the ruler, their numbers and their
    /// lower-case texts), and reusable memory for regular expressions.
    private struct MatchInput {
        let ids: [TokenIDs]
        let tokens: [TokenAnnotation]
        let lowers: [String]
        var codePoints: [UInt32] = []
        var scratch = RegexScratch()
    }

    /// Tries the patterns `numbers[range]` at `start` and records each match's rule as the winner of
    /// the attributes it sets, unless a later rule already is. Returns whether any matched.
    private func tryPatterns(_ numbers: [Int32], _ range: Range<Int>, at start: Int, in document: inout MatchInput,
                             winners: inout [Int32]) -> Bool {
        let attributeCount = Attribute.allCases.count
        var matchedAny = false
        for index in range {
            let pattern = patterns[Int(numbers[index])]
            guard matches(pattern, at: start, in: &document) else { continue }
            let base = (start + Int(pattern.target)) * attributeCount
            let mask = rules[Int(pattern.rule)].setMask
            for slot in 0..<attributeCount where mask & (1 << UInt8(slot)) != 0 {
                winners[base + slot] = max(winners[base + slot], pattern.rule)
            }
            matchedAny = true
        }
        return matchedAny
    }

    private func matches(_ pattern: CompiledPattern, at start: Int, in document: inout MatchInput) -> Bool {
        let length = Int(pattern.length)
        guard start + length <= document.ids.count else { return false }
        for offset in 0..<length {
            let test = tokenTests[Int(pattern.firstTest) + offset]
            let position = start + offset
            let own = document.ids[position]
            if test.isSpace >= 0, own.isSpace != (test.isSpace == 1) { return false }
            if !passes(test.text, own.text, .text, at: position, in: &document)
                || !passes(test.lower, own.lower, .lower, at: position, in: &document)
                || !passes(test.tag, own.tag, .tag, at: position, in: &document)
                || !passes(test.dep, own.dep, .dep, at: position, in: &document) {
                return false
            }
        }
        return true
    }

    /// Whether a token whose `attribute` has number `id` passes `test`.
    @inline(__always)
    private func passes(_ test: IDTest, _ id: Int32, _ attribute: TestedAttribute, at position: Int,
                        in document: inout MatchInput) -> Bool {
        switch test.kind {
        case .any:
            return true
        case .equals:
            return id == test.argument
        case .oneOf, .noneOf:
            let member = id >= 0 && setWords[Int(test.argument) + Int(id) / 64] & (1 << UInt64(id % 64)) != 0
            return member == (test.kind == .oneOf)
        case .regex:
            let value = switch attribute {
            case .text: document.tokens[position].text
            case .lower: document.lowers[position]
            case .tag: document.tokens[position].tag
            case .dep: document.tokens[position].dep
            }
            return regexes[Int(test.argument)].search(
                in: value, codePoints: &document.codePoints, scratch: &document.scratch)
        }
    }
}
