import Foundation

/// Reads facts extracted outside Entente: JSON Lines, one object per line, or
/// CSV with a header, both with the columns `subject, subject_kind, predicate,
/// object, object_kind, date` and any optional fact field.
///
/// Optional fields: `subject_type`, `object_type`, `class` (needed for a
/// predicate not in the vocabulary), `negated`, `modality`, `speaker`, `role`,
/// `object_role`, `confidence`, `goldstein`, `event_code`, `date_reason`, `evidence`,
/// `sentence`. An empty `date` (or null) leaves the fact undated.
public struct TriplesReader {
    public enum Format: String, Sendable, CaseIterable {
        case auto
        case jsonl
        case csv
    }

    public static let requiredFields = ["subject", "subject_kind", "predicate", "object", "object_kind", "date"]

    public var vocabulary: PredicateVocabulary

    public init(vocabulary: PredicateVocabulary = .standard) {
        self.vocabulary = vocabulary
    }

    /// Every fact in the file, or the first error with its line.
    public mutating func read(_ text: String, name: String, format: Format = .auto) throws(DataFileError) -> [Fact] {
        let resolved = format == .auto ? detect(text, name: name) : format
        var facts: [Fact] = []
        switch resolved {
        case .jsonl, .auto:
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = String(line).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { continue }
                let location = DataFileError.Location(file: name, line: index + 1)
                guard let fields = try? JSONDecoder().decode([String: ScalarJSON].self, from: Data(trimmed.utf8)) else {
                    throw DataFileError(location, "not a JSON object of strings, numbers, booleans and nulls")
                }
                facts.append(try fact(from: fields.mapValues(\.text), at: location))
            }
        case .csv:
            let records: [CSV.Record]
            do {
                records = try CSV.records(text)
            } catch {
                throw DataFileError(.init(file: name, line: error.line), error.message)
            }
            guard let header = records.first else { throw DataFileError(.init(file: name, line: 1), "empty file") }
            let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            for missing in Self.requiredFields where !columns.contains(missing) {
                throw DataFileError(.init(file: name, line: header.line), "the header has no '\(missing)' column")
            }
            for record in records.dropFirst() {
                let location = DataFileError.Location(file: name, line: record.line)
                guard record.fields.count == columns.count else {
                    throw DataFileError(location, "expected \(columns.count) fields, found \(record.fields.count)")
                }
                var fields: [String: String?] = [:]
                for (column, value) in zip(columns, record.fields) { fields[column] = value.isEmpty ? nil : value }
                facts.append(try fact(from: fields, at: location))
            }
        }
        if facts.isEmpty { throw DataFileError(.init(file: name, line: 1), "no facts in the file") }
        return facts
    }

    private func detect(_ text: String, name: String) -> Format {
        if name.lowercased().hasSuffix(".csv") { return .csv }
        if name.lowercased().hasSuffix(".jsonl") || name.lowercased().hasSuffix(".ndjson") { return .jsonl }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") ? .jsonl : .csv
    }

    private mutating func fact(from fields: [String: String?], at location: DataFileError.Location) throws(DataFileError)
        -> Fact
    {
        func value(_ key: String) -> String? {
            guard let raw = fields[key] ?? nil else { return nil }
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        for key in Self.requiredFields where fields[key] == nil && key != "date" {
            throw DataFileError(location, "missing field '\(key)'")
        }
        guard fields.keys.contains("date") else { throw DataFileError(location, "missing field 'date'") }
        func entity(_ role: String) throws(DataFileError) -> Entity {
            guard let name = value(role) else { throw DataFileError(location, "'\(role)' is empty") }
            let kindText = value("\(role)_kind") ?? ""
            guard let kind = EntityKind(parsing: kindText) else {
                throw DataFileError(location, "'\(role)_kind' must be actor, person, place or organisation, not '\(kindText)'")
            }
            let type = kindText.lowercased() == "person" ? "person" : value("\(role)_type")
            return Entity(name: name, kind: kind, type: type)
        }
        let subject = try entity("subject")
        let object = try entity("object")
        guard let label = value("predicate") else { throw DataFileError(location, "'predicate' is empty") }
        let predicate = PredicateDefinition.normalisedName(label)
        if vocabulary[predicate] == nil {
            guard let classText = value("class") else {
                throw DataFileError(
                    location, "unknown predicate '\(label)': give its 'class' (\(RelationClass.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let relationClass = RelationClass(parsing: classText) else {
                throw DataFileError(location, "'\(classText)' is not a relation class")
            }
            vocabulary.add(PredicateDefinition(name: predicate, relationClass: relationClass, description: label))
        }
        var date: FactDate?
        if let text = value("date") {
            guard let parsed = FactDate(parsing: text) else {
                throw DataFileError(location, "'date' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '\(text)'")
            }
            date = parsed
        }
        var negated = false
        if let text = value("negated") {
            switch text.lowercased() {
            case "true", "1", "yes": negated = true
            case "false", "0", "no": negated = false
            default: throw DataFileError(location, "'negated' must be true or false, not '\(text)'")
            }
        }
        var modality = Modality.asserted
        if let text = value("modality") {
            guard let parsed = Modality(rawValue: text.lowercased()) else {
                throw DataFileError(
                    location, "'modality' must be one of \(Modality.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
            }
            modality = parsed
        }
        var confidence = 1.0
        if let text = value("confidence") {
            guard let parsed = Double(text), parsed > 0, parsed <= 1 else {
                throw DataFileError(location, "'confidence' must be a number in (0, 1], not '\(text)'")
            }
            confidence = parsed
        }
        var goldstein: Double?
        if let text = value("goldstein") {
            guard let parsed = Double(text), (-10...10).contains(parsed) else {
                throw DataFileError(location, "'goldstein' must be a number from -10 to 10, not '\(text)'")
            }
            goldstein = parsed
        }
        var sentence: Int?
        if let text = value("sentence") {
            guard let parsed = Int(text), parsed >= 0 else {
                throw DataFileError(location, "'sentence' must be a whole number from 0, not '\(text)'")
            }
            sentence = parsed
        }
        if let code = value("event_code"), !code.allSatisfy(\.isNumber) {
            throw DataFileError(location, "'event_code' must be a CAMEO code of digits, not '\(code)'")
        }
        let evidence = value("evidence").map { Evidence(sentenceIndex: sentence, text: $0) }
        return Fact(
            subject: subject, predicate: predicate, object: object, date: date,
            dateReason: date == nil ? nil : (value("date_reason") ?? "given"), negated: negated, modality: modality,
            speaker: value("speaker").map { Entity(name: $0, kind: .actor, type: "person") }, role: value("role"),
            confidence: confidence, eventCode: value("event_code"), goldstein: goldstein, evidence: evidence,
            objectRole: value("object_role"))
    }
}

/// A JSON value that is not an array or an object, as text.
struct ScalarJSON: Decodable {
    var text: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            text = nil
        } else if let bool = try? container.decode(Bool.self) {
            text = bool ? "true" : "false"
        } else if let int = try? container.decode(Int.self) {
            text = String(int)
        } else if let double = try? container.decode(Double.self) {
            text = String(double)
        } else {
            text = try container.decode(String.self)
        }
    }
}
