/// The predicates Entente knows, by name.
///
/// The standard vocabulary ships as `Data/predicates.tsv` (embedded in the
/// binary); it covers every PLOVER event type plus the structural relations.
/// Each Goldstein score is CAMEO's for the predicate's event code.
public struct PredicateVocabulary: Sendable {
    /// Every definition, by name.
    public private(set) var definitions: [String: PredicateDefinition]

    /// A vocabulary of these definitions; a later one of a name replaces an earlier.
    public init(_ definitions: [PredicateDefinition] = []) {
        self.definitions = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The definition of `name`, if the vocabulary has it.
    public subscript(name: String) -> PredicateDefinition? { definitions[name] }

    /// Every definition, sorted by name.
    public var sorted: [PredicateDefinition] { definitions.values.sorted { $0.name < $1.name } }

    /// Adds `definition`, replacing one of its name.
    public mutating func add(_ definition: PredicateDefinition) {
        definitions[definition.name] = definition
    }

    /// The vocabulary shipped with Entente.
    public static let standard: PredicateVocabulary = {
        do {
            return PredicateVocabulary(try parse(tsv: EmbeddedData.predicates, file: "predicates.tsv"))
        } catch {
            preconditionFailure("the embedded predicate vocabulary is broken: \(error)")
        }
    }()

    /// Reads a vocabulary table: a header, then `name class cameo plover goldstein symmetric description`.
    public static func parse(tsv text: String, file: String) throws(DataFileError) -> [PredicateDefinition] {
        var definitions: [PredicateDefinition] = []
        for (lineNumber, fields) in TabSeparatedLines(text).dropFirst() {
            let location = DataFileError.Location(file: file, line: lineNumber)
            guard fields.count == 7 else {
                throw DataFileError(location, "expected 7 tab-separated fields, found \(fields.count)")
            }
            guard PredicateDefinition.isValidName(fields[0]) else {
                throw DataFileError(location, "'\(fields[0])' is not a predicate name (lower-case letters and '_')")
            }
            guard let relationClass = RelationClass(parsing: fields[1]) else {
                throw DataFileError(location, "'\(fields[1])' is not a relation class")
            }
            let goldstein: Double?
            if fields[4].isEmpty {
                goldstein = nil
            } else if let score = Double(fields[4]), (-10...10).contains(score) {
                goldstein = score
            } else {
                throw DataFileError(location, "'\(fields[4])' is not a Goldstein score between -10 and 10")
            }
            definitions.append(
                PredicateDefinition(
                    name: fields[0], relationClass: relationClass,
                    cameo: fields[2].isEmpty ? nil : fields[2], plover: fields[3].isEmpty ? nil : fields[3],
                    goldstein: goldstein, isSymmetric: fields[5] == "1", description: fields[6]))
        }
        return definitions
    }
}
