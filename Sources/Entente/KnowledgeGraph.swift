import Foundation

/// Entente's main entry point, the one the command line, a server and an MCP server call alike:
/// an extractor in front of a graph store, and the query language over it.
///
/// For example:
///
///     let graph = KnowledgeGraph(store: try GraphStore.open(path: "entente.sqlite"))
///     let report = graph.ingest(try InputFile.expand(["Examples/articles"]))
///     let answer = try graph.answer(QueryRequest(#"MATCH ("Russia")-[r]->(b) RETURN b"#))
///
/// Each article is stored in its own transaction; a file that cannot be read is reported and
/// stores nothing. A query's failure is a `QueryFailure` saying what happened and, for a budget,
/// which one stopped it.
public struct KnowledgeGraph: Sendable {
    /// The store the graph lives in: SQLite's `GraphStore`, or any other `GraphStoring`.
    public let store: any GraphStoring
    private var configuredExtractor: Extractor?

    /// What reads articles into entities and facts: the standard one unless given, built on
    /// first use, so a graph that only answers queries never builds one.
    public var extractor: Extractor {
        get { configuredExtractor ?? Extractor.standard }
        set { configuredExtractor = newValue }
    }

    /// A graph in `store`, read by `extractor` (the standard one when nil).
    public init(store: any GraphStoring, extractor: Extractor? = nil) {
        self.store = store
        self.configuredExtractor = extractor
    }

    /// Extracts and stores every article of every file.
    /// `progress`, when given, hears after each file how far the ingest has come.
    public func ingest(
        _ files: [InputFile], format: ArticleDecoder.Format = .auto, progress: ((IngestProgress) -> Void)? = nil
    ) -> IngestReport {
        var report = IngestReport()
        let start = DispatchTime.now().uptimeNanoseconds
        for (position, file) in files.enumerated() {
            defer {
                progress?(IngestProgress(
                    file: file.name, filesDone: position + 1, files: files.count,
                    articles: report.articlesNew + report.articlesUnchanged, factsAdded: report.factsAdded,
                    elapsed: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            }
            let bytes: [UInt8]
            do {
                bytes = try file.read()
            } catch {
                report.failures.append(.init(file.name, error))
                continue
            }
            ingest(bytes, name: file.name, format: format, into: &report)
        }
        return report
    }

    /// Extracts and stores every article of `bytes` (text, JSON or JSON Lines, as a file holds
    /// them), named `name` in the report: the articles an HTTP client posts.
    public func ingest(_ bytes: [UInt8], name: String, format: ArticleDecoder.Format = .auto) -> IngestReport {
        var report = IngestReport()
        ingest(bytes, name: name, format: format, into: &report)
        return report
    }

    private func ingest(_ bytes: [UInt8], name: String, format: ArticleDecoder.Format, into report: inout IngestReport) {
        let pages: [ArticlePage]
        do {
            pages = try ArticleDecoder.pages(from: bytes, name: name, format: format)
        } catch {
            report.failures.append(.init(name, error))
            return
        }
        for page in pages {
            do {
                let outcome = try store(page)
                report.record(outcome, file: name, title: page.title, undated: page.published == nil)
                if outcome.status == .stored, let warning = page.yearlessDatelineWarning(file: name) {
                    report.warnings.append(.init(file: name, message: warning))
                }
            } catch {
                report.failures.append(.init(name, error))
            }
        }
    }
}

extension KnowledgeGraph {
    /// Extracts and stores one page in one transaction, streaming its facts into the store.
    public func store(_ page: ArticlePage) throws -> IngestOutcome {
        try store.ingest(page.article(), vocabulary: extractor.vocabulary) { writer in
            _ = try extractor.read(page, mention: { entity, _ in try writer.add(entity) }, fact: { try writer.add($0) })
        }
    }
}

/// What an ingest did, article by article.
public struct IngestReport: Sendable, Equatable, Codable {
    /// A file or article that could not be stored, and why.
    public struct Failure: Sendable, Equatable, Codable, CustomStringConvertible {
        /// The file.
        public var file: String
        /// What happened.
        public var message: String
        /// What a user can change, when the store said.
        public var remedy: Remedy?

        init(file: String, message: String, remedy: Remedy? = nil) {
            self.file = file
            self.message = message
            self.remedy = remedy
        }

        init(_ file: String, _ error: any Error) {
            self.init(file: file, message: "\(error)", remedy: (error as? StoreError)?.remedy)
        }

        public var description: String { message.hasPrefix(file) ? message : "\(file): \(message)" }
    }

    public struct ArticleResult: Sendable, Equatable, Codable {
        public var file: String
        public var title: String?
        public var status: String
        public var factsAdded: Int
    }

    public var articles: [ArticleResult] = []
    public var articlesNew = 0
    public var articlesUnchanged = 0
    /// New articles with no publication date: their facts are undated unless the text dates them.
    public var articlesUndated = 0
    public var entitiesAdded = 0
    public var factsAdded = 0
    public var failures: [Failure] = []
    /// What was stored but should be known, in the shape of a failure (the file, and what to
    /// know): an article whose dateline gives no year and that has no publication date.
    public var warnings: [Failure] = []

    mutating func record(_ outcome: IngestOutcome, file: String, title: String?, undated: Bool) {
        articles.append(.init(file: file, title: title, status: outcome.status.rawValue, factsAdded: outcome.factsAdded))
        switch outcome.status {
        case .stored:
            articlesNew += 1
            if undated { articlesUndated += 1 }
        case .unchanged:
            articlesUnchanged += 1
        }
        entitiesAdded += outcome.entitiesAdded
        factsAdded += outcome.factsAdded
    }
}

extension KnowledgeGraph {
    /// Extracts and stores articles given as text, named for messages.
    public func ingest(examples: [(name: String, text: String)]) -> IngestReport {
        var report = IngestReport()
        for (name, text) in examples {
            let page = PageReader.read(text)
            do {
                let outcome = try store(page)
                report.record(outcome, file: name, title: page.title, undated: page.published == nil)
            } catch {
                report.failures.append(.init(name, error))
            }
        }
        return report
    }
}

/// How far an ingest has come, after each file.
public struct IngestProgress: Sendable {
    public var file: String
    public var filesDone: Int
    public var files: Int
    public var articles: Int
    public var factsAdded: Int
    /// Seconds since the ingest started.
    public var elapsed: Double
}
