import EntenteStore
import EntenteQuery
import Foundation
import GRDB

extension SQLStatement {
    /// The arguments to bind, with `idList` for the statement's id list.
    func databaseArguments(idList: QueryValue) -> StatementArguments {
        StatementArguments(boundValues: arguments.map { argument in
            switch argument {
            case .value(let value): value.databaseValue
            case .idList: idList.databaseValue
            }
        })
    }
}

extension StatementArguments {
    /// Arguments of these values. GRDB's initializer for a sequence of one value type reads each
    /// value through a key path it builds anew on every call (its generic code is not specialized
    /// for ours), which cost a short query microseconds; a sequence of optional existentials is
    /// read with a closure.
    init(boundValues values: [DatabaseValue]) {
        self.init(values.map { $0 as (any DatabaseValueConvertible)? })
    }
}

/// A statement of a search, prepared once and run once per level with that level's entities.
struct PreparedStep {
    let statement: Statement
    private let values: [DatabaseValue]
    private let idListIndex: Int?

    init(_ sql: SQLStatement, _ db: Database) throws {
        statement = try db.cachedStatement(sql: sql.text)
        values = sql.arguments.map { argument in
            if case .value(let value) = argument { return value.databaseValue }
            return .null
        }
        idListIndex = sql.arguments.firstIndex(of: .idList)
    }

    /// The arguments with `ids` (as the dialect writes an id list) in the id list's place.
    func arguments(_ ids: QueryValue) -> StatementArguments {
        var bound = values
        if let idListIndex { bound[idListIndex] = ids.databaseValue }
        return StatementArguments(boundValues: bound)
    }
}

extension QueryValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null, .hop, .path: .null
        case .integer(let value): value.databaseValue
        case .double(let value): value.databaseValue
        case .string(let value): value.databaseValue
        case .bool(let value): value.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .blob(let data): self = .string(data.base64EncodedString())
        }
    }
}
