import Testing

@testable import Precis

/// SplitMix64: a tiny, fast, seedable generator, so that every run builds the same random texts.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds random texts from words of several scripts, punctuation, abbreviations, numbers, spaces
/// and line breaks, put together the way text is written: words of scripts that use spaces are
/// separated by white space, Chinese, Japanese and Thai words may touch, trailing punctuation sticks
/// to the word before it and opening punctuation to the word after it.
private struct TextGenerator {
    /// Words of scripts written with spaces between words.
    static let spacedWords: [String] = [
        "the", "house", "Running", "Paris", "über", "Straße", "ciudad", "économie", "już", "Dr.", "Mr.", "z.", "B.",
        "e.g.", "U.S.", "J.", "p.m.", "etc.", "3.", "Oktober", "don't", "e-mail", "www.example.com",
        "Москва", "г.", "правительство", "и", "т.е.", "κυβέρνηση", "Αθήνα", "και", "الحكومة", "في", "שלום",
        "भारत", "दिल्ली", "서울은", "날씨가", "좋습니다",
        "1995", "3.50", "1,000", "$", "%", "42", "😀", "#tag", "@name", "—", "-", "&",
    ]
    /// Words of scripts written without spaces.
    static let unspacedWords: [String] = [
        "俄罗斯", "总统", "的", "可能性", "東京", "の", "天気", "です", "プーチン", "ภาษาไทย", "ครอบครัว", "และ",
    ]
    static let trailing: [String] = [
        ".", "!", "?", "?!", "...", "…", ",", ";", ":", "»", ")", "]", "”", "\"", "'", "’", "。", "！", "？", "、",
        "，", "؟", "।",
    ]
    static let opening: [String] = ["(", "[", "«", "“", "\"", "¿", "„"]
    static let spaces: [String] = [" ", " ", " ", " ", "  ", "\t", "\u{00A0}", "\u{3000}"]
    static let breaks: [String] = ["\n", "\n", "\n\n", "\r\n", "\n \n", "\n\n\n"]

    private enum Last { case start, spaced, unspaced, trailing, opening, space, lineBreak }

    var random: SplitMix64

    mutating func text() -> String {
        let pieces = Int.random(in: 0...80, using: &random)
        var text = ""
        var last = Last.start
        for _ in 0..<pieces {
            let roll = Int.random(in: 0..<100, using: &random)
            switch roll {
            case 0..<60:
                let unspaced = roll < 20
                let word = (unspaced ? Self.unspacedWords : Self.spacedWords).randomElement(using: &random)!
                switch last {
                case .unspaced where unspaced: break
                case .spaced, .unspaced, .trailing: text += Self.spaces.randomElement(using: &random)!
                case .start, .opening, .space, .lineBreak: break
                }
                text += word
                last = unspaced ? .unspaced : .spaced
            case 60..<78:
                guard last == .spaced || last == .unspaced || last == .trailing else { continue }
                text += Self.trailing.randomElement(using: &random)!
                last = .trailing
            case 78..<84:
                if last != .start && last != .space && last != .lineBreak && last != .opening {
                    text += Self.spaces.randomElement(using: &random)!
                }
                text += Self.opening.randomElement(using: &random)!
                last = .opening
            case 84..<94:
                text += Self.spaces.randomElement(using: &random)!
                last = .space
            default:
                text += Self.breaks.randomElement(using: &random)!
                last = .lineBreak
            }
        }
        return text
    }
}

