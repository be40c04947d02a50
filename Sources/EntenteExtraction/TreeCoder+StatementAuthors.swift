import EntenteModel
import EntenteNLP

/// "statements made by the United Kingdom and Canada condemning the decision", "a declaration by
/// the AU calling for": what a statement says, its authors say.
extension TreeCoder {
    static let statementNouns: Set<String> = ["statement", "declaration", "communiqué", "communique", "letter", "remark"]
    static let issuingVerbs: Set<String> = ["make", "issue", "release", "publish", "deliver", "adopt"]

    /// The parties a statement noun is by: its own "by" phrase, or that of the participle that
    /// says it was made.
    func authors(ofStatement noun: Int, in sentence: ParsedSentence) -> [Mention] {
        guard Self.statementNouns.contains(sentence.lemma(noun)) else { return [] }
        let issued = sentence.children(of: noun, ["acl"]).filter {
            sentence[$0].tag == "VBN" && Self.issuingVerbs.contains(sentence.lemma($0))
        }
        return ([noun] + issued).flatMap { holder in
            sentence.children(of: holder, ["prep", "agent"]).filter { sentence.lower($0) == "by" }
                .flatMap { phraseParties($0, in: sentence) }
        }.filter { $0.entity.kind != .place }
    }
}
