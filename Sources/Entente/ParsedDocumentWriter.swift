/// Writes parsed documents as `entente parse` prints them: JSON Lines (one object per input),
/// CoNLL-U, or an aligned table. A long document arrives in pieces (see
/// `NLPPipeline.parsePieces`), so every format is written piece by piece.
public struct ParsedDocumentWriter {
    public enum Format: String, Sendable, CaseIterable {
        case json
        case conllu
        case table
    }

    public let format: Format
    private let emit: (String) -> Void
    private var sentenceNumber = 0
    private var firstSentence = true
    /// Entities are printed after all sentences in JSON; their JSON waits here.
    private var entityJSON: [String] = []

    /// `emit` receives the output text in order.
    public init(format: Format, emit: @escaping (String) -> Void) {
        self.format = format
        self.emit = emit
    }

    public mutating func beginDocument(source: String) {
        firstSentence = true
        entityJSON.removeAll()
        switch format {
        case .json: emit("{\"source\":\(JSONText.string(source)),\"sentences\":[")
        case .conllu: emit("# source = \(source)\n")
        case .table:
            emit("\(source)\n")
        }
    }

    /// One piece of the current document (the whole document when it is short).
    public mutating func write(_ piece: Document) {
        switch format {
        case .json:
            for sentence in piece.sentences {
                emit((firstSentence ? "" : ",") + Self.json(sentence, in: piece))
                firstSentence = false
            }
            entityJSON += piece.entities.map(Self.json)
        case .conllu:
            for sentence in piece.sentences {
                sentenceNumber += 1
                emit(Self.conllu(sentence, in: piece, number: sentenceNumber))
            }
        case .table:
            var table = TextTable(columns: ["i", "text", "lemma", "pos", "tag", "dep", "head", "ent"])
            for sentence in piece.sentences {
                for token in piece.tokens[sentence.tokens.relative(to: piece)] {
                    table.rows.append([
                        String(token.index), Self.visible(token.text), Self.visible(token.lemma), token.pos, token.tag,
                        token.dep, String(token.head), token.entityTag,
                    ])
                }
            }
            if !table.rows.isEmpty { emit(table.rendered(maxWidth: 40) + "\n") }
        }
    }

    public mutating func endDocument() {
        if format == .json {
            emit("],\"entities\":[" + entityJSON.joined(separator: ",") + "]}\n")
            entityJSON.removeAll()
        }
    }

    static func json(_ sentence: Document.Sentence, in piece: Document) -> String {
        var text = "{\"start\":\(sentence.start),\"end\":\(sentence.end),\"tokens\":["
        for (position, token) in piece.tokens[sentence.tokens.relative(to: piece)].enumerated() {
            if position > 0 { text += "," }
            text += "{\"i\":\(token.index),\"text\":\(JSONText.string(token.text)),\"start\":\(token.start)"
            text += ",\"end\":\(token.end),\"ws\":\(token.spaceAfter),\"tag\":\(JSONText.string(token.tag))"
            text += ",\"pos\":\(JSONText.string(token.pos)),\"morph\":\(JSONText.string(token.morph))"
            text += ",\"lemma\":\(JSONText.string(token.lemma)),\"head\":\(token.head)"
            text += ",\"dep\":\(JSONText.string(token.dep)),\"ent\":\(JSONText.string(token.entityTag))}"
        }
        return text + "]}"
    }

    static func json(_ entity: Document.Entity) -> String {
        "{\"start\":\(entity.start),\"end\":\(entity.end),\"label\":\(JSONText.string(entity.label)),"
            + "\"text\":\(JSONText.string(entity.text))}"
    }

    /// One CoNLL-U block: heads count from 1 within the sentence (0 for the root, and for a head
    /// outside the sentence, which CoNLL-U cannot express); whitespace in a form is escaped.
    static func conllu(_ sentence: Document.Sentence, in piece: Document, number: Int) -> String {
        let range = sentence.tokens.relative(to: piece)
        let first = sentence.tokens.lowerBound
        let sentenceText = piece.text(of: range).map { $0.isNewline || $0 == "\t" ? " " : $0 }
        var block = "# sent_id = \(number)\n# text = \(String(sentenceText))\n"
        for token in piece.tokens[range] {
            let id = token.index - first + 1
            let head = token.head == token.index || !sentence.tokens.contains(token.head) ? 0 : token.head - first + 1
            var misc: [String] = []
            if !token.spaceAfter { misc.append("SpaceAfter=No") }
            if token.entityIOB != "O" { misc.append("NER=\(token.entityTag)") }
            let fields = [
                String(id), escaped(token.text), escaped(token.lemma), token.pos.isEmpty ? "_" : token.pos,
                token.tag.isEmpty ? "_" : token.tag, token.morph.isEmpty ? "_" : token.morph, String(head),
                head == 0 ? "root" : token.dep, "_", misc.isEmpty ? "_" : misc.joined(separator: "|"),
            ]
            block += fields.joined(separator: "\t") + "\n"
        }
        return block + "\n"
    }

    /// CoNLL-U forms cannot hold tabs or line breaks; spaCy's whitespace tokens are written with
    /// backslash escapes (`\n`, `\t`, `\s` for a space).
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case " ": result += "\\s"
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result.isEmpty ? "_" : result
    }

    static func visible(_ text: String) -> String {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } ? escaped(text) : text
    }
}

extension Range<Int> {
    /// Token positions of the whole document as positions in one of its pieces.
    fileprivate func relative(to piece: Document) -> Range<Int> {
        let base = piece.tokens.first?.index ?? 0
        return (lowerBound - base)..<(upperBound - base)
    }
}

/// JSON string literals, written by hand because documents are printed piece by piece.
enum JSONText {
    static func string(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
