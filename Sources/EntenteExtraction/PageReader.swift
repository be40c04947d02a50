public import EntenteModel

/// Divides a page of plain text, as copied from a news site, into zones.
///
/// Lines are classified one by one: a line with `©` or a photo credit is a
/// caption credit, and the lines it credits are captions; known site phrases
/// and short labels are boilerplate; everything from a comments header
/// (`All comments`) on is the comment section; the first headline-like line
/// is the title; a date line near the top is the dateline; prose is body.
public enum PageReader {
    public static func read(
        _ text: String, title knownTitle: String? = nil, published knownDate: CalendarDay? = nil,
        source: String? = nil, url: String? = nil
    ) -> ArticlePage {
        let lines = splitLines(text)
        var kinds = [ArticlePage.ZoneKind?](repeating: nil, count: lines.count)
        var title = knownTitle
        var published = knownDate
        var source = source

        // Comments: from the header to the end.
        if let header = lines.firstIndex(where: { $0.wordCount <= 3 && isCommentsHeader(String($0.text)) }) {
            for i in header..<lines.count { kinds[i] = .comments }
        }
        // Captions and their credits.
        for (i, line) in lines.enumerated() where kinds[i] == nil && isCredit(String(line.text)) {
            kinds[i] = .boilerplate
            // Pages repeat a caption around its credit; a long unpunctuated line before it is one too.
            let before = i > 0 ? lines[i - 1] : nil
            if let before, kinds[i - 1] == nil || kinds[i - 1] == .caption,
                before.wordCount >= 14 && !endsLikeSentence(String(before.text))
                    || (i + 1 < lines.count && lines[i + 1].text == before.text)
            {
                kinds[i - 1] = .caption
                if i + 1 < lines.count, lines[i + 1].text == before.text { kinds[i + 1] = .caption }
            }
        }
        var firstBody: Int?
        var lastBody: Int?
        for (i, line) in lines.enumerated() where kinds[i] == nil {
            let words = line.wordCount
            // Site phrases live on short lines; prose is never searched for them.
            let lower = words <= 25 ? line.text.lowercased() : ""
            if let value = metadataValue(String(line.text), keys: ["source:", "by "]), source == nil, firstBody == nil {
                source = value
                kinds[i] = .boilerplate
            } else if firstBody == nil, published == nil || isPublicationLabel(lower), let date = dayDate(on: line) {
                published = published ?? date
                kinds[i] = .dateline
            } else if words <= 25, isBoilerplate(lower) {
                kinds[i] = .boilerplate
            } else if endsLikeSentence(String(line.text)) && words >= 5 || words >= 40 && completeSentences(in: line.text) >= 2 {
                // (A paragraph of several sentences whose copy breaks off mid-sentence is still prose.)
                kinds[i] = .body
                firstBody = firstBody ?? i
                lastBody = i
            } else if words >= 14, title == nil, firstBody == nil, words <= 45, isFollowedByMetadata(i, lines) {
                // ("Readout of Secretary of Defense Lloyd J. Austin III's Meeting With United Kingdom
                // Secretary of State for Defence, John Healey", then "Published: …": a long title is
                // still the title when the page's metadata comes right after it.)
                title = String(line.text)
                kinds[i] = .title
            } else if words >= 14 {
                // Long lines that do not end like prose are photo captions.
                kinds[i] = .caption
            } else if title == nil, firstBody == nil, words >= 3 {
                title = String(line.text)
                kinds[i] = .title
            } else {
                kinds[i] = .boilerplate
            }
        }
        // A text of one short sentence ("Russia attacked Ukraine.") is all body: a title would not
        // end like a sentence with nothing after it.
        if firstBody == nil, let only = kinds.firstIndex(of: .title), endsLikeSentence(String(lines[only].text)) {
            kinds[only] = .body
            title = knownTitle
            firstBody = only
            lastBody = only
        }
        // ("Readout\nPublished: …\n\nFrench warships attacked Yemen.": after a title, a body of one
        // short sentence is still the story.)
        if firstBody == nil, let only = lines.indices.first(where: { i in
            kinds[i] == .boilerplate && lines[i].wordCount >= 3 && endsLikeSentence(String(lines[i].text))
                && !isBoilerplate(lines[i].text.lowercased()) && !isCredit(String(lines[i].text))
        }) {
            kinds[only] = .body
            firstBody = only
            lastBody = only
        }
        // A short unpunctuated line between body paragraphs is a subheading, kept with the body.
        if let firstBody, let lastBody {
            for i in firstBody...lastBody where kinds[i] == .boilerplate && lines[i].wordCount >= 3
                && lines[i].wordCount <= 25 && !isBoilerplate(lines[i].text.lowercased()) && !isCredit(String(lines[i].text))
            {
                kinds[i] = .body
            }
        }
        var zones: [ArticlePage.Zone] = []
        for (i, line) in lines.enumerated() {
            let kind = kinds[i] ?? .boilerplate
            if let last = zones.last, last.kind == kind, kind == .comments {
                zones[zones.count - 1].range = last.range.lowerBound..<line.range.upperBound
                zones[zones.count - 1].indices = last.indices.lowerBound..<line.indices.upperBound
            } else {
                zones.append(.init(kind: kind, range: line.range, indices: line.indices))
            }
        }
        return ArticlePage(
            text: text, title: title, published: published, source: source, url: url, zones: zones)
    }

