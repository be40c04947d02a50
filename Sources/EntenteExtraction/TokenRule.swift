/// A family of the token-window relation rules that run beside the parse-based coder.
public enum TokenRule: String, Sendable, Hashable, CaseIterable {
    /// Lexicon phrases with the parties in a window around them ("Russia –mediates– Turkey"), in
    /// the sentences where the parse found no fact.
    case phrases
    /// Appositions: "Oleg Glazunov, an expert from the X Association", "the chief of X, Y".
    case memberships
    /// Titles before names: "Russian Defence Minister Sergei Shoigu" → leader_of, member_of.
    case titles
    /// "a Russian-brokered agreement": the broker mediates between the parties.
    case brokers
    /// "X said that Y must …": the speaker demands of the party that must act.
    case obligations
}
