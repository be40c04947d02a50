/// A model file that cannot be used: wrong format, missing table or tensor, or a shape that does
/// not fit the network. The message names what is wrong.
struct NLPModelError: Error, CustomStringConvertible {
    let message: String

    var description: String { message }
}

extension NLPModelError {
    init(_ message: String) { self.init(message: message) }
}
