/// A well-formed request that finds nothing to show (an empty period, no relation): an error
/// of the data, exit code 1, not of the command line (64).
struct NothingFound: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
