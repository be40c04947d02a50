/// The values of a query's `$name` parameters, as a front end receives them: `name=value` text.
public enum QueryParameters {
    /// A `name=value` item that is not one.
    public struct Malformed: Error, Sendable, Equatable, CustomStringConvertible {
        /// The item as given.
        public var item: String

        /// The item `item`, not name=value.
        public init(item: String) { self.item = item }
        /// What is wrong with it.
        public var description: String { "'\(item)' is not name=value" }
    }

    /// The parameters of `name=value` items: each value an integer if it reads as one, else a
    /// number, else text; a later item replaces an earlier one of the same name.
    public static func parse(_ items: [String]) throws(Malformed) -> [String: QueryValue] {
        var parameters: [String: QueryValue] = [:]
        for item in items {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else { throw Malformed(item: item) }
            let name = String(item[..<equals])
            let value = String(item[item.index(after: equals)...])
            if let integer = Int64(value) {
                parameters[name] = .integer(integer)
            } else if let number = Double(value) {
                parameters[name] = .double(number)
            } else {
                parameters[name] = .string(value)
            }
        }
        return parameters
    }
}
