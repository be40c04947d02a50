public import EntenteModel
public import EntenteStore
import EntenteQuery
import Foundation
import NIOCore

/// Writes coded events (GDELT, ICEWS) in batches, one transaction per batch: one statement claims
/// the batch's event ids in `event_id` (`INSERT … ON CONFLICT DO NOTHING` on its primary key),
/// the first row of each id in the batch, and the rows whose ids it claimed go by `COPY … FROM
/// STDIN` straight into their years' partitions of `fact` (`PostgresFactLoad`). An event is stored
/// once however often its file is imported, by however many importers at once (a second importer
/// waits on the first's uncommitted id, then skips it), and an interrupted import leaves whole
/// batches only.
///
/// Entities, articles and predicates are resolved by slot (see `EventBatch`) and their ids kept,
/// as SQLite's `EventImporter` does; a batch's new entities in one round trip
/// (`PostgresEntityResolution`), its new articles in two (`PostgresArticleBatch`). A large batch
/// is loaded into each small year partition it writes into without the partition's secondary
/// indexes and foreign keys, made again inside its transaction (`bulkLoad`). Not for sharing
/// between threads; after a batch fails it refuses further batches, since the slots that batch
/// introduced were never stored.
public final class PostgresEventWriter: EventWriting {
    let store: PostgresGraphStore
    let vocabulary: PredicateVocabulary
    private var entityIDs: [Int64?] = []
    private var articleIDs: [Int64?] = []
    private var predicates: [String] = []
    private var builder = EventBatchBuilder()
    private var failed = false
    /// How the rows reach the fact table: `PostgresFactLoad.standard` but in the benchmark.
    package let load: PostgresFactLoad
    /// What a bulk batch takes out of the indexes and keys: `.partitions` but in the benchmark,
    /// and the whole table when `load` copies into the partitioned table (which cannot route a
    /// row to a partition taken out of it).
    package let rebuild: BulkRebuild
    /// Seconds spent claiming ids, loading rows and in a bulk batch's rebuild, for the benchmark.
    package private(set) var seconds = PostgresFactLoad.Seconds()

    /// The values of a fact row an event gives, in COPY's order.
    static let rowColumns = [
        "start_year", "subject_id", "predicate", "object_id", "date_start", "date_end", "date_precision", "role", "confidence",
        "event_code", "goldstein", "article_id", "sentence_index", "evidence", "external_id", "place_id", "num_mentions",
        "num_sources", "num_articles", "object_role",
    ]

    /// The fewest rows of a batch loaded in bulk (see `loadsInBulk`); 0 never. A bulk batch makes
    /// other writers and readers wait until it commits, so a small one is not worth it.
    package let bulkMinimumRows: Int

    public convenience init(store: PostgresGraphStore, vocabulary: PredicateVocabulary = .standard) {
        self.init(store: store, vocabulary: vocabulary, bulkMinimumRows: 10_000)
    }

    package init(
        store: PostgresGraphStore, vocabulary: PredicateVocabulary, bulkMinimumRows: Int, load: PostgresFactLoad = .standard,
        rebuild: BulkRebuild = .partitions
    ) {
        self.store = store
        self.vocabulary = vocabulary
        self.bulkMinimumRows = bulkMinimumRows
        self.load = load
        if case .claimThenCopy(byPartition: true) = load {
            self.rebuild = rebuild
        } else {
            self.rebuild = .wholeTable
        }
    }

    /// What a bulk batch loads without indexes and keys and rebuilds at its end.
    package enum BulkRebuild: Sendable {
        /// Each year partition the batch writes into that is small beside what the batch brings
        /// it (migration 0005): detached, loaded, and attached again.
        case partitions
        /// The whole fact table, every partition, when the table is small beside the batch
        /// (migration 0004): the way before issue 16's third round, kept for the benchmark.
        case wholeTable
    }

    /// Stores `events` and the loose `entities` (actors of rows that made no fact) in one transaction.
    public func write(_ events: [CodedEvent], entities: [Entity]) throws(StoreError) -> EventBatchOutcome {
        builder.addLoose(entities)
        for event in events { builder.add(event) }
        return try write(builder.take())
    }

