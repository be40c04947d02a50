import EntenteNLP

/// The parser's misreadings mended before the coder reads a document, in the order they apply: a
/// list after a colon, a rank's full stop, a person coordinated with a title's state, gapped
/// pairs of objects and reasons, a clause's subject read as a preposition's object, a person
/// named beside a noun hung on the verb, and an owner made the noun's fellow object.
enum ParseRepairs {
    static func mended(_ document: Document) -> Document {
        SplitPossessives.rehung(DetachedAppositions.rehung(ClauseOpeners.rehung(GappedPairs.rehung(TitledConjuncts.rehung(RankBreaks.joined(ColonLists.joined(document)))))))
    }

    /// True when `ancestor` is `index` or one of its heads: the repairs' one walk up the tree.
    static func isUnder(_ index: Int, _ ancestor: Int, in tokens: [Document.Token]) -> Bool {
        var current = index
        for _ in 0..<64 {
            if current == ancestor { return true }
            let head = tokens[current].head
            if head == current { return false }
            current = head
        }
        return false
    }
}
