/// A Universal Dependencies part-of-speech tag (UPOS): the 17 word classes that UD treebanks use
/// in every language.
///
/// See <https://universaldependencies.org/u/pos/>. The raw values are the tag names as UD writes
/// them ("NOUN", "PROPN").
public enum PartOfSpeech: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Adjective: "big", "russe", "новый".
    case adjective
    /// Adposition: prepositions and postpositions ("in", "de", "в").
    case adposition
    /// Adverb: "very", "hier".
    case adverb
    /// Auxiliary verb: "has", "est", "будет".
    case auxiliary
    /// Coordinating conjunction: "and", "или".
    case coordinatingConjunction
    /// Determiner: "the", "ce", "этот".
    case determiner
    /// Interjection: "oh".
    case interjection
    /// Common noun: "lake", "guerre", "войска".
    case noun
    /// Numeral: "three", "1990".
    case numeral
    /// Particle: "'s", "not", "не".
    case particle
    /// Pronoun: "she", "il", "он".
    case pronoun
    /// Proper noun: "Putin", "Москва".
    case properNoun
    /// Punctuation.
    case punctuation
    /// Subordinating conjunction: "that", "если".
    case subordinatingConjunction
    /// Symbol: "$", "%", "+".
    case symbol
    /// Verb: "sends", "envoie", "отправить".
    case verb
    /// Other: foreign words, typos, unanalysable tokens.
    case other

    /// The tag as UD writes it ("NOUN").
    public var name: String { Self.names[Int(rawValue)] }

    public var description: String { name }

    /// The tag named `name` as UD writes it ("NOUN", "PROPN"), or `nil`.
    public init?(name: some StringProtocol) {
        guard let index = Self.names.firstIndex(where: { $0 == name }) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    /// Nouns and proper nouns: the heads of noun phrases.
    public var isNominal: Bool { self == .noun || self == .properNoun }

    /// Words that carry content: nouns, proper nouns, adjectives, verbs, adverbs and numerals.
    public var isContent: Bool {
        switch self {
        case .noun, .properNoun, .adjective, .verb, .adverb, .numeral: true
        default: false
        }
    }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
        "SYM", "VERB", "X",
    ]
}
