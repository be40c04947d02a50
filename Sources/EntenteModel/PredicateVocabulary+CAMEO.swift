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
