import ArgumentParser
import Entente

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import facts and events produced elsewhere.",
        subcommands: [ImportTriples.self, ImportEvents.GDELT.self, ImportEvents.ICEWS.self])
}

struct ImportTriples: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triples",
        abstract: "Import facts extracted outside Entente, from JSON Lines or CSV.",
        discussion: """
            Each line (JSON Lines) or row (CSV with a header) is one fact with the fields subject, \
            subject_kind, predicate, object, object_kind and date, plus any of: subject_type, \
            object_type, class, negated, modality, speaker, role, confidence, goldstein, event_code, \
            date_reason, evidence, sentence. Kinds are actor, person, place or organisation; dates are \
            YYYY, YYYY-MM or YYYY-MM-DD (empty for undated). A predicate outside the vocabulary needs a class.

            The whole file is checked before anything is stored: one bad line stores nothing, and the \
            error names the file and line. Importing the same file again changes nothing.

            Examples:
              entente import triples facts.jsonl
              entente import triples facts.csv --input-format csv
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Input format: auto, jsonl or csv.")
    var inputFormat: TriplesReader.Format = .auto

    @Argument(help: ArgumentHelp("The triples file, or - for standard input.", valueName: "file"))
    var file: String

    func validate() throws {
        try ArgumentCheck.notEmpty(file, "<file>", "a file name")
    }

    func run() throws {
        let input = try InputFile.expand([file])
        guard input.count == 1 else { throw ValidationError("Please give one triples file, not a directory.") }
        let opened = try store.open(.readWrite)
        let graph = KnowledgeGraph(store: opened)
        let outcome = try graph.importTriples(input[0], format: inputFormat)
        if outcome.factsAdded > 0 { store.refreshAfterWriting(opened) }
        switch outcome.status {
        case .stored:
            Output.write("Imported \(outcome.factsAdded) facts from \(file) (\(outcome.entitiesAdded) new entities).\n")
        case .unchanged:
            Output.write("\(file) was already imported; nothing changed.\n")
        }
    }
}
