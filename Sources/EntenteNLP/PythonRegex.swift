/// A compiled Python `re` pattern (the subset `RegexNode` describes) matched over code points with
/// Python's semantics: leftmost match, alternatives tried in order, greedy backtracking, `\w \d \s`
/// as Python defines them for `str`, `$` also before a final newline, and lookbehind that cannot
/// see before the start of the searched slice (as when Python is given `string[i:j]`).
///
/// Why not `NSRegularExpression`: ICU gave the same answers on spaCy's patterns, but each call bridges
/// to UTF-16 and tries all 82 suffix alternatives at every position (about 5 µs per word), and
/// ICU's `\w` is not Python's. This matcher skips alternatives by their possible first code point,
/// searches `$`-anchored patterns only near the end, and can cap its backtracking (`StepLimit`), so
/// the tokenizer stays fast and linear on pathological input.
///
/// Text is an `UnsafeBufferPointer<UInt32>` of code points and a range inside it; offsets are code
/// points.
final class PythonRegex: Sendable {
    /// One top-level alternative, compiled alone so that searches can skip it cheaply.
    private struct Option: Sendable {
        /// Where its program starts in `code`.
        var entry: Int
        /// The most code points it consumes, -1 if unbounded.
        var maxLength: Int
        var canStartEmpty: Bool
        /// For `S{m,}…$` options made only of repetitions of one set `S` before `$`: that set's index
        /// in `sets` (else -1) and the fewest code points they consume. Their leftmost start is found
        /// by scanning back from the end.
        var endingRunSet: Int
        var endingRunMinLength: Int
    }

    /// How to find the leftmost match of a pattern whose every alternative ends with `$`, without
    /// trying every position of a long string.
    private struct EndAnchoredPlan: Sendable {
        var runOptions: [Int]
        var longestBounded: Int
        /// The bounded options that can start with each ASCII code point.
        var asciiBoundedCandidates: CandidateLists
        var boundedOptions: [Int]
    }

    /// For each ASCII code point, a list of option indices, stored flat so that reading one copies
    /// nothing.
    private struct CandidateLists: Sendable {
        private var starts: [Int] = [0]
        private var indices: [Int] = []

        init(options count: Int, where canStart: (Int, UInt32) -> Bool) {
            for value in UInt32(0)..<128 {
                indices.append(contentsOf: (0..<count).filter { canStart($0, value) })
                starts.append(indices.count)
            }
        }

        @inline(__always)
        func forEach(startingWith value: UInt32, _ body: (Int) -> Bool) -> Bool {
            for position in starts[Int(value)]..<starts[Int(value) + 1] where body(indices[position]) {
                return true
            }
            return false
        }
    }

    /// How much backtracking one call may do before it gives up and reports no match.
    enum StepLimit: Sendable {
        /// For patterns whose matching cost is linear anyway, such as spaCy's affix patterns.
        case unlimited
        /// `base + perCodePoint × length` steps, for patterns that can backtrack quadratically.
        case linear(base: Int, perCodePoint: Int)
    }

    let pattern: String
    private let stepLimit: StepLimit
    private let runMemoCount: Int
    private let code: [RegexInstruction]
    private let sets: [ScalarSet]
    private let options: [Option]
    private let firstScalars: [ScalarSetUnion]
    /// For each ASCII code point, the options that can start with it, in pattern order.
    private let asciiCandidates: CandidateLists
    private let isStartAnchored: Bool
    /// Nil unless every alternative ends with `$` and each is bounded or a run.
    private let endAnchoredPlan: EndAnchoredPlan?

