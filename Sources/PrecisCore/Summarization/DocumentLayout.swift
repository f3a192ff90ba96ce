/// The part each sentence of a document plays, as far as a summary is concerned: running text, the
/// title, a heading, or page furniture that no editor would put in a summary.
///
/// Everything is decided from the text's form, in any language, without word lists:
/// - **Title:** a Markdown `# ` line (the first one), else, among the lines standing alone before
///   the first paragraph of running text, the one that shares the most content terms with the
///   rest of the text (so a site name or a share link above the headline loses to the headline),
///   or when none shares any, a first line of three words or more standing alone above running text.
///   HTML's `<title>` and `<h1>` are such lines once `HTMLRemnants` has removed the tags. A
///   headline that asks a question is still the title (questions in the text are furniture).
/// - **Headings:** other one-line paragraphs of at most 20 words that do not end a sentence (a
///   section heading, a caption, an "Also read: …" link) and share a content term with the rest
///   of the text.
/// - **Furniture** (`Furniture`): list items and navigation ("• youtube"), lines standing alone
///   that share nothing with the text (a site's name), sentences that do not end as sentences do
///   (a byline, a dateline, a cut made by the segmenter), pieces of quotations cut before their
///   attribution ("… going on there,\""), questions, sentences that start in lower case in a
///   text written in upper and lower case, sentences of fewer than four words (or 12 Chinese or
///   Japanese characters), and lines of
///   names (nearly every word capitalised). A sentence of a longer quotation, whose marks do not
///   pair up within it, is not furniture; `Summarizer` ranks it lower.
///
/// The end-of-sentence test only applies to texts that end most of their sentences with
/// punctuation (Thai, for instance, does not), and the lower-case test only to texts whose
/// sentences mostly start with a capital.
public struct DocumentLayout: Sendable, Hashable {
    /// What a sentence is.
    public enum Role: Sendable, Hashable {
        /// A sentence of running text.
        case body
        /// The document's title or headline.
        case title
        /// A heading, caption or other line standing alone that belongs to the text.
        case heading
        /// Page furniture, never summary material (unless the text has nothing else).
        case furniture(Furniture)
    }

    /// Why a sentence is furniture.
    public enum Furniture: Sendable, Hashable, CaseIterable {
        /// A list item or navigation entry that is not a full sentence ("• youtube").
        case listItem
        /// A line standing alone that shares no content word with the rest of the text (a site's
        /// name, a dateline).
        case unrelatedLine
        /// Text that does not end as a sentence does: a byline, "Read more:", a quotation cut
        /// before its attribution, a piece cut off by the segmenter.
        case unfinished
        /// A question.
        case question
        /// A piece of a quotation that ends inside it without ending a sentence
        /// ("I think this is what is going on there,\"": the attribution was cut off).
        case quoteFragment
        /// A sentence that starts in lower case in a text whose sentences start with capitals:
        /// the segmenter cut a sentence in two.
        case lowercaseStart
        /// Fewer than four words (in Chinese and Japanese, also fewer than 12 characters).
        case tooShort
        /// Nearly every word capitalised: names, a photo credit, a byline.
        case nameLine
    }

    /// One role per sentence of the document.
    public let roles: [Role]
    /// The index of the title sentence, if the document has one (its role is `.title`).
    public let title: Int?
    /// Whether the title was marked up as a Markdown `#` heading.
    public let titleIsMarkdown: Bool

    /// The layout of `document`.
    ///
    /// - Complexity: O(n) in the number of tokens.
    public init(_ document: Document) {
        let facts = document.sentences.map { SentenceFacts(document, $0) }
        self.init(document, facts: facts)
    }

