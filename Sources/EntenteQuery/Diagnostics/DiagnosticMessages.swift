/// The catalogue of query diagnostics. Please keep the entries in
/// alphabetical order; an entry's name is its stable id.
extension DiagnosticMessage {
    static func ambiguousEntity(_ name: String) -> Self {
        .init(id: #function, "'\(name)' names more than one entity", label: "ambiguous name")
    }

    static func datePartMismatch(_ function: String, example: String) -> Self {
        .init(id: #function, "\(function)() is a \(function == "year" ? "year" : "month") like \(example); compare it with one", label: "not a \(function)")
    }

    static func expected(_ expected: String, found: QueryToken.Kind) -> Self {
        .init(id: #function, "expected \(expected), found \(found)", label: "expected \(expected)")
    }

    static var expectedParameterName: Self {
        .init(id: #function, "expected a parameter name after '$'")
    }

    static func hopsAboveCap(_ value: Int, cap: Int) -> Self {
        .init(id: #function, "\(value) hops is above the limit of \(cap)", label: "at most \(cap)")
    }

    static var hopsWithoutUpperBound: Self {
        .init(id: #function, "a variable-length hop needs an upper bound, for example *1..3", label: "add '..N'")
    }

    static func impossibleDate(_ text: String) -> Self {
        .init(id: #function, "'\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", label: "not a date")
    }

    static var minimumAboveMaximum: Self {
        .init(id: #function, "the lower bound is above the upper bound")
    }

    static func missingParameter(_ name: String) -> Self {
        .init(id: #function, "no value for parameter '$\(name)'; pass --param \(name)=VALUE", label: "no value")
    }

    static func nestingTooDeep(_ limit: Int) -> Self {
        .init(id: #function, "the expression is nested more than \(limit) levels deep", label: "too deep")
    }

    static func numberTooLarge(_ text: String) -> Self {
        .init(id: #function, "number '\(text)' is too large")
    }

    static var propertiesOfASearchEnd: Self {
        .init(id: #function, "this node can only be given by name here", label: "not searchable")
    }

    static func patternPredicateNewVariable(_ name: String) -> Self {
        .init(id: #function, "'\(name)' is not bound by the MATCH; a pattern predicate only tests the variables it binds", label: "new variable")
    }

    static var patternPredicateNotHere: Self {
        .init(id: #function, "a pattern predicate can only be in the WHERE of a MATCH or an OPTIONAL MATCH", label: "not here")
    }

    static var periodBackwards: Self {
        .init(id: #function, "the period ends before it starts")
    }

    static func tooManyConditions(_ limit: Int) -> Self {
        .init(id: #function, "more than \(limit) conditions joined by AND or OR", label: "one too many")
    }

    static func undefinedVariable(_ name: String) -> Self {
        .init(id: #function, "'\(name)' is not bound by the pattern", label: "not in the pattern")
    }

    static func unexpectedCharacter(_ text: String) -> Self {
        .init(id: #function, "unexpected character '\(text)'")
    }

    static func unknownBucket(_ name: String) -> Self {
        .init(id: #function, "'\(name)' is not a period; use day, week, month, quarter or year", label: "unknown period")
    }

    static func unknownEntity(_ name: String) -> Self {
        .init(id: #function, "no entity named '\(name)'", label: "unknown name")
    }

    static func unknownFunction(_ name: String) -> Self {
        .init(id: #function, "unknown function '\(name)'", label: "unknown function")
    }

    static func unknownKeyword(_ word: String) -> Self {
        .init(id: #function, "unknown keyword '\(word)'", label: "not a keyword")
    }

    static func unknownLabel(_ name: String) -> Self {
        .init(id: #function, "'\(name)' is not a kind or type of entity", label: "unknown label")
    }

    static func unknownProperty(_ name: String, of variable: String) -> Self {
        .init(id: #function, "'\(variable)' has no property '\(name)'", label: "unknown property")
    }

    static func unknownRelation(_ name: String) -> Self {
        .init(id: #function, "'\(name)' is neither a predicate nor a relation class", label: "unknown relation")
    }

    static func unionColumnCount(_ count: Int, expected: Int) -> Self {
        .init(id: #function, "this part of the UNION returns \(count) column\(count == 1 ? "" : "s"), the first \(expected)", label: "\(count) column\(count == 1 ? "" : "s")")
    }

    static var unterminatedString: Self {
        .init(id: #function, "unterminated string", label: "the string starts here and is never closed")
    }

    static func variableReused(_ name: String) -> Self {
        .init(id: #function, "'\(name)' already names a different part of the pattern")
    }

    static func walkConditionMixed(_ names: String) -> Self {
        .init(id: #function, "this condition mixes the variable-length relation '\(names)' with other variables", label: "tests each hop alone")
    }

    static func walkProperty(_ name: String) -> Self {
        .init(id: #function, "'\(name)' is a variable-length relation, a list of hops, with no properties of its own", label: "a list of hops")
    }
}
