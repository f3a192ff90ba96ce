public import PrecisCore

/// Cuts text into a `Document`: paragraphs, sentences and word tokens, with stopword flags and
/// stemmed matching keys, for any language ICU can segment.
///
/// The pipeline: NFC normalisation → language (given, or identified with CLD2) → line structure
/// (wrapped lines joined) → ICU sentence breaks (with abbreviation suppressions) refined by
/// `SentenceRules` → ICU word breaks (dictionary-based for Chinese, Japanese, Thai, Lao, Khmer,
/// Burmese) → folding (NFKC_Casefold), stopwords and Snowball stems.
///
/// A `Segmenter` owns ICU break iterators, stemmers and scratch buffers, so one instance serves one
/// task at a time; make one per task (they are cheap after the first use of each language). It
/// also remembers the key and stopword flag of every word form it has folded and stemmed (per
/// language, up to about 260,000 forms, then it starts afresh), so one segmenter reused for many
/// texts, as `precis batch` does in each job, spends its time on new words only. The
/// `Document`s it makes are values that can go anywhere.
///
/// Texts of any length are accepted: ICU takes 32-bit offsets, so a text of 2^31 UTF-16 units or
/// more goes to ICU in chunks cut after a line break (see `ChunkedBoundaries`). A sentence is at
/// most 2,000 UTF-16 units long (see `SentenceRules`), so text without sentence punctuation still
/// comes in units a summary can use.
///
/// - Complexity: O(n) in the length of the text.
public final class Segmenter {
    /// How to choose the language of a text.
    public enum LanguageChoice: Sendable, Hashable {
        /// Identify it from the text (`LanguageIdentifier`).
        case auto
        /// Use this language.
        case fixed(Language)
    }

    /// What a segmenter does besides cutting.
    public struct Configuration: Sendable {
        /// The language of the texts, or `.auto` to identify each one.
        public var language: LanguageChoice
        /// Whether to use Precis's shipped stopword list for the language.
        public var useDefaultStopwords: Bool
        /// More stopwords (any case; they are folded), e.g. from `--stopwords FILE`.
        public var extraStopwords: [String]
        /// Whether word terms are stemmed (where Snowball has a stemmer for the language).
        public var stemming: Bool
        /// Whether newlines that merely wrap a line are joined (see `LineStructure`).
        public var joinWrappedLines: Bool
        /// The language identifier used by `.auto`.
        public var identifier: LanguageIdentifier
        /// Whether sentence breaks are ICU's own, untouched: no abbreviation suppressions, no
        /// `SentenceRules`, no line joining. For measuring what Precis adds to ICU.
        public var plainICU: Bool

        /// Creates a configuration; the defaults suit most texts.
        public init(
            language: LanguageChoice = .auto, useDefaultStopwords: Bool = true, extraStopwords: [String] = [],
            stemming: Bool = true, joinWrappedLines: Bool = true, identifier: LanguageIdentifier = .init(),
            plainICU: Bool = false
        ) {
            self.language = language
            self.useDefaultStopwords = useDefaultStopwords
            self.extraStopwords = extraStopwords
            self.stemming = stemming
            self.joinWrappedLines = joinWrappedLines
            self.identifier = identifier
            self.plainICU = plainICU
        }
    }

    /// The configuration this segmenter was made with.
    public let configuration: Configuration
    private let normalizer = Normalizer()
    private var resources: [Language: LanguageResources] = [:]

    /// The longest piece of text, in UTF-16 units, handed to ICU at once: ICU's 32-bit limit.
    /// Tests set it small to check that chunked segmentation matches whole-text segmentation.
    var chunkSize = ChunkedBoundaries.defaultChunkSize
    /// The number of word forms a language's `WordCache` keeps before it is emptied. Tests set it
    /// small to check that emptying the cache changes nothing.
    var wordCacheCapacity = 1 << 18

    /// Creates a segmenter.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Creates a segmenter for one language.
    public convenience init(language: Language) {
        self.init(configuration: .init(language: .fixed(language)))
    }

