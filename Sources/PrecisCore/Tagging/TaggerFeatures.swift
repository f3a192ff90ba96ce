/// The features of the part-of-speech tagger, shared by training (`TaggerTrainer`) and tagging
/// (`Tagger`) so that the two can never disagree.
///
/// Every feature is a 64-bit hash of a template number and a value (a word, a suffix, the tags
/// before). A word's *form features* depend on the word alone (its lower-case form, suffixes of
/// one to five characters, prefixes, shape, length), so a tagger computes them, and their summed
/// weights, once per word form; only the *context features* (the two tags before, the words
/// around and their suffixes, and a guess at the tags of the next two words) are looked up per
/// token.
///
/// The guess at a word's tag is its entry in the dictionary of unambiguous words, else the tag its
/// form features alone score best: a cheap look-ahead in a tagger that decides left to right
/// (measured on a held-out tenth of the training data: +0.2 points of accuracy on average over
/// 27 languages, the length feature another +0.1).
///
/// Models of languages whose tokens are often pieces of words (Chinese and Japanese words cut by
/// ICU's dictionaries, Vietnamese syllables) also look at pairs of words: this one with the one
/// before and with the one after (`TaggerModel.usesWordPairs`).
///
/// The hashes are FNV-1a over UTF-8 followed by a 64-bit mixer: stable across runs and machines,
/// which the shipped models rely on.
enum TaggerFeatures {
    /// Feature templates. The numbers are part of the model format: never renumber them.
    enum Template: UInt64 {
        case bias = 1
        case word, suffix1, suffix2, suffix3, suffix4, suffix5, prefix1, prefix2, shape, capitalisation
        case previousTag, previousTwoTags, tagBeforePrevious, previousTagAndWord
        case previousWord, wordBeforePrevious, nextWord, wordAfterNext, previousSuffix, nextSuffix
        case capitalisationAtStart, previousTagAndSuffix
        case length, nextGuess, nextTwoGuesses, previousTagAndNextGuess
        case previousAndCurrentWord, currentAndNextWord
    }

    /// The number of context features per token (`writeContextFeatures`).
    static let contextCount = 17

    /// What the context features need to know of a word, besides its tag.
    struct Neighbour {
        /// The hash of its lower-case form.
        var word: UInt64
        /// The hash of its last three characters (lower case).
        var suffix: UInt64
        /// Its capitalisation class (`capitalisationClass`).
        var capitalisation: UInt8
        /// A first guess at its tag (raw value), for the tokens before it to look ahead at: its
        /// tag in the model's dictionary of unambiguous words, else the best tag by its form
        /// features alone (`TaggerFeatures.guess`).
        var guess: UInt8 = 0
    }

    /// The neighbour that stands before the first and after the last token of a sentence.
    static let boundary = Neighbour(word: 0x5EED_0001, suffix: 0x5EED_0002, capitalisation: 0, guess: 254)
    static let boundaryAfter = Neighbour(word: 0x5EED_0003, suffix: 0x5EED_0004, capitalisation: 0, guess: 253)

    /// The best tag by summed form-feature scores (`TaggerModel.tagCount` values).
    @inline(__always)
    static func guess(_ scores: UnsafePointer<Float>) -> UInt8 {
        var best = 0
        for tag in 1..<TaggerModel.tagCount where scores[tag] > scores[best] { best = tag }
        return UInt8(best)
    }

    /// The tag numbers that stand for "before the sentence" in the tag features.
    static let startTag: UInt64 = 100
    static let startTag2: UInt64 = 101

    /// The analysis of a word form: its context-free feature hashes and what neighbours see of it.
    struct Form {
        var features: [UInt64]
        var neighbour: Neighbour
        /// The lower-case form.
        var lower: String
    }