    init(_ document: Document, facts: [SentenceFacts]) {
        let n = document.sentences.count
        // How many sentences each content term occurs in.
        var sentenceCount: [Int32: Int32] = [:]
        for fact in facts { for term in fact.terms { sentenceCount[term, default: 0] += 1 } }
        func sharesTerms(_ i: Int) -> Int { facts[i].terms.count { sentenceCount[$0, default: 0] > 1 } }

        // Text-wide habits: are sentences ended with punctuation, and begun with capitals?
        let long = facts.filter { $0.words >= 5 }
        let punctuated = long.count { $0.end != .none } * 2 >= long.count && !long.isEmpty
        let cased = facts.filter { $0.start != .uncased }
        let capitalised = cased.count >= 3 && cased.count { $0.start == .upper } * 10 >= cased.count * 7

        var roles = [Role](repeating: .body, count: n)
        var standalone = [Bool](repeating: false, count: n)
        for paragraph in document.paragraphs where paragraph.sentences.count == 1 {
            let i = paragraph.sentences.lowerBound
            standalone[i] = document.paragraphs.count > 1
        }
        for i in 0..<n {
            let fact = facts[i]
            if fact.words == 0 {
                roles[i] = .furniture(.unfinished)
            } else if fact.isListItem && !(fact.words >= 8 && fact.end != .none) {
                roles[i] = .furniture(.listItem)
            } else if standalone[i] && fact.words <= 20 && (fact.end == .none || fact.isMarkdownHeading) {
                roles[i] = sharesTerms(i) > 0 ? .heading : .furniture(.unrelatedLine)
            } else if punctuated && fact.end == .none {
                roles[i] = .furniture(fact.endsInQuote ? .quoteFragment : .unfinished)
            } else if fact.end == .question {
                roles[i] = .furniture(.question)
            } else if capitalised && fact.start == .lower {
                roles[i] = .furniture(.lowercaseStart)
            } else if fact.words < 4 || (fact.unspaced && fact.characters < 12) {
                roles[i] = .furniture(.tooShort)
            } else if fact.isNameLine {
                roles[i] = .furniture(.nameLine)
            }
        }

        // The title: the first Markdown `# ` line, else the best line standing alone before the
        // first paragraph of running text.
        var title: Int?
        var markdown = false
        if let first = (0..<n).first(where: { facts[$0].isMarkdownHeading && facts[$0].headingLevel == 1 && standalone[$0] }) {
            title = first
            markdown = true
        } else {
            var best = 0
            for paragraph in document.paragraphs.prefix(Self.leadingParagraphs) {
                let i = paragraph.sentences.lowerBound
                guard standalone[i] else { break }
                let fact = facts[i]
                // A line standing alone that ends a sentence is running text (a lead or standfirst).
                if fact.end == .full && !fact.isListItem { break }
                guard fact.words >= 2, fact.words <= Self.longestTitle, !fact.isListItem else { continue }
                let shared = sharesTerms(i)
                if shared > best {
                    best = shared
                    title = i
                }
            }
            // A first line that stands alone above running text is the title even when it shares
            // no word with it (a language without a stemmer, a headline in other words).
            if title == nil, document.paragraphs.count > 1, standalone[0], document.paragraphs[1].sentences.count > 0 {
                let first = facts[0], next = document.paragraphs[1]
                let nextIsText = next.sentences.count > 1 || facts[next.sentences.lowerBound].end == .full
                if nextIsText, first.end != .full, !first.isListItem, first.words >= 3, first.words <= Self.longestTitle {
                    title = 0
                }
            }
        }
        // A headline that asks a question is still the headline: the editor's own one-line summary.
        if let title { roles[title] = .title }
        self.roles = roles
        self.title = title
        self.titleIsMarkdown = markdown
    }

    /// How many paragraphs at the start of a text are searched for its title.
    static let leadingParagraphs = 12
    /// The most words a title has.
    static let longestTitle = 30

    /// Whether sentence `index` is furniture.
    public func isFurniture(_ index: Int) -> Bool {
        if case .furniture = roles[index] { return true }
        return false
    }
}

/// What `DocumentLayout` reads from one sentence.
struct SentenceFacts {
    /// How a sentence ends.
    enum End { case none, full, question }
    /// How a sentence starts.
    enum Start { case upper, lower, uncased }

    /// Word tokens.
    var words = 0
    /// Characters, counted for sentences written without spaces only (the only ones whose length
    /// in characters is asked: counting characters means finding grapheme clusters); 0 otherwise.
    var characters = 0
    /// Whether most of its words are ideographs or kana (written without spaces).
    var unspaced = false
    /// Distinct content terms, ascending.
    var terms: [Int32] = []
    var end = End.none
    var start = Start.uncased
    var isListItem = false
    var isMarkdownHeading = false
    var headingLevel = 0
    /// Whether its double quotation marks do not pair up (a sentence of a longer quotation).
    var unpairedQuotes = false
    /// Whether it ends with a closing quotation mark.
    var endsInQuote = false
    var isNameLine = false