    init(_ pattern: String, stepLimit: StepLimit = .unlimited) throws {
        self.pattern = pattern
        self.stepLimit = stepLimit
        let root = try PythonRegexParser.parse(pattern)
        var compiler = RegexCompiler()
        var options: [Option] = []
        var firstScalars: [ScalarSetUnion] = []
        for option in root.options {
            let entry = try compiler.compileProgram(option)
            let first = option.firstScalars
            var runSet = -1
            var runMinLength = 0
            if let run = Self.endingRun(of: option) {
                runSet = compiler.addSet(run.set)
                runMinLength = run.minLength
            }
            options.append(Option(entry: entry, maxLength: option.maxLength ?? -1, canStartEmpty: first.canBeEmpty,
                                  endingRunSet: runSet, endingRunMinLength: runMinLength))
            firstScalars.append(first.sets)
        }
        self.code = compiler.code
        self.sets = compiler.sets
        self.runMemoCount = compiler.runMemoCount
        self.options = options
        self.firstScalars = firstScalars
        func candidates(among indices: [Int]) -> CandidateLists {
            CandidateLists(options: options.count) { index, value in
                indices.contains(index) && (options[index].canStartEmpty || firstScalars[index].contains(value))
            }
        }
        self.asciiCandidates = candidates(among: Array(options.indices))
        self.isStartAnchored = root.options.allSatisfy { option in
            if case .start = option.items.first { return true }
            return false
        }
        let isEndAnchored = root.options.allSatisfy { option in
            if case .end = option.items.last { return true }
            return false
        }
        let runOptions = options.indices.filter { options[$0].endingRunSet >= 0 }
        let boundedOptions = options.indices.filter { options[$0].endingRunSet < 0 && options[$0].maxLength >= 0 }
        if isEndAnchored && runOptions.count + boundedOptions.count == options.count {
            endAnchoredPlan = EndAnchoredPlan(
                runOptions: runOptions,
                longestBounded: boundedOptions.map { options[$0].maxLength }.max() ?? 0,
                asciiBoundedCandidates: candidates(among: boundedOptions),
                boundedOptions: boundedOptions)
        } else {
            endAnchoredPlan = nil
        }
    }

    private static func endingRun(of option: RegexNode) -> (set: ScalarSet, minLength: Int)? {
        let items = option.items
        guard items.count >= 2, case .end = items[items.count - 1] else { return nil }
        var runSet: ScalarSet?
        var minLength = 0
        var isUnbounded = false
        for item in items.dropLast() {
            let set: ScalarSet
            switch item {
            case .scalars(let itemSet):
                set = itemSet
                minLength += 1
            case .repetition(.scalars(let itemSet), let min, let max):
                set = itemSet
                minLength += min
                isUnbounded = isUnbounded || max == nil
            default:
                return nil
            }
            if let runSet, !runSet.isSpelledLike(set) { return nil }
            runSet = set
        }
        guard isUnbounded, let runSet, minLength > 0 else { return nil }
        return (runSet, minLength)
    }

    // MARK: - Python's match, search and finditer

    /// `re.match(string[range])`: the end of the match anchored at `range.lowerBound`, if any.
    func matchEnd(in text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, scratch: inout RegexScratch) -> Int? {
        withMachine(text, range, &scratch) { machine in
            machine.matchEnd(at: range.lowerBound, rejectingEmpty: false)
        }
    }

    /// `re.search(string[range])`: the leftmost match, if any.
    func firstMatch(in text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, scratch: inout RegexScratch) -> Range<Int>? {
        withMachine(text, range, &scratch) { machine in
            if isStartAnchored {
                return machine.matchEnd(at: range.lowerBound, rejectingEmpty: false).map { range.lowerBound..<$0 }
            }
            if let plan = endAnchoredPlan {
                guard let start = machine.leftmostStart(plan),
                      let end = machine.matchEnd(at: start, rejectingEmpty: false) else { return nil }
                return start..<end
            }
            return machine.scan(from: range.lowerBound, rejectingEmptyAt: nil)
        }
    }

    /// `re.finditer(string[range])`: all non-overlapping matches, left to right. After an empty
    /// match the next one may start at the same place only if it is not empty, as in Python 3.7+.
    func allMatches(in text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, scratch: inout RegexScratch) -> [Range<Int>] {
        withMachine(text, range, &scratch) { machine in
            var matches: [Range<Int>] = []
            var position = range.lowerBound
            var emptyMatchAt: Int?
            while position <= range.upperBound, let match = machine.scan(from: position, rejectingEmptyAt: emptyMatchAt) {
                matches.append(match)
                emptyMatchAt = match.isEmpty ? match.upperBound : nil
                position = match.upperBound
            }
            return matches
        }
    }

