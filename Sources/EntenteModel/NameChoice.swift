/// Which of the entities a name resolves to the name means, by the rules both the store and the
/// query planner follow: the only candidate; else the only one whose canonical name it is (over
/// aliases other entities share); else, when the name is a country both as an actor and as a place
/// (a GDELT action place of type country), the actor. Nil when the name stays ambiguous or unknown.
public enum NameChoice {
    /// The candidate the name means, or nil (see the type's rules).
    public static func chosen<Candidate>(
        from candidates: [Candidate], isCanonical: (Candidate) -> Bool, kind: (Candidate) -> EntityKind?,
        type: (Candidate) -> String
    ) -> Candidate? {
        if candidates.count == 1 { return candidates[0] }
        let exact = candidates.filter(isCanonical)
        if exact.count == 1 { return exact[0] }
        let actors = exact.filter { kind($0) == .actor }
        if actors.count == 1, exact.count == 2, exact.contains(where: { type($0) == "country" }) { return actors[0] }
        return nil
    }
}