    /// Analyses a surface form.
    /// `surface` spelt as the treebanks spell it, where published text often spells it otherwise;
    /// the tagger reads a word's features (and looks it up in the model's dictionary) in this
    /// spelling, and its lemma is still found from the word as written.
    /// - Typographic apostrophes (’ and ʼ) become ASCII ones: the treebanks write "don't" and
    ///   "l'armée" with ' (over 90 % of their apostrophes in English, French, Italian, German and
    ///   Ukrainian), news mostly with ’.
    /// - Hindi: the nukta (़) of the sounds from Persian and English (क़ ख़ ग़ ज़ फ़) is dropped.
    ///   Its treebank writes "फैसला" and "फिल्म" where BBC Hindi writes "फ़ैसला" and "फ़िल्म", so
    ///   every word with one would be unknown. ड़ and ढ़, letters of their own, keep it.
    /// - Persian: the Arabic yeh and kaf (ي, ك), which some Persian text is typed with, become the
    ///   Persian letters (ی, ک) its treebank uses.
    static func treebankSpelling(of surface: Substring, language: Language) -> Substring {
        // Most words are ASCII, and ASCII has nothing to change.
        guard surface.utf8.contains(where: { $0 >= 0x80 }) else { return surface }
        var changed = false
        var view = String.UnicodeScalarView()
        var previous: UInt32 = 0
        for scalar in surface.unicodeScalars {
            defer { previous = scalar.value }
            switch scalar.value {
            case 0x2019, 0x02BC:
                view.append("'")
                changed = true
            case 0x093C where language == "hi" && [0x0915, 0x0916, 0x0917, 0x091C, 0x092B].contains(previous):
                changed = true
            case 0x064A where language == "fa":
                view.append("\u{06CC}")
                changed = true
            case 0x0643 where language == "fa":
                view.append("\u{06A9}")
                changed = true
            default:
                view.append(scalar)
            }
        }
        return changed ? Substring(String(view)) : surface
    }

    static func form(_ surface: Substring) -> Form {
        let lower = surface.lowercased()
        let scalars = Array(lower.unicodeScalars)
        let wordHash = hash(lower.utf8)
        var features: [UInt64] = []
        features.reserveCapacity(11)
        features.append(feature(.bias, 0))
        features.append(feature(.word, wordHash))
        let suffixes: [Template] = [.suffix1, .suffix2, .suffix3, .suffix4, .suffix5]
        var suffix3: UInt64 = 0
        for (length, template) in suffixes.enumerated() {
            let n = length + 1
            guard scalars.count > n || (n == 1 && scalars.count == 1) else { break }
            let value = hash(scalars[(scalars.count - n)...])
            if n == 3 { suffix3 = value }
            features.append(feature(template, value))
        }
        if suffix3 == 0 { suffix3 = hash(scalars[...]) }
        if scalars.count > 1 { features.append(feature(.prefix1, hash(scalars[..<1]))) }
        if scalars.count > 2 { features.append(feature(.prefix2, hash(scalars[..<2]))) }
        let capitalisation = capitalisationClass(surface)
        features.append(feature(.shape, hash(shape(surface).utf8)))
        features.append(feature(.capitalisation, UInt64(capitalisation)))
        features.append(feature(.length, UInt64(min(scalars.count, 12))))
        return Form(
            features: features, neighbour: Neighbour(word: wordHash, suffix: suffix3, capitalisation: capitalisation),
            lower: lower)
    }

    /// Writes the context features of a token to `features` (room for `contextCount`), given its
    /// neighbours and the tags chosen for the two tokens before it (`startTag`, `startTag2` before
    /// the sentence), and returns how many it wrote.
    @inline(__always)
    static func writeContextFeatures(
        current: Neighbour, previous: Neighbour, beforePrevious: Neighbour, next: Neighbour, afterNext: Neighbour,
        previousTag: UInt64, tagBeforePrevious: UInt64, isFirst: Bool, wordPairs: Bool,
        to features: UnsafeMutablePointer<UInt64>
    ) -> Int {
        var n = 0
        @inline(__always) func put(_ template: Template, _ value: UInt64) {
            features[n] = feature(template, value)
            n += 1
        }
        put(.previousTag, previousTag)
        put(.tagBeforePrevious, tagBeforePrevious)
        put(.previousTwoTags, previousTag << 8 | tagBeforePrevious)
        put(.previousTagAndWord, mix(previousTag, current.word))
        put(.previousTagAndSuffix, mix(previousTag, current.suffix))
        put(.previousWord, previous.word)
        put(.wordBeforePrevious, beforePrevious.word)
        put(.nextWord, next.word)
        put(.wordAfterNext, afterNext.word)
        put(.previousSuffix, previous.suffix)
        put(.nextSuffix, next.suffix)
        put(.capitalisationAtStart, UInt64(current.capitalisation) << 1 | (isFirst ? 1 : 0))
        put(.nextGuess, UInt64(next.guess))
        put(.nextTwoGuesses, UInt64(next.guess) << 8 | UInt64(afterNext.guess))
        put(.previousTagAndNextGuess, previousTag << 8 | UInt64(next.guess))
        if wordPairs {
            put(.previousAndCurrentWord, mix(previous.word, current.word))
            put(.currentAndNextWord, mix(current.word, next.word))
        }
        return n
    }

