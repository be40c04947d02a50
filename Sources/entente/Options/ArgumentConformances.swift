// Library types the command line parses directly.
public import ArgumentParser
public import Entente

extension ArticleDecoder.Format: ExpressibleByArgument {}
extension TriplesReader.Format: ExpressibleByArgument {}
extension EventImport.IndexRebuild: ExpressibleByArgument {}
extension ParsedDocumentWriter.Format: ExpressibleByArgument {}
extension EntityKind: ExpressibleByArgument {}
extension FactDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
extension Timeline.Bucket: ExpressibleByArgument {}
extension GraphStore.Direction: ExpressibleByArgument {}
extension TimeWindow: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
