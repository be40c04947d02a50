import EntenteModel

/// Peers named by their title: "Lord Ahmad of Wimbledon", "Baroness Chapman of Darlington". The
/// place after "of" is part of the peer's name, not a place the story is about.
extension EntityRecognizer {
    static let peerageTitles: Set<String> = ["Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess"]

    /// Each peer's whole name, with the name it is known by ("Lord Ahmad") and the name in full
    /// ("Lord Ahmad of Wimbledon", without a first name given in brackets).
    static func peerages(in slice: [Token]) -> [(range: Range<Int>, name: String, shortName: String)] {
        var found: [(Range<Int>, String, String)] = []
        var index = 0
        while index + 1 < slice.count {
            guard peerageTitles.contains(slice[index].text) else {
                index += 1
                continue
            }
            var end = index + 1
            // ("Lord (Tariq) Ahmad": a first name in brackets.)
            if slice[end].text == "(", end + 3 < slice.count, slice[end + 1].isCapitalised, slice[end + 2].text == ")" { end += 3 }
            guard end < slice.count, slice[end].isCapitalised, slice[end].kind == .word, !personTitles.contains(slice[end].lower) else {
                index += 1
                continue
            }
            let surname = end
            end += 1
            if end + 1 < slice.count, slice[end].lower == "of", slice[end + 1].isCapitalised, slice[end + 1].kind == .word {
                end += 2
                // ("Lord Collins of Highbury", "Lord Ahmad of Wimbledon": one place word, or two.)
                if end < slice.count, slice[end].isCapitalised, slice[end].kind == .word, slice[end].followsSpace { end += 1 }
            }
            let words = [slice[index].text] + slice[surname..<end].map(\.text)
            let short = slice[index].text + " " + slice[surname].text
            found.append((index..<end, words.joined(separator: " "), short))
            index = end
        }
        return found
    }
}
