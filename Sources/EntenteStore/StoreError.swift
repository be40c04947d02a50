import EntenteModel

/// Why the store refused or failed, in words that say what to do about it.
///
/// A public struct around a private kind, so new cases can come without
/// breaking anyone's `switch`; match with the static members:
///
///     catch let error as StoreError where error.kind == .notADatabase { … }
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
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
        case sqlite
    }

    public let kind: Kind
    public let description: String

    package init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    package static func missingDatabase(_ path: String) -> Self {
        .init(.missingDatabase, "\(path): no such database (create one with 'entente ingest' or 'entente demo')")
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