    /// `writeContextFeatures` into an array (for training).
    static func contextFeatures(
        current: Neighbour, previous: Neighbour, beforePrevious: Neighbour, next: Neighbour, afterNext: Neighbour,
        previousTag: UInt64, tagBeforePrevious: UInt64, isFirst: Bool, wordPairs: Bool, into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        features.append(contentsOf: repeatElement(0, count: contextCount))
        let count = features.withUnsafeMutableBufferPointer { buffer in
            writeContextFeatures(
                current: current, previous: previous, beforePrevious: beforePrevious, next: next, afterNext: afterNext,
                previousTag: previousTag, tagBeforePrevious: tagBeforePrevious, isFirst: isFirst,
                wordPairs: wordPairs, to: buffer.baseAddress!)
        }
        features.removeLast(features.count - count)
    }

    @inline(__always)
    static func feature(_ template: Template, _ value: UInt64) -> UInt64 {
        mix(template.rawValue, value)
    }

    /// A 64-bit mixer (from SplitMix64) over two values.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
        x ^= x >> 30
        x &*= 0xBF58_476D_1CE4_E5B9
        x ^= x >> 27
        x &*= 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return x
    }

    /// FNV-1a over bytes.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01B3
        }
        return h
    }

    /// FNV-1a over Unicode scalar values.
    static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in scalars {
            h ^= UInt64(scalar.value)
            h &*= 0x100_0000_01B3
        }
        return h
    }

    /// 0: no cased letter; 1: lower case; 2: capitalised ("Paris"); 3: all capitals ("NASA",
    /// two letters or more); 4: mixed ("iPhone", "McDonald").
    static func capitalisationClass(_ word: Substring) -> UInt8 {
        var upper = 0
        var lower = 0
        var firstUpper: Bool?
        for scalar in word.unicodeScalars {
            // ASCII without the Unicode property tables (the same answers, several times faster).
            let isUpper: Bool, isLower: Bool
            if scalar.isASCII {
                isUpper = scalar.value &- 0x41 < 26
                isLower = scalar.value &- 0x61 < 26
            } else {
                let properties = scalar.properties
                isUpper = properties.isUppercase
                isLower = !isUpper && properties.isLowercase
            }
            if isUpper {
                upper += 1
                if firstUpper == nil { firstUpper = true }
            } else if isLower {
                lower += 1
                if firstUpper == nil { firstUpper = false }
            }
        }
        if upper == 0 { return lower == 0 ? 0 : 1 }
        if lower == 0 { return upper >= 2 ? 3 : 2 }
        if firstUpper == true && upper == 1 { return 2 }
        return 4
    }

    /// A word's shape: capitals as X, other letters as x, digits as d, runs of one kind shortened
    /// to two ("Xxx", "dd.dd", "x-x"), at most 8 characters. Scripts without case give "x".
    static func shape(_ word: Substring) -> String {
        var result: [UInt8] = []
        var last: UInt8 = 0
        var run = 0
        for scalar in word.unicodeScalars {
            let code: UInt8
            if scalar.isASCII {
                // The classes the properties give (below), without their tables.
                let value = scalar.value
                code = value &- 0x41 < 26 ? UInt8(ascii: "X") : value &- 0x61 < 26 ? UInt8(ascii: "x")
                    : value &- 0x30 < 10 ? UInt8(ascii: "d") : UInt8(value)
            } else {
                let properties = scalar.properties
                code = properties.isUppercase ? UInt8(ascii: "X") : properties.isAlphabetic ? UInt8(ascii: "x")
                    : properties.numericType != nil ? UInt8(ascii: "d") : UInt8(ascii: "p")
            }
            if code == last {
                run += 1
                if run > 2 { continue }
            } else {
                run = 1
                last = code
            }
            result.append(code)
            if result.count >= 8 { break }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