    init(_ document: Document, _ sentence: Sentence) {
        let text = document[sentence]
        var capitals = 0, letterWords = 0, ideographic = 0
        for token in document.tokens[sentence.tokens] where token.kind.isWord {
            words += 1
            if token.kind == .ideographic || token.kind == .kana { ideographic += 1 }
            if !token.isStopword, let term = token.term { terms.append(Int32(truncatingIfNeeded: term)) }
            if token.kind == .letter, let first = document[token].unicodeScalars.first {
                // ASCII without a look at the Unicode tables: most words of most texts.
                let cased: Bool, upper: Bool
                if first.isASCII {
                    upper = first.value >= 0x41 && first.value <= 0x5A
                    cased = upper || first.value >= 0x61 && first.value <= 0x7A
                } else {
                    cased = first.properties.changesWhenCaseMapped
                    upper = cased && first.properties.isUppercase
                }
                if cased {
                    letterWords += 1
                    if upper { capitals += 1 }
                }
            }
        }
        unspaced = ideographic * 2 > words
        if unspaced { characters = text.count }
        var unique: [Int32] = []
        for term in terms.sorted() where unique.last != term { unique.append(term) }
        terms = unique
        isNameLine = letterWords >= 3 && capitals * 20 >= letterWords * 17 && words == letterWords
            && letterWords <= 12

        // The start: skip opening quotes and brackets, then look at the first letter.
        let scalars = text.unicodeScalars
        if let first = scalars.first {
            if first == "#" {
                let level = scalars.prefix { $0 == "#" }.count
                if level <= 6, scalars.dropFirst(level).first == " " {
                    isMarkdownHeading = true
                    headingLevel = level
                }
            } else if Self.isBullet(first) {
                isListItem = true
            }
        }
        for scalar in scalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.changesWhenCaseMapped {
                    start = properties.isUppercase ? .upper : (properties.isLowercase ? .lower : .uncased)
                }
                break
            }
        }

        // The end: skip closing quotes and brackets (and spaces between them in tokenised text).
        for scalar in scalars.reversed() {
            if Self.closers.contains(scalar) || scalar == " " {
                if Self.isDoubleQuote(scalar) || scalar == "'" { endsInQuote = true }
                continue
            }
            if Self.questionMarks.contains(scalar) {
                end = .question
            } else if scalar.properties.isSentenceTerminal || scalar == "\u{2026}" {
                end = .full
            }
            break
        }

        // Quotation marks: double quotes of every style must pair up. Straight `"` and
        // tokenised `` `` `` / `''` count once per pair of marks.
        var quotes = 0
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if Self.isDoubleQuote(scalar) {
                quotes += 1
            } else if (scalar == "`" && previous == "`") || (scalar == "'" && previous == "'") {
                quotes += 1
                previous = " "
                continue
            }
            previous = scalar
        }
        unpairedQuotes = quotes % 2 == 1
    }

    /// Characters that start a list item or a navigation entry: bullets, dashes, arrows, pipes.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar == "*" || scalar == "+" || scalar == "|" || scalar == ">" { return true }
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .dashPunctuation:
            return true
        case .otherPunctuation:
            // • ‣ ⁃ · and the like, but not quotes, inverted marks, "#", "%", "@" or "&".
            return !"\"'¿¡#%@&*/\\!?.,:;".unicodeScalars.contains(scalar)
        default:
            return false
        }
    }

    /// Closing quotes and brackets, which may follow a sentence's final mark.
    static let closers: Set<Unicode.Scalar> = Set("\"'”’»›)]}」』）】〉》`".unicodeScalars)
    /// Question marks of several scripts (Latin, full-width, Arabic, Greek, Armenian, Ethiopic).
    static let questionMarks: Set<Unicode.Scalar> = Set("?？؟;՞፧⁇⁈⁉".unicodeScalars)
    /// Double quotation marks of several styles (English, German, French, CJK corners).
    static let doubleQuotes: Set<Unicode.Scalar> = Set("\"“”„«»「」『』".unicodeScalars)

    /// Whether `scalar` is one of `doubleQuotes`, without hashing (this runs for every scalar of
    /// every sentence).
    @inline(__always)
    static func isDoubleQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x300C, 0x300D, 0x300E, 0x300F: true
        default: false
        }
    }
}
