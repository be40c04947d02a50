import ArgumentParser
import Entente

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database, or bring it up to this version's schema.",
        discussion: """
            Writing commands do this on their own; reading commands open the database read-only \
            and ask for it. Like every writing command, it also rebuilds the fact indexes a bulk \
            import dropped and could not rebuild because it was stopped.

            Example:
              entente migrate --db graph.sqlite
            """)

    @OptionGroup var store: StoreOptions

    func run() throws {
        let stats = try store.open(.readWrite).statistics()
        Output.write("\(store.path): schema \(stats.schemaVersion), \(stats.articles) articles, \(stats.facts) facts.\n")
    }
}
