/// A text after the pipeline: its tokens with tags, lemmas, dependency tree and entity tags, its
/// sentences and its named entities. Offsets count Unicode scalars (Python's string indices) from the
/// start of the text as given; token indices count tokens from the start of the document.
public struct Document: Sendable, Equatable {
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var entities: [Entity]

    public init(tokens: [Token], sentences: [Sentence], entities: [Entity]) {
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
    }

    /// The text, rebuilt from the tokens and their trailing spaces.
    public var text: String { text(of: tokens.indices) }

    /// The text of a run of tokens, including the spaces between them but not after the last.
    public func text(of range: Range<Int>) -> String {
        var result = ""
        for index in range {
            result += tokens[index].text
            if index + 1 < range.upperBound && tokens[index].spaceAfter { result += " " }
        }
        return result
    }

    /// One token.
    public struct Token: Sendable, Equatable {
        /// Position in the document.
        public var index: Int
        public var text: String
        /// Offsets of the first scalar and one past the last.
        public var start: Int
        public var end: Int
        /// Whether one space follows the token in the text (other whitespace becomes tokens).
        public var spaceAfter: Bool
        /// Penn Treebank tag (`NNP`, `VBD`; `_SP` for whitespace).
        public var tag: String
        /// Universal part of speech (`PROPN`, `VERB`, `SPACE`).
        public var pos: String
        /// Universal Dependencies morphological features (`Number=Sing|Tense=Past`), empty if none.
        public var morph: String
        public var lemma: String
        /// Index of the syntactic head; a sentence's root is its own head.
        public var head: Int
        /// ClearNLP dependency label (`nsubj`, `dobj`, `ROOT`).
        public var dep: String
        /// `B` at an entity's first token, `I` inside one, `O` outside.
        public var entityIOB: Character
        /// The entity's label (`GPE`, `PERSON`), empty outside entities.
        public var entityType: String

        public init(
            index: Int, text: String, start: Int, end: Int, spaceAfter: Bool, tag: String, pos: String,
            morph: String, lemma: String, head: Int, dep: String, entityIOB: Character, entityType: String
        ) {
            self.index = index
            self.text = text
            self.start = start
            self.end = end
            self.spaceAfter = spaceAfter
            self.tag = tag
            self.pos = pos
            self.morph = morph
            self.lemma = lemma
            self.head = head
            self.dep = dep
            self.entityIOB = entityIOB
            self.entityType = entityType
        }

        /// The IOB tag with its type, as spaCy's training data writes it: `B-GPE`, `I-ORG`, `O`.
        public var entityTag: String { entityIOB == "O" ? "O" : "\(entityIOB)-\(entityType)" }

        public var isWhitespace: Bool { pos == "SPACE" }
    }

    /// A sentence: a run of tokens and its offsets in the text.
    public struct Sentence: Sendable, Equatable {
        public var tokens: Range<Int>
        public var start: Int
        public var end: Int

        public init(tokens: Range<Int>, start: Int, end: Int) {
            self.tokens = tokens
            self.start = start
            self.end = end
        }
    }

    /// A named entity: a run of tokens, its offsets, label and text.
    public struct Entity: Sendable, Equatable {
        public var tokens: Range<Int>
        public var start: Int
        public var end: Int
        /// OntoNotes label: `PERSON`, `NORP`, `FAC`, `ORG`, `GPE`, `LOC`, `PRODUCT`, `EVENT`,
        /// `WORK_OF_ART`, `LAW`, `LANGUAGE`, `DATE`, `TIME`, `PERCENT`, `MONEY`, `QUANTITY`,
        /// `ORDINAL` or `CARDINAL`.
        public var label: String
        public var text: String

        public init(tokens: Range<Int>, start: Int, end: Int, label: String, text: String) {
            self.tokens = tokens
            self.start = start
            self.end = end
            self.label = label
            self.text = text
        }
    }
}
