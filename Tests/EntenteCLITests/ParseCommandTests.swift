import Foundation
import Testing
import EntenteTestSupport

/// `entente parse` through the real binary: the JSON contract, CoNLL-U, and bad input.
@Suite struct ParseCommandTests {
    @Test func printsOneJSONObjectPerInput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try scratch.write("a.txt", "Russia attacked Ukraine on Tuesday, the U.S. said.")
        let second = try scratch.write("b.txt", "NATO met in Brussels.\r\n")
        let result = try Entente.run(["parse", first, second, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        let tokens = try #require(sentences.first?["tokens"] as? [[String: Any]])
        #expect(tokens.first?["text"] as? String == "Russia")
        #expect(tokens.first?["dep"] as? String == "nsubj")
        #expect(tokens.first?["head"] as? Int == 1)
        #expect(tokens.first?["ent"] as? String == "B-GPE")
        let entities = try #require(document["entities"] as? [[String: Any]])
        #expect(entities.map { $0["text"] as? String } == ["Russia", "Ukraine", "Tuesday", "U.S."])
        // CR LF stays two scalars: the second file's last token ends at its length.
        let other = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        let last = try #require(((other["sentences"] as? [[String: Any]])?.last?["tokens"] as? [[String: Any]])?.last)
        #expect(last["end"] as? Int == "NATO met in Brussels.\r\n".unicodeScalars.count)
    }

    @Test func writesCoNLLU() throws {
        let result = try Entente.run(["parse", "-", "--format", "conllu"], stdin: "Turkey shot down a Russian jet.")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1\tTurkey\tTurkey\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\tNER=B-GPE"))
        #expect(result.stdout.contains("2\tshot\tshoot\tVERB\tVBD\tTense=Past|VerbForm=Fin\t0\troot"))
    }

    @Test func refusesBinaryAndInvalidUTF8WithWhere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let binary = scratch.path("photo.txt")
        _ = FileManager.default.createFile(atPath: binary, contents: Data([0x41, 0x00, 0x42]))
        let nul = try Entente.run(["parse", binary])
        #expect(nul.status == 1)
        #expect(nul.stderr.contains("photo.txt:1: binary file"))
        let latin = scratch.path("latin1.txt")
        _ = FileManager.default.createFile(atPath: latin, contents: Data("Line one\nK".utf8 + [0xF6] + "ln\n".utf8))
        let invalid = try Entente.run(["parse", latin])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("latin1.txt:2: not valid UTF-8 (byte 0xF6 at column 2)"))
    }

    @Test func emptyTextIsAnEmptyDocument() throws {
        let result = try Entente.run(["parse", "-"], stdin: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "{\"source\":\"-\",\"sentences\":[],\"entities\":[]}\n")
    }
}