    struct Line {
        var range: Range<Int>
        var indices: Range<String.Index>
        /// A view into the page's text, not a copy: a long page's lines would double it.
        var text: Substring
        var wordCount: Int
    }

    /// Non-empty lines, trimmed, with their scalar offsets and string indices.
    static func splitLines(_ text: String) -> [Line] {
        var lines: [Line] = []
        let view = text.unicodeScalars
        var lineStart = view.startIndex
        var lineOffset = 0
        var offset = 0
        var index = view.startIndex
        func flush(_ end: String.Index, _ endOffset: Int) {
            var lower = lineStart
            var lowerOffset = lineOffset
            var upper = end
            var upperOffset = endOffset
            while lower < upper, view[lower].properties.isWhitespace || view[lower] == "\u{FEFF}" {
                lower = view.index(after: lower)
                lowerOffset += 1
            }
            while upper > lower, view[view.index(before: upper)].properties.isWhitespace {
                upper = view.index(before: upper)
                upperOffset -= 1
            }
            guard lower < upper else { return }
            var words = 0
            var inWord = false
            for c in view[lower..<upper] {
                let letter = Tokenizer.isLetter(c) || Tokenizer.isDigit(c)
                if letter && !inWord { words += 1 }
                inWord = letter
            }
            lines.append(
                Line(range: lowerOffset..<upperOffset, indices: lower..<upper, text: Substring(view[lower..<upper]), wordCount: words))
        }
        while index < view.endIndex {
            let c = view[index]
            let next = view.index(after: index)
            offset += 1
            if c == "\n" || c == "\u{2029}" {
                flush(index, offset - 1)
                lineStart = next
                lineOffset = offset
            }
            index = next
        }
        flush(view.endIndex, offset)
        return lines
    }

    /// How many sentences of a line end inside it: a stop followed by a space and a capital.
    static func completeSentences(in text: Substring) -> Int {
        let scalars = Array(text.unicodeScalars)
        var count = 0
        for i in scalars.indices.dropLast(2) where [".", "!", "?"].contains(scalars[i]) && scalars[i + 1] == " "
            && scalars[i + 2].properties.isUppercase
        {
            count += 1
        }
        return count
    }

    static func endsLikeSentence(_ text: String) -> Bool {
        guard var last = text.unicodeScalars.last else { return false }
        let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "\u{00BB}"]
        var scalars = Substring(text).unicodeScalars
        while closers.contains(last), scalars.count > 1 {
            scalars.removeLast()
            last = scalars.last!
        }
        return last == "." || last == "!" || last == "?" || last == "\u{2026}" || last == ":"
    }

    static func isCredit(_ text: String) -> Bool {
        let lower = text.lowercased()
        return text.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("photo:") || lower.hasPrefix("photo credit")
            || lower.hasPrefix("image:") || lower.hasPrefix("credit:") || lower.hasPrefix("photograph:")
            || lower.hasPrefix("picture:")
    }

    static func isCommentsHeader(_ text: String) -> Bool {
        let lower = text.lowercased().trimmed
        return ["all comments", "comments", "reader comments", "show comments", "join the discussion", "add comment",
                "view comments", "discussion"].contains(lower)
    }

    static let boilerplatePhrases = [
        "get short url", "never miss a story", "sign up to our", "subscribe to", "comment via", "community standards",
        "share this", "share on", "follow us", "read more", "read also", "related:", "related stories", "tags:",
        "click here", "all rights reserved", "newsletter", "advertisement", "cookie", "terms of use", "privacy policy",
        "show new comments", "you may also like", "most read", "latest news",
    ]

    static let boilerplateBytes = boilerplatePhrases.map { Array($0.utf8) }

    /// A plain byte search: the standard library's `contains` builds a search table per call,
    /// which made this the slowest step of reading a page.
    static func isBoilerplate(_ lower: String) -> Bool {
        let haystack = Array(lower.utf8)
        return boilerplateBytes.contains { needle in
            guard needle.count <= haystack.count else { return false }
            outer: for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                for offset in 1..<needle.count where haystack[start + offset] != needle[offset] { continue outer }
                return true
            }
            return false
        }
    }

    /// True when the line after `index` is the page's metadata: a publication date or a source.
    private static func isFollowedByMetadata(_ index: Int, _ lines: [Line]) -> Bool {
        guard index + 1 < lines.count else { return false }
        let next = String(lines[index + 1].text)
        return isPublicationLabel(next.lowercased()) || metadataValue(next, keys: ["source:"]) != nil || dayDate(on: lines[index + 1]) != nil
    }

    private static func isPublicationLabel(_ lower: String) -> Bool { lower.hasPrefix("published") || lower.hasPrefix("updated") }

    /// The day a short line gives ("Published: 8 July 2024", "Sept. 26, 2024"), if it gives one to the day.
    private static func dayDate(on line: Line) -> CalendarDay? {
        guard line.wordCount <= 12, let date = DateFinder.firstDate(in: String(line.text)), date.precision == .day else { return nil }
        return date.start
    }

    private static func metadataValue(_ text: String, keys: [String]) -> String? {
        let lower = text.lowercased()
        for key in keys where lower.hasPrefix(key) {
            let value = String(text.unicodeScalars.dropFirst(key.unicodeScalars.count)).trimmed
            if key == "by ", value.split(separator: " ").count > 6 { return nil }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