    private func withMachine<Result>(
        _ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, _ scratch: inout RegexScratch,
        _ body: (inout Machine) -> Result
    ) -> Result {
        code.withUnsafeBufferPointer { code in
            sets.withUnsafeBufferPointer { sets in
                options.withUnsafeBufferPointer { options in
                    var machine = Machine(
                        code: code, sets: sets, options: options, regex: self, text: text,
                        lower: range.lowerBound, upper: range.upperBound,
                        budget: budget(for: range), stack: scratch.takeStack(),
                        runMemos: scratch.takeRunMemos(count: runMemoCount), nextGeneration: scratch.nextGeneration)
                    let result = body(&machine)
                    scratch.giveBack(stack: machine.stack, runMemos: machine.runMemos, nextGeneration: machine.nextGeneration)
                    return result
                }
            }
        }
    }

    private func budget(for range: Range<Int>) -> Int {
        switch stepLimit {
        case .unlimited: return Int.max
        case .linear(let base, let perCodePoint): return base + perCodePoint * range.count
        }
    }

    // MARK: - Backtracking machine

    private struct Machine {
        let code: UnsafeBufferPointer<RegexInstruction>
        let sets: UnsafeBufferPointer<ScalarSet>
        let options: UnsafeBufferPointer<Option>
        unowned(unsafe) let regex: PythonRegex
        let text: UnsafeBufferPointer<UInt32>
        let lower: Int
        let upper: Int
        var budget: Int
        var stack: [BacktrackEntry]
        var runMemos: [RunMemo]
        var nextGeneration: Int

        /// Whether option `index` can start with the code point at `position` (or match there at the end).
        @inline(__always)
        func canStart(_ index: Int, at position: Int) -> Bool {
            if options[index].canStartEmpty { return true }
            return position < upper && regex.firstScalars[index].contains(text[position])
        }

        /// The end of the first alternative, in pattern order, that matches at `position`.
        mutating func matchEnd(at position: Int, rejectingEmpty: Bool) -> Int? {
            if position < upper, text[position] < 128 {
                var end: Int?
                _ = regex.asciiCandidates.forEach(startingWith: text[position]) { index in
                    end = execute(options[index].entry, at: position, rejectingEmpty: rejectingEmpty)
                    return end != nil
                }
                return end
            }
            for index in 0..<options.count where canStart(index, at: position) {
                if let end = execute(options[index].entry, at: position, rejectingEmpty: rejectingEmpty) {
                    return end
                }
            }
            return nil
        }

        mutating func scan(from start: Int, rejectingEmptyAt emptyMatchAt: Int?) -> Range<Int>? {
            var position = start
            while position <= upper && budget > 0 {
                if let end = matchEnd(at: position, rejectingEmpty: position == emptyMatchAt) {
                    return position..<end
                }
                position += 1
            }
            return nil
        }

        /// For patterns whose every alternative ends in `$`: the leftmost position where one matches.
        /// A bounded alternative can only start within its maximum length of the end (plus one, as
        /// `$` may match before a final newline), and runs such as `\.\.+$` are measured back from
        /// the end, so the cost does not grow with the text.
        mutating func leftmostStart(_ plan: borrowing EndAnchoredPlan) -> Int? {
            var best: Int?
            for index in plan.runOptions {
                if let start = runStart(set: options[index].endingRunSet, minLength: options[index].endingRunMinLength),
                   best.map({ start < $0 }) ?? true {
                    best = start
                }
            }
            let firstCandidate = max(lower, upper - plan.longestBounded - 1)
            let lastCandidate = min(upper, (best ?? upper + 1) - 1)
            guard firstCandidate <= lastCandidate else { return best }
            for position in firstCandidate...lastCandidate {
                let reach = upper - position
                if position < upper, text[position] < 128 {
                    let found = plan.asciiBoundedCandidates.forEach(startingWith: text[position]) { index in
                        options[index].maxLength + 1 >= reach
                            && execute(options[index].entry, at: position, rejectingEmpty: false) != nil
                    }
                    if found { return position }
                } else {
                    for index in plan.boundedOptions where options[index].maxLength + 1 >= reach && canStart(index, at: position) {
                        if execute(options[index].entry, at: position, rejectingEmpty: false) != nil { return position }
                    }
                }
            }
            return best
        }

