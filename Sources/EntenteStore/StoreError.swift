import EntenteModel

/// Why the store refused or failed: what happened, and what a user can change (`remedy`) for a
/// front end to say in its own words.
///
/// A public struct around a private kind, so new cases can come without
/// breaking anyone's `switch`; match with the static members:
///
///     catch let error as StoreError where error.kind == .notADatabase { … }
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, to match on.
    public enum Kind: Sendable, Equatable {
        case missingDatabase
        case notADatabase
        case damaged
        case readOnly
        case newerSchema
        case unknownEntity
        case ambiguousEntity
        case unknownPredicate
        case invalidFact
        case invalidMerge
        /// The database is older than this version's schema.
        case outdatedSchema
        /// Another process kept the database locked past the busy timeout.
        case busy
        case sqlite
        /// The database server refused or failed (PostgreSQL).
        case server
    }

    /// What went wrong.
    public let kind: Kind
    /// What happened, in words that name no flag or command.
    public let description: String
    /// What a user can change, if anything.
    public let remedy: Remedy?

    package init(_ kind: Kind, _ description: String, remedy: Remedy? = nil) {
        self.kind = kind
        self.description = description
        self.remedy = remedy
    }

    package static func missingDatabase(_ path: String) -> Self {
        .init(.missingDatabase, "\(path): no such database", remedy: .createDatabase)
    }

    package static func notADatabase(_ path: String) -> Self {
        .init(.notADatabase, "\(path): not an SQLite database; nothing was changed")
    }

    package static func notAFile(_ path: String) -> Self {
        .init(.notADatabase, "\(path): not a database file (a directory, a device or a FIFO); nothing was changed")
    }

    package static func damaged(_ path: String) -> Self {
        .init(
            .damaged,
            "\(path): the database file is damaged (SQLite reports it malformed); nothing was changed. Restore it from a backup, or try: sqlite3 \(path) .recover")
    }

    package static func readOnly(_ path: String) -> Self {
        .init(.readOnly, "\(path): the database is read-only; nothing was changed")
    }

    package static func outdatedSchema(_ path: String) -> Self {
        .init(.outdatedSchema, "\(path): the database needs an upgrade", remedy: .migrate)
    }

    package static func busy(_ path: String) -> Self {
        .init(
            .busy,
            "\(path): another process is writing to the database and kept it locked past the busy timeout; nothing was changed. Try again when it is done",
            remedy: .raiseBusyTimeout)
    }

    package static func newerSchema(_ path: String, unknown: [String]) -> Self {
        .init(
            .newerSchema,
            "\(path): written by a newer Entente (unknown migrations: \(unknown.joined(separator: ", "))); upgrade Entente to open it"
        )
    }

    package static func unknownEntity(_ name: String, suggestions: [String]) -> Self {
        let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
        return .init(.unknownEntity, "no entity named '\(name)'\(hint)")
    }

    package static func ambiguousEntity(_ name: String, candidates: [EntityRow]) -> Self {
        let list = candidates.map { "  #\($0.id) \($0.describedWithCodes)" }.joined(separator: "\n")
        let first = candidates[0]
        var picks: [String] = []
        let firstKey = NameKey(first.name)
        if !candidates.dropFirst().contains(where: { $0.kind == first.kind && NameKey($0.name) == firstKey }) {
            picks.append("'\(first.kind.rawValue):\(first.name)'")
        }
        if first.type != "person", let code = first.cameo ?? first.iso3, !candidates.dropFirst().contains(where: { $0.cameo == code || $0.iso3 == code }) {
            picks.append("'code:\(code)'")
        }
        picks.append("'#\(first.id)'")
        return .init(
            .ambiguousEntity,
            "'\(name)' names \(candidates.count) entities:\n\(list)\n"
                + "Pick one by kind, code or id, for example \(picks.joined(separator: " or "))")
    }

    package static func invalidMerge(_ message: String) -> Self {
        .init(.invalidMerge, message)
    }

    /// Two names given to `merge` that denote one entity.
    public static func mergeIntoItself(_ entity: EntityRow) -> Self {
        .invalidMerge("'\(entity.name)' (#\(entity.id)) cannot be merged into itself; nothing was changed")
    }

    package static func unknownPredicate(_ name: String) -> Self {
        .init(.unknownPredicate, "unknown predicate '\(name)': not in the vocabulary and no class given")
    }

    package static func invalidFact(_ message: String) -> Self {
        .init(.invalidFact, message)
    }
}
