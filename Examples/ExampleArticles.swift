/// The example articles of `Examples/articles`, built into the binary so
/// `entente demo` works without the source tree.
public enum ExampleArticles {
    /// Every example article, by file name, in name order.
    public static var all: [(name: String, text: String)] {
        EmbeddedData.files.map { (name: "Examples/articles/" + $0.name, text: $0.text) }
    }
}
