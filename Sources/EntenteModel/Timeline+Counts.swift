extension Timeline {
    /// A dated fact as numbers: its first day as a day number (``CalendarDay/dayNumber``) and its
    /// source as a number that is equal for equal sources. What a store that numbers its sources
    /// (the adjacency index) hands a timeline without making a string per fact.
    package struct CountedFact: Sendable, Equatable {
        /// The fact's first day, as days since 1970-01-01.
        package var dayNumber: Int
        /// Its predicate's class.
        package var relationClass: RelationClass
        /// Its Goldstein score, if any.
        package var goldstein: Double?
        /// Its source, numbered from 0: equal numbers for equal sources, below the `sourceCount`
        /// the counts are given.
        package var source: Int
        /// Neither asserted nor reported.
        package var isModal: Bool

        package init(dayNumber: Int, relationClass: RelationClass, goldstein: Double?, source: Int, isModal: Bool) {
            self.dayNumber = dayNumber
            self.relationClass = relationClass
            self.goldstein = goldstein
            self.source = source
            self.isModal = isModal
        }
    }

    /// Each period's counts before they are named: what ``Timeline/rows`` holds, in flat arrays
    /// (one element per period; the class counts period after period), so a query turns them
    /// into values without a dictionary per period.
    package struct Counts: Sendable {
        /// The length of each period.
        package let bucket: Bucket
        /// Each period's first day, in order.
        package let starts: [CalendarDay]
        /// Facts in each period.
        package let facts: [Int]
        /// Distinct sources of each period's facts.
        package let sources: [Int]
        /// Facts of each class, in the order of `RelationClass.allCases`, for period after period.
        package let classCounts: [Int]
        /// Each period's mean Goldstein score of the facts that have one.
        package let meanGoldstein: [Double?]
        /// Each period's (cooperation − conflict) / (cooperation + conflict), nil without either.
        package let balance: [Double?]
        /// Each period's modal facts; nil when no fact is modal.
        package let modal: [Int]?

        /// The entries' counts: their sources numbered by their text.
        package init(_ entries: [Entry], by bucket: Bucket, from: CalendarDay, to: CalendarDay) {
            // Each source hashed once, as a number.
            var sourceNumbers: [String: Int] = [:]
            let facts = entries.map { entry in
                let source = sourceNumbers[entry.source] ?? sourceNumbers.count
                if source == sourceNumbers.count { sourceNumbers[entry.source] = source }
                return CountedFact(
                    dayNumber: entry.day.dayNumber, relationClass: entry.relationClass, goldstein: entry.goldstein, source: source,
                    isModal: !entry.modality.isCommitted)
            }
            self.init(facts, sourceCount: sourceNumbers.count, by: bucket, from: from, to: to)
        }

        /// Counts `facts` from the period of `from` to the period of `to`, both included.
        ///
        /// - Complexity: one pass over the facts (each finds its period by a binary search over
        ///   the periods' first days), a counting sort of them by period, then one pass per period
        ///   over its own facts (its scores sorted).
        package init(_ facts: [CountedFact], sourceCount: Int, by bucket: Bucket, from: CalendarDay, to: CalendarDay) {
            self.bucket = bucket
            // The periods tile the days from the first one's start: a fact falls in the last period
            // that starts on or before its day, unless it is past the last period's end.
            var starts: [CalendarDay] = []
            var period: CalendarDay? = bucket.start(of: from)
            let last = bucket.start(of: to)
            while let start = period, start <= last {
                starts.append(start)
                period = bucket.next(after: start)
            }
            self.starts = starts
            let firstDays = starts.map(\.dayNumber)
            let afterLast = period?.dayNumber ?? Int.max
            // Each fact's period (-1 outside them all), then the facts ordered by period.
            var periodOfFact = [Int](repeating: -1, count: facts.count)
            var firstMember = [Int](repeating: 0, count: starts.count + 1)
            for (index, fact) in facts.enumerated() {
                let day = fact.dayNumber
                guard let first = firstDays.first, day >= first, day < afterLast else { continue }
                var (low, high) = (0, firstDays.count - 1)
                while low < high {
                    let middle = (low + high + 1) / 2
                    if firstDays[middle] <= day { low = middle } else { high = middle - 1 }
                }
                periodOfFact[index] = low
                firstMember[low + 1] += 1
            }
            for position in starts.indices { firstMember[position + 1] += firstMember[position] }
            var members = [Int](repeating: 0, count: firstMember[starts.count])
            var cursor = firstMember
            for (index, position) in periodOfFact.enumerated() where position >= 0 {
                members[cursor[position]] = index
                cursor[position] += 1
            }

            let classes = RelationClass.allCases
            let countsModal = facts.contains { $0.isModal }
            // A period counts a source the first time it meets it.
            var lastPeriodOfSource = [Int](repeating: -1, count: sourceCount)
            var counted = [Int](repeating: 0, count: starts.count)
            var sources = [Int](repeating: 0, count: starts.count)
            var classCounts = [Int](repeating: 0, count: starts.count * classes.count)
            var meanGoldstein = [Double?](repeating: nil, count: starts.count)
            var balance = [Double?](repeating: nil, count: starts.count)
            var modal = [Int](repeating: 0, count: countsModal ? starts.count : 0)
            var scores: [Double] = []
            for position in starts.indices {
                var (cooperation, conflict) = (0, 0)
                scores.removeAll(keepingCapacity: true)
                for index in members[firstMember[position]..<firstMember[position + 1]] {
                    let fact = facts[index]
                    classCounts[position * classes.count + classes.firstIndex(of: fact.relationClass)!] += 1
                    if let score = fact.goldstein { scores.append(score) }
                    if lastPeriodOfSource[fact.source] != position {
                        lastPeriodOfSource[fact.source] = position
                        sources[position] += 1
                    }
                    if fact.relationClass.isCooperation { cooperation += 1 }
                    if fact.relationClass.isConflict { conflict += 1 }
                    if fact.isModal { modal[position] += 1 }
                }
                counted[position] = firstMember[position + 1] - firstMember[position]
                // Summed in ascending order, so the mean is the same whatever order the facts came
                // in (SQL's plan, the adjacency index, PostgreSQL): floating-point sums depend on it.
                scores.sort()
                if !scores.isEmpty { meanGoldstein[position] = scores.reduce(0, +) / Double(scores.count) }
                if cooperation + conflict > 0 { balance[position] = Double(cooperation - conflict) / Double(cooperation + conflict) }
            }
            self.facts = counted
            self.sources = sources
            self.classCounts = classCounts
            self.meanGoldstein = meanGoldstein
            self.balance = balance
            self.modal = countsModal ? modal : nil
        }

        /// The number of periods.
        package var count: Int { starts.count }

        /// The facts of class `relationClass`'s position in `RelationClass.allCases` in period `position`.
        package func facts(ofClass number: Int, inPeriod position: Int) -> Int {
            classCounts[position * RelationClass.allCases.count + number]
        }

        /// The periods as rows, every class named in each.
        package var rows: [Row] {
            let classes = RelationClass.allCases
            // Every class present, zero when none: a copy of one dictionary, the counts set in place.
            let noClasses = Dictionary(uniqueKeysWithValues: classes.map { ($0.rawValue, 0) })
            return starts.indices.map { position in
                var classCounts = noClasses
                for number in classes.indices where facts(ofClass: number, inPeriod: position) > 0 {
                    classCounts[classes[number].rawValue] = facts(ofClass: number, inPeriod: position)
                }
                let start = starts[position]
                return Row(
                    period: bucket.label(start), start: start.description, facts: facts[position], sources: sources[position],
                    classes: classCounts, meanGoldstein: meanGoldstein[position], balance: balance[position], modal: modal?[position])
            }
        }
    }
}
