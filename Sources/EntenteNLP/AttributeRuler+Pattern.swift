extension AttributeRuler {
    /// The token attributes a pattern can test: those the ruler can see before it runs.
    enum TestedAttribute: Int, CaseIterable, Sendable {
        case text, lower, tag, dep
    }

    /// A test of one string attribute as written in the model, before compilation.
    enum StringTest: Sendable {
        case equals(String)
        case oneOf([String])
        case noneOf([String])
        case regex(RegexTest)

        init(json: Any, key: String) throws {
            if let value = json as? String {
                self = .equals(value)
                return
            }
            guard let operation = json as? [String: Any], operation.count == 1,
                  let (name, argument) = operation.first
            else {
                throw NLPModelError("attribute ruler: the value of \(key) is neither a string nor one operator")
            }
            switch name {
            case "IN", "NOT_IN":
                guard let values = argument as? [String] else {
                    throw NLPModelError("attribute ruler: \(key) \(name) needs a list of strings")
                }
                self = name == "IN" ? .oneOf(values) : .noneOf(values)
            case "REGEX":
                guard let pattern = argument as? String else {
                    throw NLPModelError("attribute ruler: \(key) REGEX needs a string")
                }
                self = .regex(try RegexTest(pattern: pattern, key: key))
            default:
                throw NLPModelError("attribute ruler: the operator \(name) on \(key) is not supported")
            }
        }

        /// Whether the test names the only values it accepts, so a pattern can be filed under them.
        var isPositive: Bool {
            switch self {
            case .equals, .oneOf: true
            case .noneOf, .regex: false
            }
        }

        /// The strings the test names, which the compiled form numbers.
        var strings: [String] {
            switch self {
            case .equals(let value): [value]
            case .oneOf(let values), .noneOf(let values): values
            case .regex: []
            }
        }
    }

    /// A `REGEX` test: Python's `re.search` with the tokenizer's regex engine.
    struct RegexTest: Sendable {
        let regex: PythonRegex
        /// The code point a text must start with for a pattern `^c…` (a plain letter or digit, not
        /// repeated, no alternation): one of the model's patterns is tried on every token, and this
        /// check spares the regex engine, and the conversion to code points, for nearly all of them.
        let requiredFirst: UInt32?

        init(pattern: String, key: String) throws {
            do {
                regex = try PythonRegex(pattern)
            } catch {
                throw NLPModelError("attribute ruler: the \(key) REGEX '\(pattern)' cannot be matched: \(error)")
            }
            let scalars = Array(pattern.unicodeScalars.prefix(3))
            if scalars.count >= 2, scalars[0] == "^", scalars[1].isASCII,
               scalars[1].properties.isAlphabetic || scalars[1].properties.numericType != nil,
               scalars.count == 2 || !"?*+{".unicodeScalars.contains(scalars[2]),
               !pattern.unicodeScalars.contains("|") {
                requiredFirst = scalars[1].value
            } else {
                requiredFirst = nil
            }
        }

        /// `re.search(pattern, text)`; `codePoints` and `scratch` are reused between calls.
        func search(in text: String, codePoints: inout [UInt32], scratch: inout RegexScratch) -> Bool {
            if let requiredFirst, text.unicodeScalars.first?.value != requiredFirst { return false }
            codePoints.removeAll(keepingCapacity: true)
            for scalar in text.unicodeScalars { codePoints.append(scalar.value) }
            return codePoints.withUnsafeBufferPointer { buffer in
                regex.firstMatch(in: buffer, 0..<buffer.count, scratch: &scratch) != nil
            }
        }
    }

    /// One token of a pattern as written in the model: `{"TAG": …, "LOWER": …, "DEP": …,
    /// "IS_SPACE": …}`, by attribute.
    struct TokenSpec: Sendable {
        var tests: [TestedAttribute: StringTest] = [:]
        var isSpace: Bool?

        init(json: Any) throws {
            guard let attributes = json as? [String: Any] else {
                throw NLPModelError("attribute ruler: a pattern token is not an object")
            }
            for (rawKey, value) in attributes {
                // The Matcher accepts attribute names in any case, and TEXT for ORTH.
                let key = rawKey.uppercased()
                switch key {
                case "ORTH", "TEXT": tests[.text] = try StringTest(json: value, key: key)
                case "LOWER": tests[.lower] = try StringTest(json: value, key: key)
                case "TAG": tests[.tag] = try StringTest(json: value, key: key)
                case "DEP": tests[.dep] = try StringTest(json: value, key: key)
                case "IS_SPACE":
                    guard let flag = value as? Bool else {
                        throw NLPModelError("attribute ruler: IS_SPACE needs true or false")
                    }
                    isSpace = flag
                default:
                    // Quantifiers (OP) and other attributes are not used by the model.
                    throw NLPModelError("attribute ruler: the pattern key \(rawKey) is not supported")
                }
            }
        }
    }

    /// Numbers for the strings patterns compare an attribute with, so that matching compares
    /// integers. A token value the patterns never name gets -1, which only negative tests accept.
    struct Interner: Sendable {
        private(set) var ids: [CodePointKey: Int32] = [:]

        var count: Int { ids.count }

        mutating func add(_ string: String) {
            let key = CodePointKey(string)
            if ids[key] == nil { ids[key] = Int32(ids.count) }
        }

        func id(of string: String) -> Int32 { ids[CodePointKey(string)] ?? -1 }
    }

    /// A compiled test of one attribute: a kind and an argument, no references, so that the
    /// per-token loop copies nothing that needs retaining.
    struct IDTest: Sendable {
        enum Kind: UInt8, Sendable { case any, equals, oneOf, noneOf, regex }
        var kind: Kind = .any
        /// The string's number for `equals`, the first word of the bit set in `setWords` for
        /// `oneOf`/`noneOf`, the index in `regexes` for `regex`.
        var argument: Int32 = 0
    }

    /// A compiled pattern token: one test per `TestedAttribute` plus the whitespace flag.
    struct CompiledTokenTest: Sendable {
        var text = IDTest(), lower = IDTest(), tag = IDTest(), dep = IDTest()
        /// -1: not tested; 0 or 1: the token's `isSpace` must be that.
        var isSpace: Int8 = -1

        subscript(attribute: TestedAttribute) -> IDTest {
            get {
                switch attribute {
                case .text: text
                case .lower: lower
                case .tag: tag
                case .dep: dep
                }
            }
            set {
                switch attribute {
                case .text: text = newValue
                case .lower: lower = newValue
                case .tag: tag = newValue
                case .dep: dep = newValue
                }
            }
        }
    }

    /// A pattern's place in `tokenTests` and where its rule's attributes go.
    struct CompiledPattern: Sendable {
        var rule: Int32
        var firstTest: Int32
        var length: Int32
        /// The matched token that receives the attributes, counted from the match's start.
        var target: Int32
    }

    /// One document token's numbers for the tested attributes, computed once per token.
    struct TokenIDs {
        var text: Int32, lower: Int32, tag: Int32, dep: Int32
        var isSpace: Bool
    }

    /// Pattern numbers grouped by a string's number: those of number `n` are
    /// `items[starts[n] ..< starts[n + 1]]`, flat so that looking them up retains nothing.
    struct Buckets: Sendable {
        var starts: [Int32]
        var items: [Int32]

        init(lists: [[Int32]]) {
            starts = [0]
            items = []
            for list in lists {
                items += list
                starts.append(Int32(items.count))
            }
        }

        func range(of id: Int32) -> Range<Int> {
            guard id >= 0, Int(id) + 1 < starts.count else { return 0..<0 }
            return Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
        }
    }
}
