/// The regular forms the PETRARCH2 dictionaries leave out and expect a reader to generate: noun
/// plurals for agents and synset members, the -s, -ed and -ing forms of verbs. The same rules as
/// `scripts/convert-petrarch2.py`, on lower-case words; PETRARCH2's own (QUERYED, ATTORNIES,
/// MANS) are corrected.
enum PetrarchInflection {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    /// Words in -man whose plural is not -men.
    static let manExceptions: Set<String> = ["german", "human", "roman", "ottoman", "shaman", "oman"]

    static func plural(ofNoun word: String) -> String {
        if endsInConsonantY(word) { return word.dropLast() + "ies" }
        if takesES(word) { return word + "es" }
        if word.hasSuffix("man"), !manExceptions.contains(word) { return word.dropLast(3) + "men" }
        return word + "s"
    }

    /// The plural of a phrase's last word: `chamber of commerce` → `chamber of commerces` is why
    /// the dictionaries spell such plurals out.
    static func plural(ofPhrase phrase: String) -> String {
        guard let space = phrase.lastIndex(of: " ") else { return plural(ofNoun: phrase) }
        return phrase[...space] + plural(ofNoun: String(phrase[phrase.index(after: space)...]))
    }

    /// Third person, past and present participle. A doubled final consonant (banned) cannot be
    /// told from the spelling, so the dictionaries list those forms.
    static func forms(ofVerb verb: String) -> [String] {
        let third: String
        let past: String
        if endsInConsonantY(verb) {
            third = verb.dropLast() + "ies"
            past = verb.dropLast() + "ied"
        } else if takesES(verb) {
            third = verb + "es"
            past = verb + "ed"
        } else if verb.hasSuffix("e") {
            third = verb + "s"
            past = verb + "d"
        } else {
            third = verb + "s"
            past = verb + "ed"
        }
        let ing: String
        if verb.hasSuffix("ie") {
            ing = verb.dropLast(2) + "ying"
        } else if verb.hasSuffix("e"), !verb.hasSuffix("ee"), !verb.hasSuffix("oe"), !verb.hasSuffix("ye") {
            ing = verb.dropLast() + "ing"
        } else {
            ing = verb + "ing"
        }
        return [third, past, ing]
    }

    private static func endsInConsonantY(_ word: String) -> Bool {
        guard word.hasSuffix("y"), word.count > 1 else { return false }
        return !vowels.contains(word[word.index(word.endIndex, offsetBy: -2)])
    }

    private static func takesES(_ word: String) -> Bool {
        word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") || word.hasSuffix("z")
    }
}
