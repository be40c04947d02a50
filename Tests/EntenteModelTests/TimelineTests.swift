import EntenteModel
import Testing

@Suite struct TimelineTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test(arguments: [
        (Timeline.Bucket.day, "2017-03-23", "2017-03-23", "2017-03-23"),
        (.week, "2017-03-23", "2017-03-20", "2017-W12"),
        (.week, "2021-01-01", "2020-12-28", "2020-W53"),
        (.month, "2017-03-23", "2017-03-01", "2017-03"),
        (.quarter, "2017-08-09", "2017-07-01", "2017-Q3"),
        (.year, "2017-08-09", "2017-01-01", "2017"),
    ])
    func periodsStartAndAreLabelled(bucket: Timeline.Bucket, day: String, start: String, label: String) {
        let first = bucket.start(of: Self.day(day))
        #expect(first.description == start)
        #expect(bucket.label(first) == label)
    }

    @Test func emptyPeriodsAreKeptAndCountsAddUp() {
        let entries = [
            Timeline.Entry(day: Self.day("2017-01-05"), relationClass: .materialConflict, goldstein: -10, source: "A"),
            Timeline.Entry(day: Self.day("2017-01-20"), relationClass: .verbalCooperation, goldstein: 4, source: "B"),
            Timeline.Entry(day: Self.day("2017-01-21"), relationClass: .verbalCooperation, goldstein: 2, source: "B"),
            Timeline.Entry(day: Self.day("2017-03-02"), relationClass: .neutral, goldstein: 0, source: "A"),
        ]
        let timeline = Timeline(entries, by: .month, from: Self.day("2016-12-15"), to: Self.day("2017-03-31"))
        #expect(timeline.rows.map(\.period) == ["2016-12", "2017-01", "2017-02", "2017-03"])
        #expect(timeline.rows.map(\.facts) == [0, 3, 0, 1])
        let january = timeline.rows[1]
        #expect(january.sources == 2)
        #expect(january.classes["verbal-cooperation"] == 2)
        #expect(january.classes["material-conflict"] == 1)
        #expect(january.classes["structural"] == 0)
        #expect(january.meanGoldstein == -4.0 / 3.0)
        #expect(january.balance == 1.0 / 3.0)
        #expect(timeline.rows[3].balance == nil)
        #expect(timeline.rows[0].meanGoldstein == nil)
    }

    @Test func sparklinesScaleToTheSeries() {
        #expect(Timeline.sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Timeline.sparkline([2, nil, 2]) == "▅ ▅")
        #expect(Timeline.sparkline([]) == "")
    }

    /// The periods' counts as the timeline made them before it found periods by a binary search:
    /// entries grouped by their period's first day, each period counted from its group.
    static func grouped(_ entries: [Timeline.Entry], by bucket: Timeline.Bucket, from: CalendarDay, to: CalendarDay) -> [String] {
        var grouped: [CalendarDay: [Timeline.Entry]] = [:]
        for entry in entries { grouped[bucket.start(of: entry.day), default: []].append(entry) }
        var rows: [String] = []
        var period: CalendarDay? = bucket.start(of: from)
        let countsModal = entries.contains { !$0.modality.isCommitted }
        while let start = period, start <= bucket.start(of: to) {
            let inPeriod = grouped[start] ?? []
            var classes = Dictionary(uniqueKeysWithValues: RelationClass.allCases.map { ($0.rawValue, 0) })
            for entry in inPeriod { classes[entry.relationClass.rawValue, default: 0] += 1 }
            let scores = inPeriod.compactMap(\.goldstein).sorted()
            let cooperation = inPeriod.filter { $0.relationClass.isCooperation }.count
            let conflict = inPeriod.filter { $0.relationClass.isConflict }.count
            rows.append(
                Self.described(
                    period: bucket.label(start), start: start.description, facts: inPeriod.count, sources: Set(inPeriod.map(\.source)).count,
                    classes: classes, meanGoldstein: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count),
                    balance: cooperation + conflict == 0 ? nil : Double(cooperation - conflict) / Double(cooperation + conflict),
                    modal: countsModal ? inPeriod.filter { !$0.modality.isCommitted }.count : nil))
            period = bucket.next(after: start)
        }
        return rows
    }

    static func described(
        period: String, start: String, facts: Int, sources: Int, classes: [String: Int], meanGoldstein: Double?, balance: Double?, modal: Int?
    ) -> String {
        let counts = classes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return "\(period) \(start) \(facts) \(sources) \(counts) \(meanGoldstein.map { "\($0)" } ?? "-") \(balance.map { "\($0)" } ?? "-") \(modal ?? -1)"
    }

    static func described(_ row: Timeline.Row) -> String {
        described(
            period: row.period, start: row.start, facts: row.facts, sources: row.sources, classes: row.classes, meanGoldstein: row.meanGoldstein,
            balance: row.balance, modal: row.modal)
    }

    @Test(arguments: Timeline.Bucket.allCases)
    func periodsFoundByTheirFirstDaysCountWhatGroupingCounted(_ bucket: Timeline.Bucket) {
        var random = SplitMix64(seed: 5)
        let entries = (0..<2_000).map { _ in
            Timeline.Entry(
                day: CalendarDay(dayNumber: 16_000 + Int(random.next() % 1_500))!,
                relationClass: RelationClass.allCases[Int(random.next() % UInt64(RelationClass.allCases.count))],
                goldstein: random.next() % 4 == 0 ? nil : Double(Int(random.next() % 201) - 100) / 10, source: "source \(random.next() % 9)",
                modality: random.next() % 10 == 0 ? .hypothetical : .asserted)
        }
        // Windows inside, around and past the entries' days, so some entries fall outside.
        for (from, to) in [(16_000, 17_499), (16_300, 16_900), (15_500, 18_000), (17_600, 17_700)] {
            let (first, last) = (CalendarDay(dayNumber: from)!, CalendarDay(dayNumber: to)!)
            let timeline = Timeline(entries, by: bucket, from: first, to: last)
            #expect(timeline.rows.map(Self.described) == Self.grouped(entries, by: bucket, from: first, to: last), "\(bucket) \(first)…\(last)")
        }
        #expect(Timeline(entries, by: bucket, from: CalendarDay(dayNumber: 16_000)!, to: CalendarDay(dayNumber: 17_499)!).rows.map(\.facts).reduce(0, +) == 2_000)
    }

    /// Facts whose sources come as numbers (in an order of their own, as an index numbers them)
    /// count exactly as the same facts with their sources as text: a TIMELINE from the adjacency
    /// index must be the one SQL's entries give.
    @Test(arguments: Timeline.Bucket.allCases)
    func numberedSourcesCountAsTheirNames(_ bucket: Timeline.Bucket) {
        var random = SplitMix64(seed: 9)
        let entries = (0..<3_000).map { _ in
            Timeline.Entry(
                day: CalendarDay(dayNumber: 16_000 + Int(random.next() % 1_500))!,
                relationClass: RelationClass.allCases[Int(random.next() % UInt64(RelationClass.allCases.count))],
                goldstein: random.next() % 4 == 0 ? nil : Double(Int(random.next() % 2_001) - 1_000) / 97, source: "source \(random.next() % 40)",
                modality: random.next() % 10 == 0 ? .hypothetical : .asserted)
        }
        // Numbers given by the source's text read backwards: not the order the entries meet them.
        let names = Set(entries.map(\.source)).sorted { String($0.reversed()) < String($1.reversed()) }
        let number = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let facts = entries.map {
            Timeline.CountedFact(
                dayNumber: $0.day.dayNumber, relationClass: $0.relationClass, goldstein: $0.goldstein, source: number[$0.source]!,
                isModal: !$0.modality.isCommitted)
        }
        for (from, to) in [(16_000, 17_499), (16_300, 16_900), (15_500, 18_000), (17_600, 17_700)] {
            let (first, last) = (CalendarDay(dayNumber: from)!, CalendarDay(dayNumber: to)!)
            let counted = Timeline.Counts(facts, sourceCount: names.count, by: bucket, from: first, to: last).rows
            #expect(counted.map(Self.described) == Self.grouped(entries, by: bucket, from: first, to: last), "\(bucket) \(first)…\(last)")
            #expect(counted == Timeline(entries, by: bucket, from: first, to: last).rows)
        }
        // Without a modal fact, no period counts modal facts.
        let committed = facts.filter { !$0.isModal }
        #expect(Timeline.Counts(committed, sourceCount: names.count, by: bucket, from: CalendarDay(dayNumber: 16_000)!, to: CalendarDay(dayNumber: 17_499)!).modal == nil)
    }
}
