public import EntenteModel

/// The names a misspelt one most likely meant, from the folded aliases of the stored entities:
/// what every store's `suggestions(for:)` answers.
package enum NameSuggestions {
    /// Up to three canonical names whose aliases are closest to `key`, nearest first.
    package static func closest(to key: String, among aliases: [(key: String, name: String)]) -> [String] {
        let limit = max(2, key.count / 3)
        var best: [String: Int] = [:]
        for (alias, name) in aliases {
            let distance = EditDistance.between(key, alias, limit: limit)
            // Two edits turn any three-letter code into another word: short aliases must be closer.
            guard distance <= limit, distance <= max(1, min(key.count, alias.count) / 3) else { continue }
            best[name] = min(best[name] ?? .max, distance)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(3).map(\.key)
    }
}
