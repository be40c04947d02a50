import Entente
import Foundation

/// A deterministic synthetic event graph written as a GDELT 2.0 export, so the benchmark loads it
/// through the real import path: about 250 states (the gazetteer's, by their CAMEO codes) plus
/// other actors whose activity follows a power law, 20 CAMEO event codes, days from 2015 to 2024.
/// Beside it, `facts-N.tsv` lists the triples Entente should end up with (subject, predicate,
/// object, day), which the peer systems load.
struct SyntheticGraph {
    /// CAMEO codes whose predicates are all different; 050 is `supports`.
    static let eventCodes = [
        "040", "042", "043", "045", "046", "050", "057", "061", "070", "072", "111", "112", "130", "140", "163", "173",
        "183", "190", "194", "195",
    ]

    let facts: Int
    let states: [Entity]
    let others: Int

    init(facts: Int) {
        self.facts = facts
        states = Array(
            Gazetteer.standard.entries.map(\.entity).filter { $0.type == "state" && $0.cameo != nil }.sorted { $0.cameo! < $1.cameo! }.prefix(250))
        others = max(1_000, facts / 20)
    }

    var actorCount: Int { states.count + others }

    /// A power-law pick: low indices (within each group) are chosen far more often.
    func pick(_ random: inout SplitMix64) -> Int {
        let skew = pow(random.unit(), 3)
        if random.unit() < 0.55 { return Int(skew * Double(states.count)) }
        return states.count + Int(skew * Double(others))
    }

    /// Actor columns (code, name, country) and the name Entente will give the actor.
    func actor(_ index: Int) -> (columns: String, name: String) {
        if index < states.count {
            let state = states[index]
            return ("\(state.cameo!)\t\(state.name.uppercased())\t\(state.cameo!)", state.name)
        }
        let number = index - states.count
        return ("\tGROUP \(number)\t", "Group \(number)")
    }

    /// Writes the GDELT file and the triples file, unless both exist.
    func write(events: String, triples: String) throws {
        if FileManager.default.fileExists(atPath: events), FileManager.default.fileExists(atPath: triples) { return }
        let codebook = CAMEOCodebook.standard
        var random = SplitMix64(seed: 42)
        let firstDay = CalendarDay(year: 2015, month: 1, day: 1)!.dayNumber
        let lastDay = CalendarDay(year: 2024, month: 12, day: 31)!.dayNumber
        _ = FileManager.default.createFile(atPath: events, contents: nil)
        _ = FileManager.default.createFile(atPath: triples, contents: nil)
        let eventFile = FileHandle(forWritingAtPath: events)!
        let tripleFile = FileHandle(forWritingAtPath: triples)!
        defer {
            try? eventFile.close()
            try? tripleFile.close()
        }
        var eventText = ""
        var tripleText = ""
        let empty18 = String(repeating: "\t", count: 17)
        for id in 0..<facts {
            let subject = pick(&random)
            var object = pick(&random)
            if object == subject { object = (object + 1) % actorCount }
            let day = CalendarDay(dayNumber: firstDay + random.below(lastDay - firstDay + 1))!
            let code = Self.eventCodes[random.below(Self.eventCodes.count)]
            let sqlDate = String(day.year * 10_000 + day.month * 100 + day.day)
            let (subjectColumns, subjectName) = actor(subject)
            let (objectColumns, objectName) = actor(object)
            let goldstein = codebook.events[code]?.goldstein ?? 0
            // GLOBALEVENTID … Actor1 (5-14) … Actor2 (15-24) … IsRootEvent, codes, quad class, Goldstein, counts, tone,
            // three empty geographies (8 columns each), DATEADDED, SOURCEURL.
            var row = "\(id + 1)\t\(sqlDate)\t\(sqlDate.prefix(6))\t\(day.year)\t\(day.year).0\t"
            row += subjectColumns + "\t\t\t\t\t\t\t\t" + objectColumns + "\t\t\t\t\t\t\t\t"
            row += "1\t\(code)\t\(code)\t\(code.prefix(2))\t1\t\(goldstein)\t1\t1\t1\t0.0\t"
            row += "0" + empty18.dropFirst(10) + "\t0" + empty18.dropFirst(10) + "\t0" + empty18.dropFirst(10) + "\t"
            row += "\(sqlDate)000000\thttps://synthetic.example/\(id / 50)\n"
            eventText += row
            tripleText += "\(subjectName)\t\(codebook.predicate(forCode: code)!)\t\(objectName)\t\(day)\n"
            if eventText.utf8.count > 1 << 22 {
                eventFile.write(Data(eventText.utf8))
                tripleFile.write(Data(tripleText.utf8))
                eventText = ""
                tripleText = ""
            }
        }
        eventFile.write(Data(eventText.utf8))
        tripleFile.write(Data(tripleText.utf8))
    }
}
