import ArgumentParser
import Entente
import Foundation

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tokenize, tag, parse and find the named entities of texts (spaCy's small English model, run natively).",
        discussion: """
            Each input is read as plain UTF-8 text exactly as given (no page zoning); offsets count \
            Unicode scalars from its start. JSON prints one object per input on one line.

            Examples:
              echo "Russia attacked Ukraine on Tuesday." | entente parse - --format table
              entente parse Examples/articles/01-jet-downed.txt --format conllu
            """)

    @Option(name: .long, help: "Output format: json (one object per input, one per line), conllu or table.")
    var format: ParsedDocumentWriter.Format = .json

    @Argument(help: ArgumentHelp("Text files, directories of them, or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please give at least one file, directory or '-'.") }
        try ArgumentCheck.notEmpty(paths, "<path>")
    }

    func run() throws {
        let files = try InputFile.expand(paths)
        let texts = try files.map { file in try ArticleDecoder.text(from: try file.read(), name: file.name) }
        let pipeline = try NLPPipeline.load()
        var writer = ParsedDocumentWriter(format: format) { Output.write($0) }
        // Short texts go through the networks in batches; long ones piece by piece.
        let batchSize = 64
        var start = 0
        while start < texts.count {
            let end = min(start + batchSize, texts.count)
            let short = texts[start..<end].allSatisfy { $0.utf8.count <= NLPPipeline.pieceLength }
            if short {
                for (offset, document) in pipeline.parse(Array(texts[start..<end])).enumerated() {
                    writer.beginDocument(source: files[start + offset].name)
                    writer.write(document)
                    writer.endDocument()
                }
            } else {
                for index in start..<end {
                    writer.beginDocument(source: files[index].name)
                    pipeline.parsePieces(of: texts[index]) { writer.write($0) }
                    writer.endDocument()
                }
            }
            start = end
        }
    }
}