    /// Segments `text`. Ranges in the result point into `Document.text`, which is `text` in NFC
    /// (the same string when `text` is already NFC, as nearly all text is).
    public func segment(_ text: String) throws(ICUError) -> Document {
        let (text, units) = try normalizer.nfc(text)
        let language: Language
        switch configuration.language {
        case .fixed(let fixed): language = fixed
        case .auto: language = configuration.identifier.identify(text).language
        }
        return try segment(nfcText: text, units: units, language: language)
    }

    /// The stopwords in force for `language` (shipped list plus extra words, folded).
    public func stopwords(for language: Language) throws(ICUError) -> Stopwords {
        try resources(for: language).stopwords
    }

    /// The matching key of a word: folded (NFKC_Casefold) and, where the language has a Snowball
    /// stemmer and stemming is on, stemmed.
    public func term(for word: some StringProtocol, language: Language) throws(ICUError) -> String {
        let folded = try normalizer.foldKey(word).replacingApostrophes()
        return try resources(for: language).stemmer?.stem(folded) ?? folded
    }

    // MARK: The pipeline

    private func segment(nfcText text: String, units: [UInt16], language: Language) throws(ICUError) -> Document {
        let resources = try resources(for: language)
        var units = units
        if configuration.joinWrappedLines && !configuration.plainICU { LineStructure.joinWrappedLines(&units) }

        // ICU's offsets are 32-bit: longer texts go to ICU in chunks (`ChunkedBoundaries`).
        let sentenceSpans = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Range<Int>] in
            let boundaries = try ChunkedBoundaries(
                buffer, breaker: resources.sentenceBreaker, withStatuses: false, chunkSize: chunkSize)
            return Self.trimmedSpans(boundaries.offsets, units)
        }
        let sentences = configuration.plainICU ? sentenceSpans : resources.rules.refine(sentenceSpans, in: units)
        let wordBoundaries = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in
            try ChunkedBoundaries(buffer, breaker: resources.wordBreaker, withStatuses: true, chunkSize: chunkSize)
        }

        let words = resources.words
        words.startDocument()
        var builder = DocumentBuilder(text: text, units: units)
        builder.reserveTokens(wordBoundaries.offsets.count)
        try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in
            var previous = 0
            for (boundary, status) in zip(wordBoundaries.offsets, wordBoundaries.statuses) {
                let start = previous
                let end = boundary
                previous = end
                let kind = Self.tokenKind(status: status, firstUnit: buffer[start])
                let token = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if kind == .other && token.allSatisfy(Self.isSpaceUnit) { continue }
                var term: Int? = nil
                var isStopword = false
                if kind.isWord {
                    let word = try words.word(for: token) { (surface) throws(ICUError) in
                        try analyse(surface, resources: resources, language: language)
                    }
                    term = word.term
                    isStopword = word.isStopword
                }
                builder.addToken(start..<end, kind: kind, term: term, isStopword: isStopword)
            }
        }
        return builder.build(
            sentences: sentences, language: language, terms: words.documentTerms, alignSentences: !configuration.plainICU)
    }

    /// The matching key of a word form and whether it is a stopword.
    private func analyse(
        _ surface: UnsafeBufferPointer<UInt16>, resources: LanguageResources, language: Language
    ) throws(ICUError) -> (String, Bool) {
        // Typographic apostrophes match straight ones ("Russia’s" as "Russia's", which the
        // stemmers know).
        let folded = try normalizer.foldKey(surface).replacingApostrophes()
        let stop = resources.stopwords.contains(folded)
            || (language.code == "el" && resources.stopwords.contains(Self.withoutGreekTonos(folded)))
            || (language.code == "pa" && folded.unicodeScalars.contains(Self.addak)
                && resources.stopwords.contains(Self.withoutAddak(folded)))
            // A stopword with a possessive ending is one ("someone else's", "each other's").
            || folded.hasSuffix("'s") && resources.stopwords.contains(String(folded.dropLast(2)))
        return (resources.stemmer?.stem(folded) ?? folded, stop)
    }

    /// ICU segments between boundaries, without leading and trailing white space; empty ones dropped.
    private static func trimmedSpans(_ boundaries: [Int], _ units: [UInt16]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        spans.reserveCapacity(boundaries.count)
        var start = 0
        for boundary in boundaries {
            var lower = start
            var upper = Int(boundary)
            start = upper
            while lower < upper, isSpaceUnit(units[lower]) { lower += 1 }
            while upper > lower, isSpaceUnit(units[upper - 1]) { upper -= 1 }
            if lower < upper { spans.append(lower..<upper) }
        }
        return spans
    }

    static func isSpaceUnit(_ unit: UInt16) -> Bool { TextBreaks.isSpace(unit) }

    /// The token kind for an ICU word-break rule status (UBRK_WORD_* ranges). ICU's dictionary
    /// gives Japanese words the ideographic status whatever they are written in, so kana and
    /// ideographs are told apart by their first character.
    static func tokenKind(status: Int32, firstUnit: UInt16) -> TokenKind {
        switch status {
        case 100..<200: .number
        case 200..<300: .letter
        case 300..<500: isKana(firstUnit) ? .kana : .ideographic
        default: .other
        }
    }

    /// Gurmukhi's addak (ੱ), which marks a doubled consonant and which writers use or leave
    /// out: "ਵਿੱਚ" and "ਵਿਚ" (in) are one word, and the Punjabi list has the second.
    static let addak: Unicode.Scalar = "\u{0A71}"

    /// `word` without the addak (`addak`).
    static func withoutAddak(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != addak }))
    }

    /// Greek letters without their accents (the shipped Greek stopword list is written without).
    static func withoutGreekTonos(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.map { scalar in
            switch scalar {
            case "ά": "α"
            case "έ": "ε"
            case "ή": "η"
            case "ί", "ϊ", "ΐ": "ι"
            case "ό": "ο"
            case "ύ", "ϋ", "ΰ": "υ"
            case "ώ": "ω"
            default: scalar
            }
        }))
    }

    /// Hiragana, katakana (with its phonetic extensions) and half-width katakana.
    static func isKana(_ unit: UInt16) -> Bool {
        (0x3041...0x30FF).contains(unit) || (0x31F0...0x31FF).contains(unit) || (0xFF66...0xFF9F).contains(unit)
    }

    private func resources(for language: Language) throws(ICUError) -> LanguageResources {
        if let cached = resources[language] { return cached }
        var stopwords = Stopwords.none
        if configuration.useDefaultStopwords {
            stopwords = try Stopwords(StopwordLists.words(for: language).map { (word) throws(ICUError) in try normalizer.foldKey(word) })
        }
        if !configuration.extraStopwords.isEmpty {
            stopwords.formUnion(
                try Stopwords(configuration.extraStopwords.map { (word) throws(ICUError) in try normalizer.foldKey(word) }))
        }
        let locale = language.isUndetermined ? "root" : language.code
        let created = LanguageResources(
            sentenceBreaker: try BreakIterator(.sentence, locale: locale),
            wordBreaker: try BreakIterator(.word, locale: locale),
            stemmer: configuration.stemming ? Stemmer(language: language) : nil,
            stopwords: stopwords,
            rules: SentenceRules(language: language),
            words: WordCache(capacity: wordCacheCapacity)
        )
        resources[language] = created
        return created
    }
}

/// What a segmenter keeps per language (a class: the token loop hands it around without copying).
private final class LanguageResources {
    let sentenceBreaker: BreakIterator
    let wordBreaker: BreakIterator
    let stemmer: Stemmer?
    let stopwords: Stopwords
    let rules: SentenceRules
    /// The word forms met so far, with their keys and stopword flags.
    let words: WordCache

    init(
        sentenceBreaker: BreakIterator, wordBreaker: BreakIterator, stemmer: Stemmer?, stopwords: Stopwords,
        rules: SentenceRules, words: WordCache
    ) {
        self.sentenceBreaker = sentenceBreaker
        self.wordBreaker = wordBreaker
        self.stemmer = stemmer
        self.stopwords = stopwords
        self.rules = rules
        self.words = words
    }
}

extension String {
    /// The text with right single quotation marks (U+2019) and modifier apostrophes (U+02BC) as
    /// ASCII apostrophes.
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 }))
    }
}
