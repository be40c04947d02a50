import ArgumentParser
import Glibc

@main
struct EntenteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "Turn news articles into a dated, queryable graph of who does what to whom.",
        discussion: """
            Entente reads articles (plain text as copied from a page, JSON or JSON Lines), finds the \
            actors, places and organisations they name and the relations between them, and keeps them \
            in an SQLite graph with dates, sources, negation, modality and confidence.

            Start with 'entente demo', then try 'entente facts --about Turkey'.
            """,
        version: EntenteVersion.current,
        subcommands: [
            Demo.self, Ingest.self, Extract.self, Parse.self, Import.self, Entities.self, Merge.self, Facts.self, Stats.self, QueryCommand.self, Paths.self, TimelineCommand.self, SnapshotCommand.self, DiffCommand.self, ChangesCommand.self, ExportCommand.self, Evaluate.self, Serve.self, MCPServe.self,
            IndexCommand.self, Migrate.self,
        ]
    )

    static func main() {
        // Past a file size limit (`ulimit -f`) a write should fail with EFBIG and be reported
        // like a full disk, not kill the process with SIGXFSZ halfway through a file.
        signal(SIGXFSZ, SIG_IGN)
        // As ArgumentParser's own `main`, with the library's errors in the command line's words.
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: CommandLineAdvice.error(for: error))
        }
    }
}

enum EntenteVersion {
    static let current = "0.1.0"
}
