import EntenteModel

/// A fact before dates and evidence are attached, as the token-window rules or the tree coder
/// found it.
struct RelationCandidate {
    var subject: Mention
    var predicate: String
    var object: Mention
    var negated: Bool
    var modality: Modality
    var confidence: Double
    /// The rule tokens that state the relation; empty when the parse found it (`reason` says how).
    var trigger: Range<Int> = 0..<0
    /// The event code a dictionary gave, when more specific than the predicate's.
    var eventCode: String? = nil
    /// Who reports it, where the parse shows a speech verb governing it.
    var speaker: Entity? = nil
    /// True when the parse read the clause, so `speaker` is its verdict even when nil; the
    /// token-window rules leave the sentence's speaker to the extractor.
    var speakerFromParse = false
    /// True when the parse read a construction the token-window rules cannot see — a claim made,
    /// denied or unsupported ("dismissed claims that"), an act not done so far ("has yet to") —
    /// so that its modality stands over theirs even where it is a report. (The parse's negation
    /// always does.)
    var overridesRules = false
    /// True for the lexicon-phrase rules, which read only the sentences the parse found nothing in.
    var fromPhrase = false
    /// Why the fact was coded, for `--explain`; nil for the token-window rules.
    var reason: String? = nil
}
