import EntenteExtraction

extension Extractor {
    /// The extractor with the standard gazetteer, lexicon, vocabulary and dictionaries, built once.
    static let standard = Extractor()
}
