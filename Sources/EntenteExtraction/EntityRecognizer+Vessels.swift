import EntenteModel

/// Ships named with their prefix: "USS Georgia" is a United States warship, not the state of
/// Georgia; "MV Galaxy Leader" names no party.
extension EntityRecognizer {
    /// Prefixes of warships, by the ISO code of the state whose navy they mark.
    static let navalPrefixes: [String: String] = [
        "USS": "USA", "USNS": "USA", "HMS": "GBR", "RFA": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL", "INS": "IND",
        "FS": "FRA", "JS": "JPN", "ROKS": "KOR", "TCG": "TUR", "RFS": "RUS",
    ]
    /// Prefixes of merchant ships, which say nothing of whose they are.
    static let merchantPrefixes: Set<String> = ["MV", "M/V", "MT", "M/T", "SS"]

    static func isVesselPrefix(_ word: String) -> Bool {
        navalPrefixes[word] != nil || merchantPrefixes.contains(word)
    }

    /// The ship names in a sentence, each with the state whose navy it belongs to, if a warship.
    func vessels(in slice: [Token]) -> [(range: Range<Int>, state: Entity?)] {
        var found: [(Range<Int>, Entity?)] = []
        var index = 0
        while index < slice.count {
            let prefix = slice[index].text
            let iso3 = Self.navalPrefixes[prefix]
            guard Self.isVesselPrefix(prefix) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < slice.count, end - index <= 3, slice[end].isCapitalised, slice[end].kind == .word { end += 1 }
            guard end > index + 1 else {
                index += 1
                continue
            }
            let state = iso3.flatMap { code in gazetteer.entries.first { $0.entity.iso3 == code }?.entity }
            found.append((index..<end, state))
            index = end
        }
        return found
    }
}
