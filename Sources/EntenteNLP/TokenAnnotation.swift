/// The annotations of one token that the rule-based stages read and write after the parser:
/// the attribute ruler (tag, dependency, lower-case text → part of speech, morphology, some lemmas)
/// and the lemmatizer (part of speech, morphology → lemma).
struct TokenAnnotation: Sendable, Equatable {
    /// The token's text exactly as in the document.
    var text: String
    /// Whether the text is all whitespace (Python's `str.isspace`).
    var isSpace: Bool
    /// Fine-grained tag (Penn Treebank style, `NNP`, `VBD`, `_SP`).
    var tag: String
    /// Dependency label (`nsubj`, `ROOT`, `dep` for whitespace).
    var dep: String
    /// Universal part of speech in upper case (`PROPN`, `VERB`), empty until the attribute ruler sets it.
    var pos: String = ""
    /// Morphological features in Universal Dependencies order (`Number=Sing|Tense=Past`), empty if none.
    var morph: String = ""
    /// The lemma, nil until the attribute ruler or the lemmatizer sets it.
    var lemma: String? = nil
}
