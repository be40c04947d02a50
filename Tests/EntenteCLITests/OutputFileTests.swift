import Foundation
import Glibc
import Testing
import EntenteTestSupport

/// Every option that writes a file, against every kind of thing at its path: a device and a
/// FIFO are written in place, a link's target is replaced and the link kept, `-` is standard
/// output, and a folder, a missing or read-only folder or a full disk is one line and no file.
@Suite struct OutputFileTests {
    @Test(arguments: OutputWriter.all) func aDeviceIsWrittenInPlaceNeverReplaced(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let target = try writer.target(in: scratch.path("out"))
        // Root makes its own /dev/null (1,3) and /dev/full (1,7); others link to the real ones,
        // which the command then reaches through the link.
        func makeDevice(_ minor: UInt32, at path: String) {
            if isRoot {
                #expect(mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | minor)) == 0, "mknod failed: \(errno)")
            } else {
                #expect(symlink(minor == 3 ? "/dev/null" : "/dev/full", path) == 0)
            }
        }
        makeDevice(3, at: target)
        let result = try Entente.run(writer.arguments(db, target))
        #expect(result.status == 0, "\(result.stderr)")
        let device = isRoot ? target : "/dev/null"
        #expect(FileKind(at: device) == .characterDevice, "the device was replaced")
        #expect(FileKind.device(of: device) == (1, 3))
        #expect(FileKind.temporaryFiles(in: folder(of: target)).isEmpty)

        unlink(target)
        makeDevice(7, at: target)
        let full = try Entente.run(writer.arguments(db, target))
        #expect(full.status == 1)
        #expect(full.stderr.contains("the disk is full (or a file size limit was reached). Nothing was written."), "\(full.stderr)")
        #expect(FileKind(at: isRoot ? target : "/dev/full") == .characterDevice)
    }

    @Test(arguments: OutputWriter.all) func aFIFOIsWrittenForItsReader(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let target = try writer.target(in: scratch.path("out"))
        #expect(mkfifo(target, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [target]
        let received = Pipe()
        reader.standardOutput = received
        try reader.run()
        let result = try Entente.run(writer.arguments(db, target))
        // Should the command never open the FIFO, a writer that opens and closes it ends the reader.
        let release = open(target, O_WRONLY | O_NONBLOCK)
        if release >= 0 { close(release) }
        let text = String(decoding: received.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text.hasPrefix(writer.head), "the reader got: \(text.prefix(80))")
        #expect(text.count > 1000)
        #expect(FileKind(at: target) == .fifo, "the FIFO was replaced")
    }

    @Test(arguments: OutputWriter.all) func aLinkIsFollowedAndItsTargetKeepsModeAndOwner(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let link = try writer.target(in: scratch.path("out"))
        let kept = try scratch.write("elsewhere/kept.file", "old\n")
        #expect(chmod(kept, 0o600) == 0)
        if isRoot { #expect(chown(kept, 4242, 4343) == 0) }
        // A relative link, read from the link's own folder.
        let relative = link.hasPrefix(scratch.path("out/frames")) ? "../../elsewhere/kept.file" : "../elsewhere/kept.file"
        #expect(symlink(relative, link) == 0)
        let result = try Entente.run(writer.arguments(db, link))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileKind(at: link) == .link, "the link was replaced")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == relative)
        #expect(try String(contentsOfFile: kept, encoding: .utf8).hasPrefix(writer.head))
        #expect(FileKind.mode(of: kept) == 0o600)
        if isRoot { #expect(FileKind.owner(of: kept) == (4242, 4343)) }
        #expect(FileKind.temporaryFiles(in: scratch.path("elsewhere")).isEmpty)
        #expect(FileKind.temporaryFiles(in: folder(of: link)).isEmpty)
    }

    @Test(arguments: OutputWriter.all) func aDashIsStandardOutputOrRefused(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let result = try Entente.run(writer.arguments(db, "-"), in: scratch.url)
        if let refusal = writer.refusesStandardOutput {
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: " + refusal), "\(result.stderr)")
        } else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix(writer.head))
            #expect(!result.stdout.contains("\nperiod "), "the timeline's table was mixed into the chart")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("-")), "a file named '-' was written")
    }

    @Test(arguments: OutputWriter.all) func aFolderAtThePathIsRefused(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let target = try writer.target(in: scratch.path("out"))
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        let result = try Entente.run(writer.arguments(db, target))
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Cannot write '\(target)': it is a directory. Nothing was written.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder(of: target)) == [writer.fileName])
    }

    @Test(arguments: OutputWriter.all) func aMissingFolderIsRefused(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let target = scratch.path("missing/frames/" + writer.fileName)
        let result = try Entente.run(writer.arguments(db, target))
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("does not exist. Nothing was written.\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("missing")))
    }

    @Test(arguments: OutputWriter.all) func aReadOnlyFolderIsRefused(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let folder = scratch.path("locked")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        // For --frames-by the locked folder is -o itself.
        let target = folder + "/" + writer.fileName
        let lock = try ReadOnlyFile(folder)
        let result = try Entente.run(writer.arguments(db, target))
        lock.release()
        chmod(folder, 0o755)
        #expect(result.status == 1)
        // The file named is the first one checked: for --render the -o file, for --frames-by the folder.
        #expect(result.stderr.hasPrefix("Error: Cannot write '\(folder)"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("': the directory '\(folder)' is not writable. Nothing was written.\n"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test(arguments: OutputWriter.all) func aFullDiskLeavesTheOldFileWhole(_ writer: OutputWriter) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try LargeGraph.make(scratch)
        let target = try writer.target(in: scratch.path("out"))
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        // 64 blocks of 512 bytes: room for SQLite's 32 KiB shared-memory file, not for the output.
        // SIGXFSZ is not ignored here: the command must ignore it itself.
        let (killed, status, message) = try Entente.runLimitingFileSize(blocks: 64, ignoringXFSZ: false, writer.arguments(db, target))
        #expect(!killed, "killed by signal \(status)")
        #expect(status == 1)
        #expect(message.contains("the disk is full (or a file size limit was reached). Nothing was written."), "\(message)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        #expect(FileKind.temporaryFiles(in: folder(of: target)).isEmpty)
    }

    /// The second report: `-o /dev/stdout` replaced /dev/stdout. Here standard output is
    /// a pipe, reached through the link and /proc/self/fd/1 and written in place.
    @Test func devStdoutIsWrittenThroughItsLinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let result = try Entente.run(["export", "dot", "--db", db, "-o", "/dev/stdout"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph"))
        #expect(FileKind(at: "/dev/stdout") == .link, "/dev/stdout was replaced")
    }

    @Test func aListeningSocketIsConnectedTo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let path = scratch.path("graph.socket")
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0 && listen(listener, 1) == 0)
        // The connection waits in the backlog and the small export in the socket's buffer, so
        // the command finishes before anything is accepted.
        let result = try Entente.run(["export", "dot", "--db", db, "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        let connection = accept(listener, nil, nil)
        #expect(connection >= 0)
        let text = String(decoding: FileHandle(fileDescriptor: connection, closeOnDealloc: true).readDataToEndOfFile(), as: UTF8.self)
        #expect(text.hasPrefix("digraph"))
        #expect(FileKind(at: path) == .other, "the socket was replaced")
    }
}

/// The folder holding a file.
func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }
