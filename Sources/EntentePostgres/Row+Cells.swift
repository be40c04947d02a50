import EntenteQuery

/// The cells of a row read by position, typed as the statement selected them.
extension Array where Element == QueryValue {
    func int(_ index: Int) -> Int64 {
        if case .integer(let number) = self[index] { return number }
        if case .double(let number) = self[index] { return Int64(number) }
        // A walk's count, in a column of names.
        if case .string(let text) = self[index] { return Int64(text) ?? 0 }
        return 0
    }

    func count(_ index: Int) -> Int { Int(int(index)) }

    func optionalInt(_ index: Int) -> Int64? {
        self[index] == .null ? nil : int(index)
    }

    func string(_ index: Int) -> String {
        optionalString(index) ?? ""
    }

    func optionalString(_ index: Int) -> String? {
        switch self[index] {
        case .null: nil
        case .string(let text): text
        default: self[index].description
        }
    }

    func double(_ index: Int) -> Double {
        optionalDouble(index) ?? 0
    }

    func optionalDouble(_ index: Int) -> Double? {
        switch self[index] {
        case .double(let number): number
        case .integer(let number): Double(number)
        default: nil
        }
    }

    func flag(_ index: Int) -> Bool { int(index) != 0 }
}
