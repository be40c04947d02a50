public import EntenteModel

/// The CAMEO code of a statement about an event, as CAMEO's codebook codes it: a threat to act is a
/// threat (13), a refusal to cooperate a rejection (12), a promise or a stated intent to cooperate an
/// expression of intent (03); an event that happened keeps its own code.
/// How a clause commits its source to the event it names: `threatened to strike`, `refused to
/// meet`, `agreed to withdraw`.
public enum Commitment: Sendable, Hashable {
    case threat, refusal, intent
}

public enum StatementCode {
    /// The expression-of-intent code for each cooperative root: meet (036), policy support (032),
    /// material cooperation (031), aid (033), yield (034).
    static let intentByRoot = ["03": "030", "04": "036", "05": "032", "06": "031", "07": "033", "08": "034"]
    /// The rejection code for each cooperative root: reject a meeting (125), material cooperation
    /// (121), aid (122), refuse to yield (124).
    static let rejectionByRoot = ["03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"]
    static let forceRoots: Set<String> = ["15", "17", "18", "19", "20"]

    public static func code(
        of event: String, negated: Bool, modality: Modality, commitment: Commitment?
    ) -> String {
        let root = String(event.prefix(2))
        let cooperative = intentByRoot[root] != nil
        switch commitment {
        case .threat?:
            return event
        case .refusal? where cooperative:
            return rejectionByRoot[root] ?? "120"
        case .intent? where !negated && cooperative:
            return intentByRoot[root] ?? "030"
        default:
            break
        }
        guard modality == .future else { return event }
        if !negated, let threat = threatCode(of: event), commitment == nil { return threat }
        if negated { return rejectionByRoot[root] ?? event }
        if cooperative { return intentByRoot[root] ?? event }
        return event
    }

    /// The threat to carry out an event: force (138) for violence, coercion and mobilisation,
    /// sanctions (132), protest (133), else a threat without force (130).
    public static func threatCode(of event: String) -> String? {
        let root = String(event.prefix(2))
        if forceRoots.contains(root) { return "138" }
        if root == "16" { return "132" }
        if root == "14" { return "133" }
        return nil
    }
}
