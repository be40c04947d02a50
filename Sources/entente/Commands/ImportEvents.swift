import ArgumentParser
import Entente
import Foundation

/// `entente import gdelt` and `entente import icews`: the same options, two datasets.
enum ImportEvents {
    struct Options: ParsableArguments {
        @OptionGroup var store: StoreOptions

        @Option(name: .long, parsing: .unconditional, help: "Rows per transaction: an interrupted import keeps whole batches only.")
        var batchSize = 10_000

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Drop the fact indexes during the import and rebuild them once at the end: auto (an import of 100,000 rows or more into a graph with fewer facts), always or never.",
                valueName: "when"))
        var rebuildIndexes: EventImport.IndexRebuild = .auto

        @Option(name: .long, help: "Summary format: table or json.")
        var format: OutputFormat = .table

        @Argument(help: ArgumentHelp("Event files, plain or gzip-compressed; - for standard input.", valueName: "file"))
        var files: [String]

        func validate() throws {
            if batchSize < 1 { throw ValidationError("Please give a --batch-size of at least 1.") }
            if files.isEmpty { throw ValidationError("Please give at least one file, or - for standard input.") }
            try ArgumentCheck.notEmpty(files, "<file>")
            if format == .csv { throw ValidationError("The import summary is a table or JSON.") }
        }

        func run(_ dataset: EventImport.Dataset) throws {
            let store = try store.open(.readWrite)
            let bar = ProgressBar()
            // The adjacency index file reads every fact, as the rebuild does: on the other core at
            // the same time. A failure here is tried again, and reported, just below. (SQLite only.)
            var alongside: (@Sendable () -> Void)? = nil
            if let sqlite = store as? GraphStore {
                alongside = { _ = try? sqlite.buildAdjacencyIndex() }
            }
            let report = try EventImport(dataset: dataset, batchSize: batchSize, indexRebuild: rebuildIndexes).run(
                files, into: store, progress: bar.map { bar in bar.show },
                notice: { notice in
                    bar?.clear()
                    Output.writeError(Self.describe(notice))
                },
                alongsideIndexRebuild: alongside)
            bar?.clear()
            self.store.refreshAfterWriting(store)
            if format == .json {
                try Output.writeJSON(report)
            } else {
                Output.write(Self.summary(report))
            }
            // On stderr, where a failing command's message belongs, and not only inside the summary.
            for problem in report.unreadable { Output.writeError("Error: \(problem)\n") }
            if !report.unreadable.isEmpty { throw ExitCode.failure }
        }

        /// A bulk load says, on stderr, that it drops the indexes and when it rebuilds them.
        static func describe(_ notice: EventImport.Notice) -> String {
            switch notice {
            case .indexesDropped(let names, let estimatedRows):
                let size = estimatedRows.map { " of about \($0) rows" } ?? ""
                return "Bulk load\(size): the \(what(names)) are dropped and rebuilt once at the end "
                    + "(--rebuild-indexes never keeps them). If the import is stopped, the next command that writes rebuilds them.\n"
            case .rebuildingIndexes(let names):
                return "Rebuilding the \(what(names))…\n"
            case .indexesRebuilt(let names, let seconds):
                return "Rebuilt \(what(names)) in " + String(format: "%.1f", seconds) + " s.\n"
            }
        }

        /// "8 fact indexes" on SQLite; on PostgreSQL, whose foreign keys go too, "14 fact indexes and keys".
        private static func what(_ names: [String]) -> String {
            "\(names.count) fact indexes" + (names.contains { $0.hasSuffix("_fkey") } ? " and keys" : "")
        }

        static func summary(_ report: EventImportReport) -> String {
            let rate = report.seconds > 0 ? Int(Double(report.rowsRead) / report.seconds) : 0
            var text = "Read \(report.rowsRead) rows from \(report.files.count) file\(report.files.count == 1 ? "" : "s") in "
                + String(format: "%.1f", report.seconds) + " s (\(rate) rows/s).\n"
            text += "Stored \(report.factsStored) facts (\(report.entitiesAdded) new entities); \(report.alreadyStored) already stored.\n"
            if !report.rebuiltIndexes.isEmpty {
                text += "Bulk load: \(report.rebuiltIndexes.count) fact indexes dropped and rebuilt once at the end.\n"
            }
            if report.skippedTotal > 0 {
                text += "Skipped \(report.skippedTotal) rows:\n"
                for (reason, count) in report.skipped.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                    text += "  \(count)  \(reason)\n"
                }
                text += "First lines skipped per reason:\n"
                for example in report.examples { text += "  \(example)\n" }
            }
            return text
        }
    }

    struct GDELT: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gdelt",
            abstract: "Import GDELT 1.0 or 2.0 event files.",
            discussion: """
                Reads GDELT event exports, tab-separated without a header: 1.0 daily files (58 columns), \
                1.0 backfiles (57) and 2.0 15-minute exports (61), told apart row by row, plain or \
                gzip-compressed. Actors with a country code become that country acting in the role \
                their type code names; the CAMEO event code gives the predicate and class; the action \
                place becomes a place with coordinates; SOURCEURL the article.

                Importing a file twice stores nothing new (events are known by GLOBALEVENTID). Rows \
                that cannot become a fact are counted by reason, with their file and line.

                A large import (100,000 rows or more) into a graph with fewer facts is a bulk load: \
                the fact indexes are dropped and rebuilt once at the end, which is faster than keeping \
                them up to date row by row. If the import is stopped, the next command that writes \
                rebuilds them. --rebuild-indexes always or never decides instead.

                Examples:
                  entente import gdelt 20191024143000.export.CSV
                  entente import gdelt 2016*.export.CSV.gz --batch-size 50000
                  zcat events.gz | entente import gdelt - --rebuild-indexes always
                """)

        @OptionGroup var options: Options

        func run() throws { try options.run(.gdelt) }
    }

    struct ICEWS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "icews",
            abstract: "Import ICEWS coded events or ICEWS temporal-KG files.",
            discussion: """
                Reads the ICEWS coded-event files from Dataverse (20 tab-separated columns after a \
                'Event ID' header; empty or NA when missing) and the four-column form of ICEWS14 and \
                ICEWS05-15 (head, relation, tail, date), plain or gzip-compressed. Events are known by \
                Event ID and date, so importing a file twice stores nothing new.

                Examples:
                  entente import icews events.2018.tab
                  entente import icews icews_2014_train.txt
                """)

        @OptionGroup var options: Options

        func run() throws { try options.run(.icews) }
    }
}