        private func runStart(set setIndex: Int, minLength: Int) -> Int? {
            func start(endingAt end: Int) -> Int? {
                var position = end
                while position > lower && sets[setIndex].contains(text[position - 1]) { position -= 1 }
                return end - position >= minLength ? position : nil
            }
            var best = start(endingAt: upper)
            if upper > lower, text[upper - 1] == 0x0A, let beforeNewline = start(endingAt: upper - 1) {
                best = min(best ?? beforeNewline, beforeNewline)
            }
            return best
        }

        /// Starts an unbounded greedy run at `start`; returns the first end to try, nil if too short.
        ///
        /// Without the memo, `\S+(?::\S*)?@` (in `url_match`) rescans to the end of the string and
        /// backtracks over all of it after every `:`, which is quadratic. The memo remembers where
        /// the last run of this instruction stopped, and the ends after which the rest of the
        /// pattern already failed, so that each code point is scanned and retried about once.
        private mutating func startUnboundedRun(set: Int, minimum: Int, memo slot: Int, at start: Int,
                                                generation: Int) -> Int? {
            var memo = runMemos[slot]
            if memo.generation != generation {
                memo = RunMemo(generation: generation)
            }
            var end = start
            if memo.scanStart <= start && start <= memo.scanEnd {
                end = memo.scanEnd
            } else {
                while end < upper && sets[set].contains(text[end]) {
                    end += 1
                    budget -= 1
                    if end == memo.scanStart {
                        end = memo.scanEnd
                        break
                    }
                }
                memo.scanStart = end == memo.scanEnd ? min(start, memo.scanStart) : start
                memo.scanEnd = end
            }
            var first = end
            if memo.failedLow <= first && first <= memo.failedHigh { first = memo.failedLow - 1 }
            runMemos[slot] = memo
            return first >= start + minimum ? first : nil
        }

        /// Notes that the rest of the pattern failed after a run ending at `failed`; returns the next
        /// shorter end not known to fail.
        private mutating func recordFailure(after failed: Int, memo slot: Int, generation: Int) -> Int {
            var memo = runMemos[slot]
            if memo.generation != generation {
                memo = RunMemo(generation: generation)
            }
            if memo.failedLow <= failed + 1 && failed <= memo.failedHigh {
                memo.failedLow = min(memo.failedLow, failed)
            } else {
                memo.failedLow = failed
                memo.failedHigh = failed
            }
            runMemos[slot] = memo
            return memo.failedLow - 1
        }