/// Checks every structural promise `Document` makes; records issues with `#expect`.
private func checkInvariants(_ document: Document, input: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = document.text
    let context = "text: \(input.debugDescription)"

    // Tokens: non-empty, in order, not overlapping, never white space.
    var previousEnd = text.startIndex
    for token in document.tokens {
        #expect(!token.range.isEmpty, "\(context)", sourceLocation: sourceLocation)
        #expect(token.range.lowerBound >= previousEnd, "tokens overlap or are out of order; \(context)", sourceLocation: sourceLocation)
        #expect(
            !text[token.range].allSatisfy { $0.isWhitespace }, "white-space token; \(context)", sourceLocation: sourceLocation)
        #expect((token.term != nil) == token.kind.isWord, "\(context)", sourceLocation: sourceLocation)
        if let term = token.term { #expect(term < document.terms.count, "\(context)", sourceLocation: sourceLocation) }
        previousEnd = token.range.upperBound
    }

    // Sentences: non-empty, in order, not overlapping, trimmed; their token runs are contiguous and
    // cover every token; each token lies inside its sentence.
    previousEnd = text.startIndex
    var nextToken = 0
    for sentence in document.sentences {
        #expect(!sentence.range.isEmpty, "\(context)", sourceLocation: sourceLocation)
        #expect(sentence.range.lowerBound >= previousEnd, "sentences overlap; \(context)", sourceLocation: sourceLocation)
        previousEnd = sentence.range.upperBound
        let sentenceText = text[sentence.range]
        #expect(sentenceText.first?.isWhitespace == false, "leading white space; \(context)", sourceLocation: sourceLocation)
        #expect(sentenceText.last?.isWhitespace == false, "trailing white space; \(context)", sourceLocation: sourceLocation)
        #expect(sentence.tokens.lowerBound == nextToken, "token runs not contiguous; \(context)", sourceLocation: sourceLocation)
        nextToken = sentence.tokens.upperBound
        for token in document.tokens(of: sentence) {
            #expect(
                sentence.range.lowerBound <= token.range.lowerBound && token.range.upperBound <= sentence.range.upperBound,
                "token \(text[token.range].debugDescription) outside its sentence \(sentenceText.debugDescription); \(context)",
                sourceLocation: sourceLocation)
        }
        #expect(
            document.paragraphs.indices.contains(sentence.paragraph), "\(context)", sourceLocation: sourceLocation)
    }
    #expect(nextToken == document.tokens.count, "tokens after the last sentence; \(context)", sourceLocation: sourceLocation)

    // Paragraphs: in order, their sentence runs contiguous and covering all sentences, each
    // sentence inside its paragraph and pointing back to it.
    previousEnd = text.startIndex
    var nextSentence = 0
    for (index, paragraph) in document.paragraphs.enumerated() {
        #expect(!paragraph.range.isEmpty && !paragraph.sentences.isEmpty, "\(context)", sourceLocation: sourceLocation)
        #expect(paragraph.range.lowerBound >= previousEnd, "paragraphs overlap; \(context)", sourceLocation: sourceLocation)
        previousEnd = paragraph.range.upperBound
        #expect(paragraph.sentences.lowerBound == nextSentence, "\(context)", sourceLocation: sourceLocation)
        nextSentence = paragraph.sentences.upperBound
        for sentence in document.sentences[paragraph.sentences] {
            #expect(sentence.paragraph == index, "\(context)", sourceLocation: sourceLocation)
            #expect(
                paragraph.range.lowerBound <= sentence.range.lowerBound
                    && sentence.range.upperBound <= paragraph.range.upperBound,
                "sentence outside its paragraph; \(context)", sourceLocation: sourceLocation)
        }
    }
    #expect(nextSentence == document.sentences.count, "\(context)", sourceLocation: sourceLocation)

    // Coverage: every character that is not white space is in a sentence and in a token.
    var sentenceIndex = 0
    var tokenIndex = 0
    let scalars = text.unicodeScalars
    var position = scalars.startIndex
    while position < scalars.endIndex {
        let scalar = scalars[position]
        if !scalar.properties.isWhitespace {
            while sentenceIndex < document.sentences.count, document.sentences[sentenceIndex].range.upperBound <= position {
                sentenceIndex += 1
            }
            let inSentence =
                sentenceIndex < document.sentences.count && document.sentences[sentenceIndex].range.lowerBound <= position
            #expect(inSentence, "U+\(String(scalar.value, radix: 16)) not in a sentence; \(context)", sourceLocation: sourceLocation)
            while tokenIndex < document.tokens.count, document.tokens[tokenIndex].range.upperBound <= position {
                tokenIndex += 1
            }
            let inToken = tokenIndex < document.tokens.count && document.tokens[tokenIndex].range.lowerBound <= position
            #expect(inToken, "U+\(String(scalar.value, radix: 16)) not in a token; \(context)", sourceLocation: sourceLocation)
        }
        position = scalars.index(after: position)
    }
}

