import ArgumentParser

/// `--no-domestic`, the same on every view of facts.
struct DomesticOption: ParsableArguments {
    @Flag(name: .long, help: "Leave out domestic facts, whose two parties are one entity (United States (police) arrests United States (civilians)).")
    var noDomestic = false
}