        /// Runs the program at `entry` from `start`; returns where its first (highest-priority) match
        /// ends. Backtrack entries it pushes are dropped on return.
        mutating func execute(_ entry: Int, at start: Int, rejectingEmpty: Bool) -> Int? {
            // What a run's memo records holds only within this call: `rejectingEmpty` depends on `start`.
            let generation = nextGeneration
            nextGeneration += 1
            let base = stack.count
            defer { stack.removeSubrange(base..<stack.count) }
            var pc = entry
            var position = start
            while true {
                budget -= 1
                if budget < 0 { return nil }
                var advanced = false
                switch code[pc] {
                case .scalar(let value):
                    if position < upper && text[position] == value {
                        position += 1
                        pc += 1
                        advanced = true
                    }
                case .set(let index):
                    if position < upper && sets[index].contains(text[position]) {
                        position += 1
                        pc += 1
                        advanced = true
                    }
                case .run(let index, let minimum, let maximum, let memo):
                    if memo >= 0 {
                        guard let first = startUnboundedRun(set: index, minimum: minimum, memo: memo, at: position,
                                                            generation: generation) else { break }
                        if first > position + minimum {
                            stack.append(BacktrackEntry(pc: pc + 1, position: first, runFloor: position + minimum, memo: memo))
                        }
                        position = first
                        pc += 1
                        advanced = true
                        break
                    }
                    let limit = upper - position > maximum ? position + maximum : upper
                    var end = position
                    while end < limit && sets[index].contains(text[end]) { end += 1 }
                    budget -= end - position
                    if end - position >= minimum {
                        if end > position + minimum {
                            stack.append(BacktrackEntry(pc: pc + 1, position: end, runFloor: position + minimum, memo: -1))
                        }
                        position = end
                        pc += 1
                        advanced = true
                    }
                case .split(let preferred, let alternative):
                    stack.append(BacktrackEntry(pc: alternative, position: position, runFloor: -1, memo: -1))
                    pc = preferred
                    advanced = true
                case .jump(let target):
                    pc = target
                    advanced = true
                case .assertStart:
                    if position == lower {
                        pc += 1
                        advanced = true
                    }
                case .assertEnd:
                    if position == upper || (position == upper - 1 && text[position] == 0x0A) {
                        pc += 1
                        advanced = true
                    }
                case .lookaround(let subprogram, let ahead, let negated, let width):
                    let from = ahead ? position : position - width
                    var matched = false
                    if from >= lower {
                        matched = execute(subprogram, at: from, rejectingEmpty: false) != nil
                        if budget < 0 { return nil }
                    }
                    if matched != negated {
                        pc += 1
                        advanced = true
                    }
                case .match:
                    if !(rejectingEmpty && position == start) { return position }
                }
                if advanced { continue }
                // Resume at the latest choice point that has an option left.
                var resumed = false
                while !resumed && stack.count > base {
                    let entry = stack.removeLast()
                    if entry.runFloor >= 0 {
                        var shorter = entry.position - 1
                        if entry.memo >= 0 {
                            shorter = recordFailure(after: entry.position, memo: entry.memo, generation: generation)
                            if shorter < entry.runFloor { continue }
                        }
                        if shorter > entry.runFloor {
                            stack.append(BacktrackEntry(pc: entry.pc, position: shorter, runFloor: entry.runFloor,
                                                        memo: entry.memo))
                        }
                        pc = entry.pc
                        position = shorter
                    } else {
                        pc = entry.pc
                        position = entry.position
                    }
                    resumed = true
                }
                if !resumed { return nil }
            }
        }
    }
}

/// Scratch memory for `PythonRegex`, owned by one caller at a time so matching needs no locks.
struct RegexScratch {
    private var stack: [BacktrackEntry] = []

    init() {
        stack.reserveCapacity(64)
    }

    fileprivate mutating func takeStack() -> [BacktrackEntry] {
        var taken: [BacktrackEntry] = []
        swap(&taken, &stack)
        return taken
    }

    private var runMemos: [RunMemo] = []
    fileprivate private(set) var nextGeneration = 0

    fileprivate mutating func takeRunMemos(count: Int) -> [RunMemo] {
        var taken: [RunMemo] = []
        swap(&taken, &runMemos)
        if taken.count < count {
            taken.append(contentsOf: repeatElement(RunMemo(generation: -1), count: count - taken.count))
        }
        return taken
    }

    fileprivate mutating func giveBack(stack returnedStack: [BacktrackEntry], runMemos returnedMemos: [RunMemo], nextGeneration: Int) {
        stack = returnedStack
        runMemos = returnedMemos
        self.nextGeneration = nextGeneration
    }
}

private struct BacktrackEntry {
    var pc: Int
    var position: Int
    /// For a greedy run, the shortest end still allowed; -1 for an ordinary choice point.
    var runFloor: Int
    /// The run's memo slot, -1 if it has none.
    var memo: Int
}

/// What one execution knows about one unbounded run instruction (see `startUnboundedRun`).
private struct RunMemo {
    var generation: Int
    /// The last scan: every code point in `scanStart..<scanEnd` is in the run's set, and the one at
    /// `scanEnd` is not (or is the end).
    var scanStart = Int.max
    var scanEnd = Int.max
    /// The rest of the pattern failed after every run end in `failedLow...failedHigh`.
    var failedLow = Int.max
    var failedHigh = Int.min

    init(generation: Int) {
        self.generation = generation
    }
}

