import EntenteNLPModel
@testable import EntenteNLP

/// The model built into the binary, opened for the tests that look at its parts.
enum ModelFixture {
    static var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: entente_nlp_model_bytes(), count: entente_nlp_model_size())
    }

    static func file() throws -> NLPModelFile { try NLPModelFile(bytes: bytes) }
}
