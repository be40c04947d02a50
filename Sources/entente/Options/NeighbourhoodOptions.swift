import ArgumentParser
import Entente

/// `--around X --depth N`: the part of the graph near one entity.
struct NeighbourhoodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only relations within --depth hops of this entity.", valueName: "name"))
    var around: String?

    @Option(name: .long, parsing: .unconditional, help: "How many hops from --around (1 to \(GraphExportRequest.maxDepth)).")
    var depth: Int = 1

    func validate() throws {
        try ArgumentCheck.notEmpty(around, "--around")
        guard (1...GraphExportRequest.maxDepth).contains(depth) else {
            throw ValidationError("Please give a --depth from 1 to \(GraphExportRequest.maxDepth), not \(depth).")
        }
    }
}

/// `--until` must not come before `--since`.
func checkOrder(since: FactDate?, until: FactDate?) throws {
    if let since, let until, until.end < since.start {
        throw ValidationError("Please give an --until (\(until)) that is not before --since (\(since)).")
    }
}
