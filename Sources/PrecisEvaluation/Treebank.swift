import PrecisCore
import Precis

/// Sentences of a Universal Dependencies treebank, read from CoNLL-U or from the four-column form
/// `FORM<TAB>LEMMA<TAB>UPOS<TAB>FEATS` with `# text = …` lines, for training and testing taggers.
///
/// UD's tokens are *syntactic words*: French "du" is "de" + "le", English "don't" is "do" + "n't",
/// and Chinese and Japanese words follow the treebank's own segmentation. Precis tags the tokens
/// ICU finds, which differ; `projected(with:)` carries a sentence's tags and lemmas over to them.
package struct TreebankSentence: Sendable, Hashable {
    /// A syntactic word.
    package struct Word: Sendable, Hashable {
        /// The word as written (NFC).
        package var form: String
        /// Its lemma, or `nil` when the treebank gives none ("_").
        package var lemma: String?
        /// Its part of speech.
        package var tag: PartOfSpeech
    }

    /// The sentence's text (`# text = …`).
    package var text: String
    /// Its syntactic words, in order.
    package var words: [Word]

    /// The sentences of a treebank file's contents. Sentences without a `# text` line, and words
    /// with an unknown tag, are skipped; multiword-token ranges ("3-4") and empty nodes ("5.1")
    /// of CoNLL-U are left out, as UD's own evaluation does.
    package static func parse(_ contents: String) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var text: String?
        var words: [Word] = []
        var valid = true
        func finish() {
            if let text, !words.isEmpty, valid { sentences.append(TreebankSentence(text: text, words: words)) }
            text = nil
            words = []
            valid = true
        }
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                finish()
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { text = String(line.dropFirst(9)) }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let form: Substring
            let lemma: Substring
            let tag: Substring
            if fields.count >= 10 {
                // CoNLL-U: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
                if fields[0].contains("-") || fields[0].contains(".") { continue }
                (form, lemma, tag) = (fields[1], fields[2], fields[3])
            } else if fields.count >= 3 {
                (form, lemma, tag) = (fields[0], fields[1], fields[2])
            } else {
                valid = false
                continue
            }
            guard let partOfSpeech = PartOfSpeech(name: tag) else {
                valid = false
                continue
            }
            words.append(
                Word(
                    form: String(form), lemma: lemma == "_" && form != "_" ? nil : Self.written(String(lemma), as: form),
                    tag: partOfSpeech))
        }
        finish()
        return sentences
    }

    /// A lemma spelt as the text spells its form: Arabic vowel marks (harakat, U+064B–U+065F,
    /// the dagger alif U+0670) and tatweel that the lemma has and the form lacks are dropped, and
    /// alif wasla (ٱ) is written as a plain alif. UD Arabic writes lemmas fully vowelled
    /// ("مُساعِد") while Arabic text, and so every form Precis sees, is unvowelled ("المساعدة");
    /// Precis's lemmas are to be read next to the text, so they are unvowelled too.
    static func written(_ lemma: String, as form: Substring) -> String {
        func isMark(_ scalar: Unicode.Scalar) -> Bool {
            (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0670 || scalar.value == 0x0640
        }
        guard lemma.unicodeScalars.contains(where: { isMark($0) || $0.value == 0x0671 }),
            !form.unicodeScalars.contains(where: isMark)
        else { return lemma }
        var view = String.UnicodeScalarView()
        for scalar in lemma.unicodeScalars where !isMark(scalar) {
            view.append(scalar.value == 0x0671 ? "\u{0627}" : scalar)
        }
        return String(view)
    }

    /// The sentence as UD tokenises it: one token per syntactic word.
    package var goldTokens: TaggedSentence {
        TaggedSentence(forms: words.map(\.form), tags: words.map(\.tag), lemmas: words.map(\.lemma))
    }

    /// How Precis's tokens of a sentence meet UD's words.
    package struct Alignment: Sendable, Hashable {
        /// Tokens that are exactly one word.
        package var oneToOne = 0
        /// Tokens that are a part of one word (ICU cut the word: "Нью" "-" "Йорк"; a Chinese word
        /// cut in two).
        package var partOfWord = 0
        /// Tokens that span several words (French "du", English "don't", "Russia's", a Chinese
        /// compound ICU keeps whole).
        package var severalWords = 0
        /// Tokens that meet no word (text the treebank left out).
        package var unmatched = 0

        /// Creates counts.
        package init(oneToOne: Int = 0, partOfWord: Int = 0, severalWords: Int = 0, unmatched: Int = 0) {
            self.oneToOne = oneToOne
            self.partOfWord = partOfWord
            self.severalWords = severalWords
            self.unmatched = unmatched
        }

        /// Adds another count.
        package static func + (a: Alignment, b: Alignment) -> Alignment {
            Alignment(
                oneToOne: a.oneToOne + b.oneToOne, partOfWord: a.partOfWord + b.partOfWord,
                severalWords: a.severalWords + b.severalWords, unmatched: a.unmatched + b.unmatched)
        }

        /// Every token counted.
        package var total: Int { oneToOne + partOfWord + severalWords + unmatched }
    }

    /// The sentence cut into Precis's tokens (ICU word breaks, as `segmenter` cuts it), each with
    /// the tag and lemma it gets from the words it covers, and how the tokens met the words.
    ///
    /// - A token that is one word takes its tag and lemma.
    /// - A token inside a word takes the word's tag (punctuation inside a word stays
    ///   punctuation); the word's last piece takes what the lemma has after the earlier pieces
    ///   ("Йорку" → "Йорк" in "Нью-Йорку" → "Нью-Йорк"), earlier pieces are their own lemma.
    /// - A token over several words takes the tag of its last content word (noun, proper noun,
    ///   verb, adjective, adverb, numeral), else of its first word: "l'homme" is a noun, "du" an
    ///   adposition, "don't" an auxiliary. Its lemma is that word's lemma when the other words are
    ///   function words ("Russia's" → "Russia", "l'homme" → "homme"), else the token itself.
    /// - Tokens that meet no word are punctuation (or X), with no lemma.
    package func projected(with segmenter: Segmenter) throws(ICUError) -> (sentence: TaggedSentence, alignment: Alignment) {
        let document = try segmenter.segment(text)
        let text = document.text
        let bytes = Array(text.utf8)
        let normalizer = Normalizer()
        var spans: [Range<Int>?] = Array(repeating: nil, count: words.count)
        let forms = try words.map { (word) throws(ICUError) in Array(try normalizer.nfc(word.form).text.utf8) }

        // Words to byte spans of the text. A word not found where the text is (a syntactic word of a
        // contraction) starts a gap that runs until a later word is found in the same chunk of text
        // without spaces, or after it.
        var cursor = 0
        func skipSpaces(_ position: Int) -> Int {
            var position = position
            while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
            return position
        }
        func matches(_ form: [UInt8], at position: Int) -> Bool {
            !form.isEmpty && position + form.count <= bytes.count && bytes[position..<(position + form.count)].elementsEqual(form)
        }
        var i = 0
        while i < words.count {
            cursor = skipSpaces(cursor)
            if matches(forms[i], at: cursor) {
                spans[i] = cursor..<(cursor + forms[i].count)
                cursor += forms[i].count
                i += 1
                continue
            }
            var chunkEnd = cursor
            while chunkEnd < bytes.count, !Self.isSpace(bytes[chunkEnd]) { chunkEnd += 1 }
            let resume = skipSpaces(chunkEnd)
            var found: (word: Int, position: Int)?
            search: for j in (i + 1)..<min(words.count, i + 5) {
                for position in (cursor + 1)...max(cursor + 1, chunkEnd) where position <= chunkEnd {
                    if matches(forms[j], at: position) {
                        found = (j, position)
                        break search
                    }
                }
                if matches(forms[j], at: resume) {
                    found = (j, resume)
                    break
                }
            }
            let end = found?.position ?? chunkEnd
            var trimmed = end
            while trimmed > cursor, Self.isSpace(bytes[trimmed - 1]) { trimmed -= 1 }
            let gapEnd = found?.word ?? (i + 1)
            for k in i..<gapEnd where trimmed > cursor { spans[k] = cursor..<trimmed }
            cursor = end
            i = gapEnd
        }

        // Tokens to words.
        var result = TaggedSentence(forms: [], tags: [], lemmas: [])
        var alignment = Alignment()
        var first = 0
        for token in document.tokens {
            let start = text.utf8.distance(from: text.startIndex, to: token.range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: token.range.upperBound)
            let surface = String(text[token.range])
            while first < words.count, let span = spans[first], span.upperBound <= start { first += 1 }
            var covered: [Int] = []
            var k = first
            while k < words.count {
                if let span = spans[k] {
                    if span.lowerBound >= end { break }
                    if span.overlaps(start..<end) { covered.append(k) }
                }
                k += 1
            }
            var tag: PartOfSpeech
            var lemma: String?
            if covered.isEmpty {
                alignment.unmatched += 1
                tag = token.kind.isWord ? .other : .punctuation
            } else if covered.count == 1 {
                let word = words[covered[0]]
                let span = spans[covered[0]]!
                tag = word.tag
                if span == start..<end {
                    alignment.oneToOne += 1
                    lemma = word.lemma
                } else if span.lowerBound <= start && span.upperBound >= end {
                    alignment.partOfWord += 1
                    if !token.kind.isWord {
                        tag = .punctuation
                    } else if let whole = word.lemma {
                        let before = String(decoding: bytes[span.lowerBound..<start], as: UTF8.self).lowercased()
                        if end == span.upperBound {
                            // The last piece: the lemma after the earlier pieces, if it starts with them.
                            let lowered = whole.lowercased()
                            lemma = lowered.hasPrefix(before) && whole.count > before.count
                                ? String(whole.dropFirst(before.count)) : nil
                            // Korean lemmas join morphemes with "+" ("2015년" → "2015+년"): the
                            // piece "년" gets "년", not "+년".
                            if let rest = lemma, rest.hasPrefix("+"), rest.count > 1, !surface.hasPrefix("+") {
                                lemma = String(rest.dropFirst())
                            }
                        } else {
                            lemma = whole.lowercased().hasPrefix(before + surface.lowercased()) ? surface : nil
                        }
                    }
                } else {
                    // The token runs past the word's span into text no word covers.
                    alignment.severalWords += 1
                    lemma = nil
                }
            } else {
                alignment.severalWords += 1
                let content = covered.filter { words[$0].tag.isContent }
                let head = content.last ?? covered[0]
                tag = words[head].tag
                lemma = content.count <= 1 ? words[head].lemma : surface
            }
            result.forms.append(surface)
            result.tags.append(tag)
            result.lemmas.append(token.kind.isWord ? lemma : nil)
        }
        return (result, alignment)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
