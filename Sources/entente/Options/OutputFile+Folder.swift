import Entente
import Glibc

extension OutputFile {
    /// For an option that writes a folder of files (`--frames-by`): fails before any work is
    /// done unless the folder exists and is writable, or can be made in a writable folder.
    func checkFolder() throws(WriteError) {
        if isStandardOutput { throw failure("standard output is not a directory") }
        if path.isEmpty { throw failure("an empty name names no directory") }
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw failure("it exists and is not a directory") }
            if access(path, W_OK) != 0 { throw failure(Self.folderReason(errno, path)) }
            return
        }
        let code = errno
        guard code == ENOENT else { throw failure(code == ENOTDIR ? "a part of the path is not a directory" : Self.reason(code)) }
        let parent = PathName(try Self.followingLinks(path)).directory
        var parentInfo = stat()
        guard stat(parent, &parentInfo) == 0 else { throw failure(Self.folderReason(errno, parent)) }
        guard parentInfo.st_mode & S_IFMT == S_IFDIR else { throw failure("'\(parent)' is not a directory") }
        if access(parent, W_OK) != 0 { throw failure(Self.folderReason(errno, parent)) }
    }

    /// Makes the folder when it is missing (one level: its parent must exist).
    func makeFolder() throws(WriteError) {
        try checkFolder()
        var info = stat()
        guard stat(path, &info) != 0 else { return }
        // A dangling link is made real at its target; the link stays.
        let folder = try Self.followingLinks(path)
        if mkdir(folder, 0o777) != 0, errno != EEXIST { throw failure(Self.folderReason(errno, PathName(folder).directory)) }
    }

    /// A file inside this folder.
    func appending(_ name: String) -> OutputFile {
        OutputFile(path: PathName.joining(path, name))
    }
}
