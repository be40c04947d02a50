import ArgumentParser
import Entente

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge entity B into entity A: B's facts, aliases and codes become A's.",
        discussion: """
            One transaction: if anything fails, nothing changes. The merge is recorded, so a later \
            import of rows naming B stores them under A. Name each entity by name or alias, or where \
            a name is shared by kind, code or id, as 'entente entities --duplicates' and ambiguity \
            messages show them.

            Examples:
              entente merge 'Franz Klintsevich' 'Frants Klintsevich'
              entente merge organisation:Hezbollah actor:Hezbollah
              entente merge '#12' '#3410'
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOption

    @Argument(help: "The entity to keep (A).")
    var kept: String

    @Argument(help: "The entity merged into it and removed (B).")
    var merged: String

    func validate() throws {
        try ArgumentCheck.notEmpty(kept, "the entity to keep", "a name")
        try ArgumentCheck.notEmpty(merged, "the entity to merge", "a name")
    }

    func run() throws {
        // The names are resolved before the database is opened for writing: a wrong name changes nothing.
        let reader = try store.open(.readOnly)
        let (keptEntity, mergedEntity) = (try reader.entity(named: kept), try reader.entity(named: merged))
        // Refused before the write connection opens, whose setup may touch the write-ahead log.
        if keptEntity.id == mergedEntity.id { throw StoreError.mergeIntoItself(keptEntity) }
        let graph = try store.open(.readWrite)
        let outcome = try graph.merge(mergedEntity, into: keptEntity)
        // The merge changed stored facts: the kept statistics and the index file no longer match them.
        store.refreshAfterWriting(graph)
        let table = TextTable(
            columns: ["kept", "merged", "facts moved", "aliases added"],
            rows: [[
                "#\(outcome.kept.id) \(outcome.kept.describedWithCodes)", "#\(outcome.merged.id) \(outcome.merged.name)",
                String(outcome.factsMoved), String(outcome.aliasesAdded),
            ]])
        try output.print(table, json: outcome)
    }
}
