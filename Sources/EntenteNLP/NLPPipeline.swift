import EntenteNLPModel

/// spaCy's small English pipeline (`en_core_web_sm` 3.8), run natively: tokenizer, tok2vec, tagger,
/// dependency parser, attribute ruler, lemmatizer and named-entity recogniser, inference only.
///
/// Load it once per process with ``load()``; the pipeline is immutable and may parse from several
/// threads at once.
public final class NLPPipeline: Sendable {
    /// Texts longer than this many Unicode scalars are parsed in pieces cut at a paragraph break, a
    /// line break, a sentence end or a space, so memory stays bounded; spaCy refuses such texts
    /// beyond a million characters, so only very long inputs can differ from it, at the cuts.
    public static let pieceLength = 20_000

    /// Token count at which a batch of short texts is run through the networks together.
    static let batchTokens = 2_048

    let tokenizer: Tokenizer
    let vocabulary: Vocabulary
    let tok2vec: Tok2Vec
    let entityTok2vec: Tok2Vec
    let tagger: Tagger
    let parser: DependencyParser
    let attributeRuler: AttributeRuler
    let lemmatizer: Lemmatizer
    let recognizer: EntityRecognizer
    /// The model's name and version, for example `en_core_web_sm 3.8.0`.
    public let modelDescription: String

    private static let shared = Result<NLPPipeline, any Error> {
        let bytes = UnsafeRawBufferPointer(start: entente_nlp_model_bytes(), count: entente_nlp_model_size())
        defer { entente_nlp_model_release_pages() }
        return try NLPPipeline(modelBytes: bytes)
    }

    /// The pipeline built into the binary, loaded on first use and shared by the whole process.
    public static func load() throws -> NLPPipeline {
        try shared.get()
    }

    /// Builds a pipeline from the bytes of an Entente model file (see `scripts/export-nlp-model.py`).
    public init(modelBytes: UnsafeRawBufferPointer) throws {
        MatrixProduct.useOneThread()
        let model = try NLPModelFile(bytes: modelBytes)
        let name: String = try model.table("model")
        let version: String = try model.table("version")
        modelDescription = "\(name) \(version)"
        tokenizer = try Tokenizer(rules: TokenizerRules(json: try model.table("tokenizer") as Any))
        vocabulary = try Vocabulary(model: model)
        tok2vec = try Tok2Vec(model: model, prefix: "tok2vec", rows: [5000, 1000, 2500, 2500, 50, 50],
                              seeds: try model.table("tok2vec_seeds"))
        entityTok2vec = try Tok2Vec(model: model, prefix: "ner.tok2vec", rows: [5000, 1000, 2500, 2500],
                                    seeds: try model.table("ner_tok2vec_seeds"))
        tagger = try Tagger(model: model)
        parser = try DependencyParser(model: model)
        attributeRuler = try AttributeRuler(json: try model.table("attribute_ruler") as Any)
        lemmatizer = try Lemmatizer(json: try model.table("lemmatizer") as Any)
        recognizer = try EntityRecognizer(model: model)
        // The model header's JSON objects are gone; give their heap back rather than carry it
        // through a long parse.
        entente_release_free_memory()
    }

    /// Parses one text.
    public func parse(_ text: String) -> Document {
        parse([text])[0]
    }

    /// Parses many texts, running the networks on batches of them; the result of each text does not
    /// depend on the others.
    public func parse(_ texts: [String]) -> [Document] {
        var documents: [Document?] = Array(repeating: nil, count: texts.count)
        var batch: [(index: Int, pieces: [TokenizedPiece])] = []
        var batchTokens = 0
        var runner = BatchRunner(pipeline: self)
        func flush() {
            guard !batch.isEmpty else { return }
            let parsed = runner.run(batch.map(\.pieces))
            for (entry, document) in zip(batch, parsed) { documents[entry.index] = document }
            batch.removeAll(keepingCapacity: true)
            batchTokens = 0
        }
        for (index, text) in texts.enumerated() {
            if text.utf8.count > Self.pieceLength && text.unicodeScalars.count > Self.pieceLength {
                flush()
                var pieces: [Document] = []
                parsePieces(of: text, runner: &runner) { pieces.append($0) }
                documents[index] = Document(concatenating: pieces)
                continue
            }
            let tokens = tokenizer.tokenize(text)
            batch.append((index, tokens))
            batchTokens += tokens.count
            if batchTokens >= Self.batchTokens { flush() }
        }
        flush()
        return documents.map { $0! }
    }
}

extension NLPPipeline {
    /// Parses a text of any length piece by piece (see ``pieceLength``), handing each piece's
    /// document to `body` with offsets and token indices counted from the start of the whole text,
    /// so a caller can write results out without holding the whole document.
    public func parsePieces(of text: String, _ body: (Document) throws -> Void) rethrows {
        var runner = BatchRunner(pipeline: self)
        try parsePieces(of: text, runner: &runner, body)
    }

    private func parsePieces(
        of text: String, runner: inout BatchRunner, _ body: (Document) throws -> Void
    ) rethrows {
        var tokensBefore = 0
        for piece in TextPieces(text, maximumLength: Self.pieceLength) {
            let tokens = tokenizer.tokenize(piece.text).map { $0.shifted(by: piece.offset) }
            let document = runner.run([tokens])[0].shifted(byTokens: tokensBefore)
            tokensBefore += document.tokens.count
            try body(document)
        }
    }
}

extension TokenizedPiece {
    func shifted(by offset: Int) -> TokenizedPiece {
        var copy = self
        copy.start += offset
        copy.end += offset
        return copy
    }
}
