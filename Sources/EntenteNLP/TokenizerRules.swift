import Foundation

/// The data that defines spaCy's tokenizer for one model: the four regular expressions (Python `re`
/// syntax) and the exceptions ("special cases") that say how a whole string splits.
struct TokenizerRules: Sendable {
    /// One token an exception produces.
    struct ExceptionToken: Sendable, Equatable {
        var text: String
        var norm: String?
    }

    /// Finds a prefix to split off; every alternative is anchored with `^`.
    var prefixSearch: String
    /// Finds a suffix to split off; every alternative is anchored with `$`.
    var suffixSearch: String
    /// Finds the separators inside a word (hyphens between letters, `...`).
    var infixFinditer: String
    /// Keeps a string whole when it looks like a URL.
    var urlMatch: String
    /// Keyed by exact code points: Swift's `String` equality would merge canonically equivalent
    /// keys, which Python keeps apart.
    var exceptions: [CodePointKey: [ExceptionToken]]

    /// Reads the value of the model header's `"tokenizer"` key, as decoded by `JSONSerialization`:
    /// `{"prefix_search": …, "suffix_search": …, "infix_finditer": …, "url_match": …,
    /// "exceptions": {string: [[orth, norm or null], …]}}`.
    init(json: Any) throws {
        guard let table = json as? [String: Any] else {
            throw NLPModelError("tokenizer: the table is not a JSON object")
        }
        func pattern(_ key: String) throws -> String {
            guard let value = table[key] as? String else {
                throw NLPModelError("tokenizer: '\(key)' is missing or not a string")
            }
            return value
        }
        prefixSearch = try pattern("prefix_search")
        suffixSearch = try pattern("suffix_search")
        infixFinditer = try pattern("infix_finditer")
        urlMatch = try pattern("url_match")
        guard let rawExceptions = table["exceptions"] as? [String: Any] else {
            throw NLPModelError("tokenizer: 'exceptions' is missing or not an object")
        }
        var exceptions: [CodePointKey: [ExceptionToken]] = [:]
        exceptions.reserveCapacity(rawExceptions.count)
        for (key, rawTokens) in rawExceptions {
            guard let tokenList = rawTokens as? [Any], !tokenList.isEmpty else {
                throw NLPModelError("tokenizer: the exception '\(key)' is not a non-empty list of tokens")
            }
            var tokens: [ExceptionToken] = []
            for rawToken in tokenList {
                guard let pair = rawToken as? [Any], pair.count == 2, let text = pair[0] as? String, !text.isEmpty else {
                    throw NLPModelError("tokenizer: a token of the exception '\(key)' is not [text, norm or null]")
                }
                let norm: String?
                if let value = pair[1] as? String {
                    norm = value
                } else if pair[1] is NSNull {
                    norm = nil
                } else {
                    throw NLPModelError("tokenizer: a norm of the exception '\(key)' is neither a string nor null")
                }
                tokens.append(ExceptionToken(text: text, norm: norm))
            }
            // spaCy refuses such a rule too: the tokens must spell the key exactly.
            guard tokens.map(\.text).joined().hasSameCodePoints(as: key) else {
                throw NLPModelError("tokenizer: the tokens of the exception '\(key)' do not spell it")
            }
            exceptions[CodePointKey(key)] = tokens
        }
        self.exceptions = exceptions
    }
}
