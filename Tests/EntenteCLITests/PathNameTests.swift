import Entente
import Testing

/// Output paths are cut as text (Foundation's deletingLastPathComponent traps on `-`, `.` and
/// any bare name), so the cutting is tested on exactly those.
@Suite struct PathNameTests {
    @Test(arguments: [
        ("-", ".", "-"), (".", ".", "."), ("a", ".", "a"), ("/", "/", ""), ("/a", "/", "a"), ("a/b", "a", "b"),
        ("a/b/", "a", "b"), ("a//b", "a/", "b"), ("/x/y.dot", "/x", "y.dot"), ("", ".", ""),
    ])
    func splits(path: String, directory: String, name: String) {
        let parts = PathName(path)
        #expect(parts.directory == directory)
        #expect(parts.name == name)
    }

    @Test(arguments: [
        ("g.dot", "g.svg"), ("out/g.dot", "out/g.svg"), ("./g.dot", "./g.svg"), ("/g.dot", "/g.svg"),
        ("graph", "graph.svg"), (".hidden", ".hidden.svg"), ("a.b/c", "a.b/c.svg"), ("x.tar.gz", "x.tar.svg"),
    ])
    func replacesTheExtensionOfTheLastPart(path: String, expected: String) {
        #expect(PathName.replacingExtension(of: path, with: "svg") == expected)
    }
}
