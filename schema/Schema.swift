/// The SQL migrations that build an Entente database, in the order they run.
///
/// Each file in `schema/migrations/` is embedded in the binary, so a copied
/// `entente` executable needs no files beside it. A shipped migration never
/// changes: a schema change is a new numbered file, listed here.
public enum Schema {
    /// A named migration and its SQL text.
    public struct Migration: Sendable, Equatable {
        /// The file name without `.sql`, for example `0001_graph`; GRDB records it as applied.
        public let identifier: String
        public let sql: String
    }

    /// Every migration, oldest first.
    public static let migrations: [Migration] = [
        Migration(identifier: "0001_graph", sql: text(PackageResources._001_graph_sql)),
        Migration(identifier: "0002_fact_pair_index", sql: text(PackageResources._002_fact_pair_index_sql)),
        Migration(identifier: "0003_relation_validity", sql: text(PackageResources._003_relation_validity_sql)),
        Migration(identifier: "0004_coded_events", sql: text(PackageResources._004_coded_events_sql)),
        Migration(identifier: "0005_facts_by_predicate", sql: text(PackageResources._005_facts_by_predicate_sql)),
        Migration(identifier: "0006_entity_merge", sql: text(PackageResources._006_entity_merge_sql)),
        Migration(identifier: "0007_object_role", sql: text(PackageResources._007_object_role_sql)),
        Migration(identifier: "0008_pending_index", sql: text(PackageResources._008_pending_index_sql)),
        Migration(identifier: "0009_fact_generation", sql: text(PackageResources._009_fact_generation_sql)),
        Migration(identifier: "0010_fact_statistics", sql: text(PackageResources._010_fact_statistics_sql)),
        Migration(identifier: "0011_fact_pair_covering", sql: text(PackageResources._011_fact_pair_covering_sql)),
        Migration(identifier: "0012_fact_generation_timeline", sql: text(PackageResources._012_fact_generation_timeline_sql)),
        Migration(identifier: "0013_fact_by_article_dropped", sql: text(PackageResources._013_fact_by_article_dropped_sql)),
    ]

    /// Every PostgreSQL migration (`schema/postgres/`), oldest first: the same tables, views and
    /// indexes as `migrations` after the last of them, in PostgreSQL's words.
    public static let postgresMigrations: [Migration] = [
        Migration(identifier: "0001_postgres_graph", sql: text(PackageResources._001_postgres_graph_sql)),
        Migration(identifier: "0002_postgres_fact_year", sql: text(PackageResources._002_postgres_fact_year_sql)),
        Migration(identifier: "0003_postgres_entity_resolution", sql: text(PackageResources._003_postgres_entity_resolution_sql)),
        Migration(identifier: "0004_postgres_bulk_load", sql: text(PackageResources._004_postgres_bulk_load_sql)),
        Migration(identifier: "0005_postgres_partition_bulk_load", sql: text(PackageResources._005_postgres_partition_bulk_load_sql)),
        Migration(identifier: "0006_postgres_import_bulk_load", sql: text(PackageResources._006_postgres_import_bulk_load_sql)),
        Migration(identifier: "0007_postgres_entity_resolution_new_names", sql: text(PackageResources._007_postgres_entity_resolution_new_names_sql)),
    ]

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