    /// Stores a batch in one transaction.
    ///
    /// - Precondition: batches come from one `EventBatchBuilder`, in the order it made them.
    public func write(_ batch: EventBatch) throws(StoreError) -> EventBatchOutcome {
        let location = store.session.location
        if failed { throw StoreError(.server, "\(location): an earlier batch of this import failed; start the import again") }
        precondition(batch.firstEntitySlot == entityIDs.count, "batches must come in the order their builder made them")
        if batch.forgetsArticles { articleIDs.removeAll() }
        precondition(batch.firstArticleSlot == articleIDs.count && batch.firstPredicateSlot == predicates.count)
        let (entitiesBefore, articlesBefore) = (entityIDs, articleIDs)
        entityIDs += repeatElement(nil, count: batch.newEntities.count)
        articleIDs += repeatElement(nil, count: batch.newArticles.count)
        predicates += batch.newPredicates
        do {
            // Partitions first, outside the batch's transaction: they are there for every importer at once.
            try store.ensurePartitions(Set(batch.rows.map { Int($0.dateStart.prefix(4)) ?? 0 }))
            let wanted = try bulkLoad(batch)
            return try store.session.transaction {
                // The tables first, before any entity or article row: a bulk batch takes them for
                // itself, and a writer that held rows it waits for would deadlock it. The bulk
                // load gives up (false) rather than wait for ever behind readers.
                var bulk = false
                let start = DispatchTime.now().uptimeNanoseconds
                switch wanted {
                case .none:
                    break
                case .wholeTable:
                    bulk = try store.session.rows("SELECT entente_fact_unindex()::integer")[0].int(0) == 1
                case .partitions(let years):
                    bulk = try store.session.rows(
                        "SELECT entente_fact_partitions_unindex($1::bigint[]::integer[])::integer", [.init(integers: years.map(Int64.init))]
                    )[0].int(0) == 1
                }
                if bulk {
                    seconds.rebuild += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    try PostgresGraphWriter.lockNewRows(in: store.session)
                } else {
                    try PostgresGraphWriter.lockTables(in: store.session)
                }
                let outcome = try store(batch)
                if bulk {
                    let start = DispatchTime.now().uptimeNanoseconds
                    if case .wholeTable = wanted {
                        try store.session.execute("SELECT entente_fact_reindex()")
                    } else {
                        try store.session.execute("SELECT entente_fact_partitions_reindex()")
                    }
                    seconds.rebuild += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                }
                return outcome
            }
        } catch {
            // Slots resolved inside the rolled-back transaction name rows that are not there.
            (entityIDs, articleIDs) = (entitiesBefore + repeatElement(nil, count: batch.newEntities.count), articlesBefore + repeatElement(nil, count: batch.newArticles.count))
            failed = true
            throw StoreError.postgres(error, at: location)
        }
    }

    /// What of the fact table a batch is loaded into without its secondary indexes and foreign keys.
    private enum BulkLoad {
        /// Nothing: every row enters the indexes and keys as it is copied.
        case none
        /// The whole table (migration 0004).
        case wholeTable
        /// These years' partitions (migration 0005).
        case partitions([Int])
    }

    /// What `batch` is loaded into without the secondary indexes and foreign keys, which are made
    /// again and checked at its end. Only a batch of at least `bulkMinimumRows` rows, since it
    /// makes other writers and readers wait; then each year's partition that holds fewer than
    /// `bulkFactor` times as many facts as the batch brings it (rows whose ids are not stored; at least
    /// `partitionMinimumRows`), where its rebuild costs less than entering each row into nine
    /// indexes and five checks (measured in `Benchmarks/README.md`) — or, rebuilding the whole
    /// table, the table when it holds fewer than `bulkFactor` times the batch. Counted before the
    /// batch's transaction, which must lock the table before anything else.
    private func bulkLoad(_ batch: EventBatch) throws -> BulkLoad {
        guard bulkMinimumRows > 0, batch.rows.count >= bulkMinimumRows else { return .none }
        // An import that took the whole table's indexes and keys away (migration 0006) loads
        // every batch without them, and makes them once at its end.
        if try store.session.rows("SELECT EXISTS (SELECT FROM entente_pending_rebuild)::integer")[0].int(0) == 1 { return .none }
        switch rebuild {
        case .wholeTable:
            let ceiling = Int64(batch.rows.count) * Int64(Self.bulkFactor)
            let stored = try store.session.rows("SELECT count(*) FROM (SELECT 1 FROM fact LIMIT $1) AS f", [.init(ceiling)])[0].int(0)
            return stored < ceiling ? .wholeTable : .none
        case .partitions:
            // What the batch brings each year: its rows whose ids are not stored yet (a file
            // imported again brings nothing, and rebuilds nothing).
            let brought = try store.session.rows(
                """
                SELECT b.year, count(*) FROM unnest($1::text[], $2::bigint[]) AS b(external_id, year)
                WHERE NOT EXISTS (SELECT FROM event_id AS e WHERE e.external_id = b.external_id)
                GROUP BY b.year ORDER BY b.year
                """,
                [.init(texts: batch.rows.map(\.externalID)), .init(integers: batch.rows.map { Int64($0.dateStart.prefix(4)) ?? 0 })])
            var years: [Int] = []
            for row in brought where row.int(1) >= partitionMinimumRows {
                // The year bound, so the planner reads its partition alone.
                let ceiling = row.int(1) * Int64(Self.bulkFactor)
                let stored = try store.session.rows(
                    "SELECT count(*) FROM (SELECT 1 FROM fact WHERE start_year = $1 LIMIT $2) AS f", [.init(row.int(0)), .init(ceiling)])[0].int(0)
                if stored < ceiling { years.append(Int(row.int(0))) }
            }
            return years.isEmpty ? .none : .partitions(years)
        }
    }

