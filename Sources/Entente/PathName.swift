/// A path split as text, without touching the file system: Foundation's `NSString` path
/// methods trap on some inputs (`-` among them), so paths, read or written, are cut here by hand.
public struct PathName: Sendable, Hashable {
    /// The folder part: `.` for a bare name, `/` for a name at the root.
    public let directory: String
    /// The last part, without trailing slashes.
    public let name: String

    public init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            directory = "."
            name = String(trimmed)
            return
        }
        let folder = trimmed[..<slash]
        directory = folder.isEmpty ? "/" : String(folder)
        name = String(trimmed[trimmed.index(after: slash)...])
    }

    /// The path with its last part's extension replaced: `out/g.dot` → `out/g.svg`; a name
    /// without a dot (or only a leading one, `.hidden`) gains the extension.
    public static func replacingExtension(of path: String, with newExtension: String) -> String {
        let parts = PathName(path)
        let stem: Substring
        if let dot = parts.name.lastIndex(of: "."), dot != parts.name.startIndex {
            stem = parts.name[..<dot]
        } else {
            stem = Substring(parts.name)
        }
        let folder = path.hasPrefix("/") || parts.directory != "." || path.hasPrefix("./") ? parts.directory + "/" : ""
        return (folder == "//" ? "/" : folder) + stem + "." + newExtension
    }

    /// `directory/name`, with no doubled slash after the root.
    public static func joining(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
