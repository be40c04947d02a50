/// Morphological feature strings in spaCy's form (`Field=Value|Field=Value`).
///
/// spaCy stores a token's features under a normalised string and prints that string (empty for no
/// features), so `Number=Sing|PronType=Prs` and `PronType=Prs|Number=Sing` are the same analysis.
enum MorphFeatures {
    /// The string spaCy prints for `token.morph` after the features `features` were assigned:
    /// a field given twice keeps its last values, comma-separated values are sorted, the
    /// `Field=Values` parts are sorted by code point, and `_` or nothing prints as the empty string.
    static func normalized(_ features: String) throws -> String {
        guard !features.isEmpty, features != "_" else { return "" }
        var fields: [(field: String, values: String)] = []
        for part in pieces(of: features[...], by: "|") {
            let fieldAndValues = pieces(of: part, by: "=")
            guard fieldAndValues.count == 2 else {
                throw NLPModelError("morphological features '\(features)' are not of the form Field=Value|…")
            }
            let field = String(fieldAndValues[0])
            let values = pieces(of: fieldAndValues[1], by: ",")
                .map(String.init)
                .sorted(by: codePointOrder)
                .joined(separator: ",")
            if let existing = fields.firstIndex(where: { $0.field.hasSameCodePoints(as: field) }) {
                fields[existing].values = values
            } else {
                fields.append((field, values))
            }
        }
        return fields.map { "\($0.field)=\($0.values)" }
            .sorted(by: codePointOrder)
            .joined(separator: "|")
    }

    /// Calls `body` with each `Field` and `Values` of a feature string in order, as
    /// `token.morph.to_dict()` reads them (a later repeat of a field overrides an earlier one).
    /// Parts that are not `Field=Values` are skipped. Allocates nothing: the lemmatizer reads every
    /// token's features.
    static func forEachFeature(in features: String, _ body: (Substring, Substring) -> Void) {
        let bytes = features.utf8
        let bar = UInt8(ascii: "|"), equals = UInt8(ascii: "=")
        var partStart = bytes.startIndex
        var sign: String.Index? = nil
        var signs = 0
        var index = bytes.startIndex
        // One pass over the bytes: '|' and '=' are ASCII, so every cut falls on a code point.
        while true {
            let atEnd = index == bytes.endIndex
            let byte = atEnd ? bar : bytes[index]
            if byte == bar {
                if signs == 1, let sign {
                    body(features[partStart..<sign], features[bytes.index(after: sign)..<index])
                }
                if atEnd { return }
                partStart = bytes.index(after: index)
                sign = nil
                signs = 0
            } else if byte == equals {
                if sign == nil { sign = index }
                signs += 1
            }
            index = bytes.index(after: index)
        }
    }

    /// Python's `str.split(separator)` for an ASCII separator: cut at code points, never at
    /// grapheme clusters as `Character` splitting would (`=` followed by a combining mark).
    private static func pieces(of text: Substring, by separator: Unicode.Scalar) -> [Substring] {
        text.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false)
            .map { text[$0.startIndex..<$0.endIndex] }
    }

    /// Python's `<` on `str`: by code point, which is the order of the UTF-8 bytes.
    private static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
