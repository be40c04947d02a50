/// The CAMEO event codes a verb or verb pattern gives: `[042:043]` in PETRARCH2's dictionaries.
///
/// The active code is the event from the clause's subject to its object; the passive code is the
/// event the other way round (VISIT `042:043`: the visitor makes a visit, the host hosts one). A
/// pattern with only a passive code (`:1952`, "died in a drone strike") makes the subject the
/// target. `---` gives no event.
public struct VerbCode: Sendable, Hashable, CustomStringConvertible {
    public var active: String?
    public var passive: String?

    public init(active: String?, passive: String? = nil) {
        self.active = active
        self.passive = passive
    }

    /// No event.
    public static let none = VerbCode(active: nil, passive: nil)

    /// Reads `042`, `042:043`, `:1952` or `---`, with or without the brackets; codes are 2 to 4
    /// digits. Whether a code is in CAMEO's table is for the caller to check.
    public init?(parsing text: some StringProtocol) {
        var text = Substring(text)
        if text.hasPrefix("["), text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        if text == "---" {
            self = .none
            return
        }
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        func code(_ part: Substring) -> String?? {
            if part.isEmpty { return .some(nil) }
            guard (2...4).contains(part.count), part.allSatisfy({ ("0"..."9").contains($0) }) else { return .none }
            return .some(String(part))
        }
        guard let active = code(parts[0]) else { return nil }
        let passive: String?
        if parts.count == 2 {
            guard let code = code(parts[1]) else { return nil }
            passive = code
        } else {
            passive = nil
        }
        guard active != nil || passive != nil else { return nil }
        self.init(active: active, passive: passive)
    }

    public var isNone: Bool { active == nil && passive == nil }

    /// `042:043`, `:1952`, `---`: the data files' notation.
    public var description: String {
        switch (active, passive) {
        case (nil, nil): "---"
        case (let active?, nil): active
        case (let active, let passive?): (active ?? "") + ":" + passive
        }
    }
}