/// Everything of a document that can be compared.
private struct Snapshot: Equatable {
    let text: String
    let language: Language
    let paragraphs: [Paragraph]
    let sentences: [Sentence]
    let tokens: [Token]
    let terms: [String]

    init(_ document: Document) {
        text = document.text
        language = document.language
        paragraphs = document.paragraphs
        sentences = document.sentences
        tokens = document.tokens
        terms = document.terms
    }
}

@Suite("Document invariants on random texts")
struct DocumentInvariantTests {
    static let languages: [Segmenter.LanguageChoice] = [
        .auto, .fixed("en"), .fixed("de"), .fixed("ru"), .fixed("el"), .fixed("ar"), .fixed("zh"), .fixed("ja"),
        .fixed("th"), .fixed("ko"), .fixed("hi"), .fixed(.undetermined),
    ]

    @Test(arguments: 0..<8)
    func randomTextsKeepTheInvariants(seed: Int) throws {
        var generator = TextGenerator(random: SplitMix64(seed: 0x5EED_0000 + UInt64(seed)))
        let segmenters = Self.languages.map { Segmenter(configuration: .init(language: $0)) }
        for _ in 0..<40 {
            let text = generator.text()
            for segmenter in segmenters {
                let document = try segmenter.segment(text)
                checkInvariants(document, input: text)
            }
        }
    }

    @Test(arguments: 0..<4)
    func plainICUAndUnjoinedLinesKeepTheInvariants(seed: Int) throws {
        var generator = TextGenerator(random: SplitMix64(seed: 0xC0FFEE + UInt64(seed)))
        let segmenters = [
            Segmenter(configuration: .init(language: .fixed("en"), plainICU: true)),
            Segmenter(configuration: .init(language: .fixed("th"), plainICU: true)),
            Segmenter(configuration: .init(language: .fixed("de"), joinWrappedLines: false)),
        ]
        for _ in 0..<40 {
            let text = generator.text()
            for segmenter in segmenters {
                checkInvariants(try segmenter.segment(text), input: text)
            }
        }
    }

    @Test func segmentationIsDeterministic() throws {
        var generator = TextGenerator(random: SplitMix64(seed: 42))
        for _ in 0..<30 {
            let text = generator.text()
            for language in Self.languages {
                let segmenter = Segmenter(configuration: .init(language: language))
                let first = Snapshot(try segmenter.segment(text))
                // The same segmenter again (caches warm), and a fresh one.
                #expect(Snapshot(try segmenter.segment(text)) == first, "\(text.debugDescription)")
                #expect(Snapshot(try Segmenter(configuration: .init(language: language)).segment(text)) == first)
            }
        }
    }

    /// A full stop glued to the next word ("ดร.สมชาย", Thai for "Dr. Somchai"; "Mr.김") is not a
    /// sentence end, and a sentence boundary must never cut a word token in two.
    @Test(arguments: [
        ("th", "ดร.สมชาย ได้กล่าวว่าเศรษฐกิจจะดีขึ้นในปีหน้า"),
        ("ja", "彼はDr.शर्मा と話した。"),
        ("zh", "我在首尔见到了Mr.김先生。"),
        ("zh", "他们都使用iPhone.ครอบครัว"),
    ])
    func fullStopGluedToTheNextWordInUnspacedLanguages(code: String, text: String) throws {
        let document = try Segmenter(language: Language(code)).segment(text)
        #expect(document.sentences.count == 1, "\(document.sentences.map { String(document[$0]) })")
        checkInvariants(document, input: text)
    }

