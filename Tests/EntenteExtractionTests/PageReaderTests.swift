@testable import EntenteExtraction
import EntenteModel
import Foundation
import Testing

@Suite struct PageReaderTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "txt"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func findsTitleDateAndZonesOfACopiedPage() throws {
        let page = PageReader.read(try Self.fixture("page-with-comments"))
        #expect(page.title == "Mali and Niger Step Up Joint Patrols Against Armed Groups")
        #expect(page.published?.description == "2018-06-14")
        let captions = page.zones(.caption).map(page.text(of:))
        #expect(captions == ["Soldiers from the Malian army patrol the road near the town of Menaka in the east of the country on June 10, 2018"])
        let body = page.zones(.body).map(page.text(of:))
        #expect(body.count == 4)
        #expect(body.first?.hasPrefix("Mali and Niger agreed on Tuesday") == true)
        let boilerplate = page.zones(.boilerplate).map(page.text(of:))
        for line in ["© Entente Photo 2018/ Staff", "Africa", "Get short URL", "France Pledges Support to Sahel Force",
                     "Mali, Niger, France, Sahel", "Comment via Facebook"] {
            #expect(boilerplate.contains(line), "'\(line)' should be boilerplate")
        }
        let comments = page.zones(.comments).map(page.text(of:)).joined()
        #expect(comments.hasPrefix("All comments"))
        #expect(comments.contains("Niger attacked Mali last year"))
    }

    @Test func aParagraphOfSentencesWhoseCopyBreaksOffIsStillBody() {
        let paragraph = "President Arvid Lindqvist left Sweden on Thursday evening for a two-day official visit to Ghana aimed at "
            + "strengthening relations between the two nations. Local media say the visit will feature high-level meetings, "
            + "including the signing of an agreement on migration. An analyst tells the wire that the visit is a very important one"
        let page = PageReader.read("Lindqvist visits Ghana\nPublished: 13 September 2024\n\n" + paragraph + "\n")
        #expect(page.zones(.body).map(page.text(of:)) == [paragraph])
        // A long caption of one sentence and a credit is still a caption.
        let caption = "Soldiers from the Malian army patrol the road near the town of Menaka in the east of the country, where "
            + "armed groups have attacked convoys for years, on June 10, 2018. (Entente Photo)"
        let captioned = PageReader.read("Patrols\nPublished: 13 September 2024\n\n" + caption + "\n\nMali and Niger agreed on joint patrols.\n")
        #expect(captioned.zones(.caption).map(captioned.text(of:)) == [caption])
    }

    @Test func aLongTitleBeforeThePagesMetadataIsStillTheTitle() {
        let title = "Joint Statement from the U.S. Department of Defense and the Ministry of National Defense of Niger"
        let page = PageReader.read(title + "\nPublished: 8 July 2024\n\nWe condemn the attack by ISIS on civilians.\n")
        #expect(page.title == title)
        #expect(page.zones.first?.kind == .title)
        // Its issuers are the statement's authors: the states of the bodies it lists.
        let found = ExtractorTests.triples(Extractor().extract(page).facts)
        #expect(found.contains("United States agrees_with Niger"))
        #expect(found.contains("Niger criticises Islamic State"))
        // A long unpunctuated line with prose after it, not metadata, is still a caption.
        let caption = PageReader.read("Soldiers of the national army stand guard near the presidential palace in the capital city on Monday morning\n"
            + "The army said the capital was calm on Monday after a night of fighting.\n")
        #expect(caption.zones.first?.kind == .caption)
    }

    @Test func zonesCoverTheTextInOrderWithoutOverlap() throws {
        let page = PageReader.read(try Self.fixture("page-with-comments"))
        var previousEnd = 0
        for zone in page.zones {
            #expect(zone.range.lowerBound >= previousEnd)
            previousEnd = zone.range.upperBound
        }
    }

    @Test func decodesJSONAndJSONLines() throws {
        let json = #"{"title": "T", "published": "2017-03-23", "url": "https://example.org/a", "text": "Russia met Turkey."}"#
        let pages = try ArticleDecoder.pages(from: Array(json.utf8), name: "a.json")
        #expect(pages.count == 1)
        #expect(pages[0].title == "T")
        #expect(pages[0].published?.description == "2017-03-23")
        let lines = json + "\n" + #"{"title": "U", "text": "Iran met Iraq."}"# + "\n"
        #expect(try ArticleDecoder.pages(from: Array(lines.utf8), name: "feed.jsonl").map(\.title) == ["T", "U"])
    }

    @Test(arguments: [
        ("", "a.txt", "a.txt:1: empty file: no article to read"),
        ("{\"title\": \"T\"}", "a.json", "a.json:1: the article has no \"text\" field"),
        ("{\"text\": \"ok.\"}\n{\"title\": \"x\"}\n", "b.jsonl", "b.jsonl:2: the article has no \"text\" field"),
        ("{\"text\": \"ok.\", \"published\": \"soon\"}", "c.json", "c.json:1: \"published\" is not a date: soon"),
        ("{not json", "d.json", "d.json:1: not valid JSON"),
    ])
    func explainsBadInput(content: String, name: String, message: String) {
        #expect(throws: DataFileError.self) {
            do {
                _ = try ArticleDecoder.pages(from: Array(content.utf8), name: name)
            } catch {
                #expect("\(error)" == message)
                throw error
            }
        }
    }

    @Test func binaryAndInvalidUTF8AreRefusedWithTheirPlace() throws {
        #expect(throws: DataFileError.self) { try ArticleDecoder.pages(from: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], name: "x.zip") }
        let bytes: [UInt8] = Array("A title\n\nRussia met Türkiye in ".utf8) + [0xE9] + Array(" Ankara on Monday.".utf8)
        #expect {
            try ArticleDecoder.pages(from: bytes, name: "latin1.txt")
        } throws: { error in
            "\(error)" == "latin1.txt:3: not valid UTF-8 (byte 0xE9 at column 24); convert the file to UTF-8, for example with iconv -f latin1 -t utf-8"
        }
    }
}