enum RegexInstruction: Sendable {
    case scalar(UInt32)
    case set(Int)
    /// Greedy repetition of one set, backtracked one code point at a time without a choice point
    /// per code point. Unbounded runs (`maximum == Int.max`) have a `memo` slot, else -1.
    case run(set: Int, minimum: Int, maximum: Int, memo: Int)
    case split(preferred: Int, alternative: Int)
    case jump(Int)
    case assertStart
    case assertEnd
    /// Runs the program at `program` (ahead: from here; behind: from `width` code points back).
    case lookaround(program: Int, ahead: Bool, negated: Bool, width: Int)
    case match
}

/// Turns syntax trees into one flat program for `PythonRegex`'s backtracking machine.
struct RegexCompiler {
    private(set) var code: [RegexInstruction] = []
    private(set) var sets: [ScalarSet] = []
    /// How many unbounded runs the code has, each with its own memo slot.
    private(set) var runMemoCount = 0

    /// Compiles `node` into a program ending in `.match`, appended to `code`; returns its entry.
    mutating func compileProgram(_ node: RegexNode) throws -> Int {
        // Lookaround bodies are compiled first, out of line, so this program stays contiguous.
        var body: [RegexInstruction] = []
        try emit(node, into: &body)
        body.append(.match)
        let entry = code.count
        for instruction in body {
            switch instruction {
            case .split(let preferred, let alternative):
                code.append(.split(preferred: preferred + entry, alternative: alternative + entry))
            case .jump(let target):
                code.append(.jump(target + entry))
            default:
                code.append(instruction)
            }
        }
        return entry
    }

    mutating func addSet(_ set: ScalarSet) -> Int {
        sets.append(set)
        return sets.count - 1
    }

    /// Emits `node` with jump targets relative to the start of `body`.
    private mutating func emit(_ node: RegexNode, into body: inout [RegexInstruction]) throws {
        switch node {
        case .scalars(let set):
            if let value = set.singleScalar {
                body.append(.scalar(value))
            } else {
                body.append(.set(addSet(set)))
            }
        case .sequence(let items):
            for item in items { try emit(item, into: &body) }
        case .alternation(let options):
            var exits: [Int] = []
            for (index, option) in options.enumerated() {
                if index == options.count - 1 {
                    try emit(option, into: &body)
                } else {
                    let split = body.count
                    body.append(.split(preferred: split + 1, alternative: -1))
                    try emit(option, into: &body)
                    exits.append(body.count)
                    body.append(.jump(-1))
                    body[split] = .split(preferred: split + 1, alternative: body.count)
                }
            }
            for exit in exits { body[exit] = .jump(body.count) }
        case .repetition(let repeated, let minimum, let maximum):
            if case .scalars(let set) = repeated {
                let memo = maximum == nil ? runMemoCount : -1
                if maximum == nil { runMemoCount += 1 }
                body.append(.run(set: addSet(set), minimum: minimum, maximum: maximum ?? Int.max, memo: memo))
                return
            }
            guard repeated.minLength > 0 else {
                throw RegexSyntaxError(message: "repeating a group that can match nothing is not supported", offset: 0)
            }
            for _ in 0..<minimum { try emit(repeated, into: &body) }
            if let maximum {
                var exits: [Int] = []
                for _ in minimum..<maximum {
                    exits.append(body.count)
                    body.append(.split(preferred: body.count + 1, alternative: -1))
                    try emit(repeated, into: &body)
                }
                for exit in exits { body[exit] = .split(preferred: exit + 1, alternative: body.count) }
            } else {
                let loop = body.count
                body.append(.split(preferred: loop + 1, alternative: -1))
                try emit(repeated, into: &body)
                body.append(.jump(loop))
                body[loop] = .split(preferred: loop + 1, alternative: body.count)
            }
        case .start:
            body.append(.assertStart)
        case .end:
            body.append(.assertEnd)
        case .lookaround(let lookedAt, let ahead, let negated):
            let entry = try compileProgram(lookedAt)
            body.append(.lookaround(program: entry, ahead: ahead, negated: negated, width: ahead ? 0 : lookedAt.minLength))
        }
    }
}
