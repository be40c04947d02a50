import Entente

/// A deterministic synthetic event graph: about 250 states plus other actors whose
/// activity follows a power law, 20 predicates, dates from 2015 to 2024.
struct SyntheticGraph {
    /// SplitMix64: small, fast and the same on every machine.
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static let predicates = [
        "supports", "arms", "aids", "meets_with", "consults", "negotiates_with", "cooperates_with", "praises",
        "criticises", "accuses", "threatens", "demands", "rejects", "sanctions", "protests_against", "attacks",
        "clashes_with", "kills", "mediates", "signs_agreement_with",
    ]

    let facts: Int
    let states = 250
    let others: Int

    init(facts: Int) {
        self.facts = facts
        others = max(1_000, facts / 20)
    }

    var actorCount: Int { states + others }

    /// Actor `i`: states are `S0…S249`, the rest `A0…`.
    func name(_ index: Int) -> String { index < states ? "S\(index)" : "A\(index - states)" }

    func entity(_ index: Int) -> Entity {
        index < states
            ? Entity(name: name(index), kind: .actor, type: "state")
            : Entity(name: name(index), kind: index % 3 == 0 ? .organisation : .actor, type: index % 3 == 0 ? "armed-group" : "person")
    }

    /// A power-law pick: low indices (within each group) are chosen far more often.
    func pick(_ random: inout Random) -> Int {
        let skew = pow(random.unit(), 3)
        if random.unit() < 0.55 { return Int(skew * Double(states)) }
        return states + Int(skew * Double(others))
    }

    /// Every fact, in batches, by calling `body` once per fact.
    func generate(_ body: (Fact) throws -> Void) rethrows {
        var random = Random(state: 42)
        var entities: [Entity?] = Array(repeating: nil, count: actorCount)
        func entity(_ index: Int) -> Entity {
            if let cached = entities[index] { return cached }
            let made = self.entity(index)
            entities[index] = made
            return made
        }
        let firstDay = CalendarDay(year: 2015, month: 1, day: 1)!.dayNumber
        let lastDay = CalendarDay(year: 2024, month: 12, day: 31)!.dayNumber
        for _ in 0..<facts {
            let subject = pick(&random)
            var object = pick(&random)
            if object == subject { object = (object + 1) % actorCount }
            let day = CalendarDay(dayNumber: firstDay + random.below(lastDay - firstDay + 1))!
            let precisionRoll = random.unit()
            let date: FactDate =
                precisionRoll < 0.9 ? FactDate(day: day)
                : precisionRoll < 0.98 ? FactDate(year: day.year, month: day.month)! : FactDate(year: day.year)!
            try body(
                Fact(
                    subject: entity(subject), predicate: Self.predicates[random.below(Self.predicates.count)],
                    object: entity(object), date: date, dateReason: "synthetic", negated: random.unit() < 0.05,
                    confidence: 0.5 + random.unit() / 2))
        }
    }
}

import Foundation
