public import EntenteModel

extension GDELTRowReader {
    /// What the actor, place and country columns of earlier rows resolved to, so a long import
    /// resolves each combination of columns once: GDELT names the same few thousand actors in
    /// millions of rows, and each resolution folds names and searches the gazetteer.
    ///
    /// Each table holds at most `capacity` combinations and is emptied when full, so memory stays
    /// bounded whatever the file. Not for sharing between threads: one reader owns it.
    public struct Memo {
        let capacity: Int
        private var actors: [String: Actor?] = [:]
        private var places: [String: Entity?] = [:]
        private var states: [String: Entity?] = [:]
        private var codes: [String: CodeMeaning?] = [:]
        /// The article of the last row, by the columns it was made from: the rows of one article
        /// come one after another (GDELT numbers an article's events in a run), so a run of them
        /// makes it once, and the batch builder then knows it by the same text.
        private var lastArticle: (url: String, added: String, article: Article)?

        /// - Parameter capacity: combinations remembered per table; 0 remembers nothing.
        public init(capacity: Int = 32_768) {
            self.capacity = capacity
        }

        mutating func actor(
            code: Substring, name: Substring, country: Substring, group: Substring, type: Substring, reader: GDELTRowReader
        ) -> Actor? {
            guard capacity > 0 else { return reader.actor(code: code, name: name, country: country, group: group, type: type) }
            let key = Self.key([code, name, country, group, type])
            if let known = actors[key] { return known }
            let resolved = reader.actor(code: code, name: name, country: country, group: group, type: type)
            Self.remember(resolved, for: key, in: &actors, capacity: capacity)
            return resolved
        }

        mutating func place(_ fields: [Substring], _ layout: Layout, reader: GDELTRowReader) -> Entity? {
            guard capacity > 0 else { return reader.place(fields, layout) }
            let key = Self.key([
                fields[layout.geoType], fields[layout.geoName], fields[layout.geoCountry], fields[layout.latitude], fields[layout.longitude],
            ])
            if let known = places[key] { return known }
            let resolved = reader.place(fields, layout)
            Self.remember(resolved, for: key, in: &places, capacity: capacity)
            return resolved
        }

        mutating func state(fips: Substring, reader: GDELTRowReader) -> Entity? {
            guard capacity > 0 else { return reader.state(fips: fips) }
            let key = String(fips)
            if let known = states[key] { return known }
            let resolved = reader.state(fips: fips)
            Self.remember(resolved, for: key, in: &states, capacity: capacity)
            return resolved
        }

        mutating func code(_ code: String, reader: GDELTRowReader) -> CodeMeaning? {
            guard capacity > 0 else { return reader.meaning(ofCode: code) }
            if let known = codes[code] { return known }
            let resolved = reader.meaning(ofCode: code)
            Self.remember(resolved, for: code, in: &codes, capacity: capacity)
            return resolved
        }

        mutating func article(_ fields: [Substring], _ layout: Layout, reader: GDELTRowReader) -> Article {
            guard capacity > 0 else { return reader.article(fields, layout) }
            let url = layout.url.map { fields[$0] } ?? ""
            let added = fields[layout.dateAdded]
            if let last = lastArticle, last.url == url, last.added == added { return last.article }
            let article = reader.article(fields, layout)
            lastArticle = (String(url), String(added), article)
            return article
        }

        /// Static, so the table passed in is the only reference to it and is changed in place.
        private static func remember<Value>(_ value: Value?, for key: String, in table: inout [String: Value?], capacity: Int) {
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = .some(value)
        }

        /// The columns joined by a separator no column holds (GDELT splits on tabs).
        private static func key(_ columns: [Substring]) -> String {
            var key = ""
            key.reserveCapacity(columns.reduce(columns.count) { $0 + $1.utf8.count })
            for (index, column) in columns.enumerated() {
                if index > 0 { key.append("\t") }
                key.append(contentsOf: column)
            }
            return key
        }
    }
}
