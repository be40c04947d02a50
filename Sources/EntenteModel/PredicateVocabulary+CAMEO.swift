extension PredicateVocabulary {
    /// Where several predicates share an event code, the one a coded event of that code means.
    static let preferredForCode = [
        "030": "offers_cooperation_to", "040": "consults", "060": "cooperates_with", "100": "demands", "112": "accuses",
        "190": "attacks", "044": "meets_with",
    ]

    /// Predicates by their CAMEO event code.
    public var predicatesByCode: [String: String] {
        var byCode: [String: String] = [:]
        for definition in sorted {
            guard let code = definition.cameo, byCode[code] == nil else { continue }
            byCode[code] = definition.name
        }
        byCode.merge(Self.preferredForCode.filter { definitions[$0.value] != nil }) { _, preferred in preferred }
        return byCode
    }

    /// The predicate for an event code in a table from ``predicatesByCode``: the code's own, else its
    /// parent's (`1823` → `182` → `180`), else its root's.
    public static func predicate(forCode code: String, in byCode: [String: String]) -> String? {
        var candidate = code
        while !candidate.isEmpty {
            if let predicate = byCode[candidate] { return predicate }
            if candidate.count == 2, let predicate = byCode[candidate + "0"] { return predicate }
            candidate.removeLast()
        }
        return nil
    }
}

extension PredicateVocabulary {
    /// PLOVER's event type for each CAMEO root (`02` appeals and `10` demands are both DEMAND;
    /// `20` mass violence is ASSAULT; `01` statements have no PLOVER type).
    static let ploverByRoot = [
        "02": "DEMAND", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
        "08": "CONCEDE", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
        "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "FIGHT",
        "20": "ASSAULT",
    ]

    /// The PLOVER event type of a CAMEO event code: the type of the predicate that has the code
    /// (or its parent's), else the type of the code's root.
    public func plover(forCode code: String) -> String? {
        var candidate = code
        while candidate.count >= 3 {
            // Predicates sharing a code share its type, so any of them answers.
            if let plover = definitions.values.first(where: { $0.cameo == candidate && $0.plover?.isEmpty == false })?.plover {
                return plover
            }
            candidate.removeLast()
        }
        return Self.ploverByRoot[String(code.prefix(2))]
    }

    /// The PLOVER type a fact is coded as: its event code's, else its predicate's.
    public func plover(of fact: Fact) -> String? {
        if let code = fact.eventCode, let plover = plover(forCode: code) { return plover }
        return definitions[fact.predicate]?.plover.flatMap { $0.isEmpty ? nil : $0 }
    }
}