    /// See `bulkLoad`.
    static let bulkFactor = 4

    /// The fewest rows a batch brings a partition it takes out of the fact table: a fiftieth of
    /// `bulkMinimumRows` (200 by default). Detaching and attaching a partition costs some 20 ms
    /// however small it is, what a few hundred rows cost entering its indexes one at a time.
    private var partitionMinimumRows: Int { max(1, bulkMinimumRows / 50) }

    private func store(_ batch: EventBatch) throws -> EventBatchOutcome {
        let session = store.session
        var writer = PostgresGraphWriter(store: store, vocabulary: vocabulary)
        // Every entity the batch names for the first time, resolved in one round trip in the
        // order the rows name them (as one at a time would), then read from `entityIDs`.
        var unresolved: [Int] = []
        var queued = Set<Int>()
        func queue(_ slot: Int) {
            if entityIDs[slot] == nil, queued.insert(slot).inserted { unresolved.append(slot) }
        }
        for slot in batch.looseEntities { queue(slot) }
        for row in batch.rows {
            queue(row.subject)
            queue(row.object)
            if let place = row.place { queue(place) }
        }
        let ids = try writer.resolve(unresolved.map { batch.newEntities[$0 - batch.firstEntitySlot] })
        for (slot, id) in zip(unresolved, ids) { entityIDs[slot] = id }
        // The batch's new articles the same way, in the order the rows name them.
        var unstoredArticles: [Int] = []
        var queuedArticles = Set<Int>()
        for row in batch.rows where articleIDs[row.article] == nil && queuedArticles.insert(row.article).inserted {
            unstoredArticles.append(row.article)
        }
        let storedArticles = try PostgresArticleBatch.store(
            unstoredArticles.map { batch.newArticles[$0 - batch.firstArticleSlot] }, recordedAt: writer.recordedAt, in: session)
        for (slot, id) in zip(unstoredArticles, storedArticles) { articleIDs[slot] = id }
        // Each slot a row names is resolved now, in this batch or an earlier one.
        func entity(_ slot: Int) -> Int64 { entityIDs[slot]! }
        let rows = batch.rows.map { row in
            let year = Int(row.dateStart.prefix(4)) ?? 0
            return PostgresFactLoad.Row(
                year: year, externalID: row.externalID,
                fields: [
                    String(year), String(entity(row.subject)), predicates[row.predicate], String(entity(row.object)), row.dateStart,
                    row.dateEnd, row.datePrecision, row.role, String(row.confidence), row.eventCode, row.goldstein.map { String($0) },
                    String(articleIDs[row.article]!), row.sentenceIndex.map(String.init), row.evidence, row.externalID,
                    row.place.map(entity).map(String.init), row.mentions.map(String.init), row.sources.map(String.init),
                    row.articles.map(String.init), row.objectRole,
                ])
        }
        for name in batch.newPredicates { try writer.ensurePredicate(name) }
        try PostgresFactReferences.check(
            entities: { batch.rows.flatMap { row in [entity(row.subject), entity(row.object)] + (row.place.map { [entity($0)] } ?? []) } },
            articles: { batch.rows.map { self.articleIDs[$0.article]! } }, in: session)
        var outcome = EventBatchOutcome()
        outcome.entitiesAdded = writer.entitiesAdded
        guard !batch.rows.isEmpty else { return outcome }
        let stored = try load.store(rows, recordedAt: writer.recordedAt, in: session, seconds: &seconds)
        outcome.stored = stored
        outcome.alreadyStored = batch.rows.count - stored
        return outcome
    }
}

extension PostgresGraphStore {
    /// A `PostgresEventWriter` on this store.
    public func eventWriter(vocabulary: PredicateVocabulary) -> any EventWriting {
        PostgresEventWriter(store: self, vocabulary: vocabulary)
    }
}

/// The PostgreSQL store is a graph store like any other: the checks of `GraphStoreConformance` hold.
extension PostgresGraphStore: GraphStoring {}
