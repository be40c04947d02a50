import EntenteStore
import EntenteQuery
import GRDB

extension QueryExecution {
    /// Stops a query one of whose walks filled its CTE to the expansion budget: its answer would
    /// be from a part of the walks.
    func checkBudgets(of walks: [JoinedWalk]) throws {
        for walk in walks {
            let statement = dialect.budgetStatement(for: walk)
            let count = try Int.fetchOne(db, sql: statement.text, arguments: statement.databaseArguments(idList: .null)) ?? 0
            if count >= walk.maxExpansions { throw QueryBudgetError.expansions(walk.maxExpansions) }
        }
    }
}
