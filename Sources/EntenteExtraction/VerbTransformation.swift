public import EntenteModel

/// A rewrite of a nested event, from PETRARCH2's verb dictionary: when an actor says, claims or
/// wants that someone does something, the event coded is the actor's, with a code of its own.
///
/// `~ a (a b ATTACK) SAY = a b 015`: a says it attacked b → a→b 015 (claim responsibility).
/// Actors are variables: `.` is any actor, `_` none. Verbs are lemmas of the verb dictionary
/// (their codes and sub-codes match), `Q` any verb; a new code `Q` keeps the lower verb's code.
public struct VerbTransformation: Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var lowerSource: String
    public var lowerTarget: String
    public var lowerVerb: String
    public var upperVerb: String
    public var newSource: String
    public var newTarget: String
    public var code: String
    /// Where it was read: the data file and line.
    public var location: DataFileError.Location

    public init(
        source: String, lowerSource: String, lowerTarget: String, lowerVerb: String, upperVerb: String,
        newSource: String, newTarget: String, code: String, location: DataFileError.Location
    ) {
        self.source = source
        self.lowerSource = lowerSource
        self.lowerTarget = lowerTarget
        self.lowerVerb = lowerVerb
        self.upperVerb = upperVerb
        self.newSource = newSource
        self.newTarget = newTarget
        self.code = code
        self.location = location
    }

    /// Reads `~ a (b c LOWER) UPPER = d e CODE`.
    public init(petrarch text: some StringProtocol, location: DataFileError.Location) throws(DataFileError) {
        var body = Substring(text).drop { $0.isWhitespace }
        guard body.hasPrefix("~") else { throw DataFileError(location, "a transformation starts with '~'") }
        body = body.dropFirst()
        let sides = body.split(separator: "=", omittingEmptySubsequences: false)
        let left = sides[0].split { $0.isWhitespace || $0 == "(" || $0 == ")" }
        let right = sides.count == 2 ? sides[1].split(whereSeparator: \.isWhitespace) : []
        guard sides.count == 2, left.count == 5, right.count == 3, sides[0].contains("("), sides[0].contains(")") else {
            throw DataFileError(location, "a transformation is written '~ a (b c LOWER) UPPER = d e CODE'")
        }
        func verb(_ word: Substring) -> String { word == "Q" ? "Q" : word.lowercased() }
        let code = String(right[2])
        guard code == "Q" || VerbCode(parsing: code)?.active != nil else {
            throw DataFileError(location, "'\(code)' is not a CAMEO code or Q")
        }
        self.init(
            source: String(left[0]), lowerSource: String(left[1]), lowerTarget: String(left[2]),
            lowerVerb: verb(left[3]), upperVerb: verb(left[4]), newSource: String(right[0]), newTarget: String(right[1]),
            code: code, location: location)
    }

    public var description: String {
        "~ \(source) (\(lowerSource) \(lowerTarget) \(lowerVerb)) \(upperVerb) = \(newSource) \(newTarget) \(code)"
    }
}