    @Test func plainICUSentenceBreakInsideAWord() throws {
        // ICU's sentence rules break after "Mr." before an Arabic letter while its word rules keep
        // "Mr.في" one word: the document must still keep each token inside one sentence (with
        // `plainICU` Precis reports ICU's breaks unchanged, so this holds for its own rules).
        let text = "He met Mr.في yesterday. Then he left."
        let document = try Segmenter(configuration: .init(language: .fixed("en"))).segment(text)
        checkInvariants(document, input: text)
    }

    @Test func generatorIsSeeded() {
        var a = SplitMix64(seed: 7)
        var b = SplitMix64(seed: 7)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(Set(first).count == 5)
        // Reference values of SplitMix64 for seed 0.
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    // MARK: Line structure

    /// Greedy wrapping at `width` characters, as a mail client or an old e-text would do it.
    private static func wrap(_ paragraph: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private static let wrappedParagraphs = [
        [
            "The old lighthouse stood at the end of the harbour wall for more than two hundred years before the town council decided to restore it.",
            "Volunteers from Aberdeen and Dundee spent three summers repairing the stone steps, the iron railings and the great lamp at the top.",
            "When the light was switched on again in October, hundreds of people came down to the shore to watch it turn.",
        ],
        [
            "Fishermen say the beam can be seen from twenty miles out on a clear night.",
            "Some of them still remember the last keeper, who lived in the cottage by the gate and painted the door blue every spring.",
        ],
    ]

    @Test(arguments: ["\n", "\r\n"])
    func hardWrappedParagraphsAreJoined(lineEnd: String) throws {
        let text = Self.wrappedParagraphs
            .map { Self.wrap($0.joined(separator: " "), width: 70) }
            .joined(separator: "\n\n")
            .replacing("\n", with: lineEnd)
        let lines = text.split(whereSeparator: \.isNewline)
        #expect(lines.allSatisfy { $0.count <= 70 })
        #expect(lines.count >= 8)

        let document = try Segmenter(language: "en").segment(text)
        checkInvariants(document, input: text)
        let sentences = document.sentences.map { document[$0].split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(sentences == Self.wrappedParagraphs.flatMap { $0 })
        #expect(document.paragraphs.count == 2)
        #expect(document.paragraphs.map(\.sentences.count) == [3, 2])
        // Sentences run across the line breaks of the original text.
        #expect(document.sentences.contains { document[$0].contains(where: \.isNewline) })
    }

    @Test func wrappedSentenceContinuingInLowerCaseIsJoined() throws {
        // No blank lines, so not a hard-wrapped document: only the lower-case rule applies.
        let text = "The meeting was moved to the large hall because\nso many people wanted to attend.\nIt started late."
        let document = try Segmenter(language: "en").segment(text)
        #expect(document.sentences.map { String(document[$0]) } == [
            "The meeting was moved to the large hall because\nso many people wanted to attend.", "It started late.",
        ])
        #expect(document.paragraphs.count == 2)
    }

    @Test func headlinesStayOneSentencePerLine() throws {
        let headlines = [
            "Council approves new budget for village schools",
            "Heavy rain floods roads across the northern valleys",
            "Local baker wins national award for rye bread",
            "Museum reopens after two years of repairs",
            "Ferry services cancelled as storm reaches the coast",
        ]
        let document = try Segmenter(language: "en").segment(headlines.joined(separator: "\n"))
        #expect(document.sentences.map { String(document[$0]) } == headlines)
        #expect(document.paragraphs.count == headlines.count)
        checkInvariants(document, input: headlines.joined(separator: "\n"))
    }

    @Test func listItemsInAWrappedDocumentStaySeparate() throws {
        let intro = Self.wrap(Self.wrappedParagraphs[0].joined(separator: " "), width: 70)
        let list = ["- Repair the stone steps", "- Paint the cottage door", "- Replace the great lamp"]
        let text = intro + "\n\n" + list.joined(separator: "\n") + "\n\n" + Self.wrap(Self.wrappedParagraphs[1].joined(separator: " "), width: 70)
        let document = try Segmenter(language: "en").segment(text)
        let sentences = document.sentences.map { String(document[$0]) }
        for item in list { #expect(sentences.contains(item), "\(item) not a sentence of its own: \(sentences)") }
    }
}
