/// A word or phrase that may be a keyword, with everything known about it in one document.
///
/// Occurrences that fold and stem to the same key are one candidate ("Lakes", "lake"); it keeps
/// every surface form and where each occurrence is.
public struct KeywordCandidate: Sendable, Hashable {
    /// The matching key: the words' folded, stemmed terms joined by a space (by nothing in
    /// languages written without spaces: Chinese, Japanese, Thai…).
    public let key: String
    /// The keys of its words, in order (hyphen-joined words are one key, "anti-terror").
    public let wordKeys: [String]
    /// The number of words (units of hyphen-joined words count as one).
    public var wordCount: Int { wordKeys.count }
    /// Where each occurrence is in `Document.text`, in order.
    public internal(set) var occurrences: [Range<String.Index>]
    /// How often each surface form occurs.
    public var surfaceCounts: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(surfaceOrder, surfaceTallies))
    }
    /// How often each form of `surfaceOrder` occurs, in the same order.
    var surfaceTallies: [Int]
    /// The index of the sentence of the first occurrence.
    public let firstSentence: Int
    /// How many occurrences have every word capitalised ("Lake Marrow").
    public internal(set) var capitalisedCount: Int
    /// How many capitalised occurrences do not start a sentence (so the capitals are not just the
    /// sentence's).
    public internal(set) var capitalisedInsideSentence: Int
    /// Whether every character of the key's words is a letter of a cased script written in
    /// capitals in at least one occurrence ("NASA", "EU").
    public internal(set) var isAcronym: Bool
    /// How many occurrences of three or more words join a capitalised word inside a sentence (a
    /// name) with lower-case words: "bring Lake Marrow", "Путин провёл переговоры" (two words may
    /// be a term with a name: "озеро Марроу", "lake Baikal").
    public internal(set) var mixedCaseCount: Int
    /// Whether every occurrence mixes a name with common words, so that the phrase is a name with
    /// a verb or noun stuck to it rather than a term.
    public var isMixedCase: Bool { mixedCaseCount == count && count > 0 }
    /// The sentences it occurs in (sorted, without repeats).
    public internal(set) var sentences: [Int]

    /// How many times it occurs.
    public var count: Int { occurrences.count }

    /// The most frequent surface form (ties go to the one seen first).
    public var surface: String {
        var best: (form: String, count: Int)?
        for (form, count) in zip(surfaceOrder, surfaceTallies) where best == nil || count > best!.count {
            best = (form, count)
        }
        return best?.form ?? key
    }

    /// Surface forms in the order first seen.
    public internal(set) var surfaceOrder: [String]

    /// The parts of speech of its words (as in its first occurrence), when candidates were found
    /// with a part-of-speech annotation; empty otherwise.
    public internal(set) var unitTags: [PartOfSpeech] = []

    /// How often each lemma was found for a one-word candidate (with an annotation).
    var lemmaTally: [String: Int] = [:]
    /// The lemmas of `lemmaTally` that the lemmatiser's training met (the others are guesses).
    var knownLemmas: Set<String> = []
    /// How often each surface form of a phrase has its head word in its base form.
    var baseSurfaceTally: [String: Int] = [:]
    /// Whether names take case endings in the document's language.
    var namesInflect = false
    /// Whether the language capitalises every noun (German), so that a capital says nothing of
    /// a name.
    var nounsCapitalised = false
    /// Whether the language's lemmas are roots, with derivational affixes cut (`lemmasAreRoots`).
    var lemmasAreRoots = false
    /// Whether only lemmas that training met or that the text writes are shown: in a text in
    /// lower case, where names read as common nouns get guessed lemmas ("roberts" → "robert",
    /// "mars" → "mar").
    var onlyWrittenLemmas = false
    /// Whether a phrase's first word has a capital only where it starts a sentence, and is no
    /// name (its lemma is in lower case): "Childhood friend" is shown "childhood friend".
    var capitalOnlyAtSentenceStart = false

    /// The form a reader expects, when a part-of-speech annotation gives one, else `nil`.
    ///
    /// For one word, its lemma ("Путин" for "Путина"): one that is also written in the text when
    /// there is one ("Карпюк" over a lemmatiser's guess "Карпюка"), else the most frequent; a
    /// name's lemma only in languages whose names inflect (a guessed lemma of a foreign name in
    /// English or Spanish is more often wrong than right). Written as the lemma but for case, it
    /// is shown as written ("NASA", "3D"); a name keeps its capitals. For a phrase, its most
    /// frequent form among those whose head word is in its base form ("смертельная атака"
    /// rather than "смертельной атаки").
    public var baseForm: String? {
        // An acronym shows in capitals, in the singular ("SNP", "CIO" for "CIOs"; "CMOS", "USGS"
        // as written): its lemma ("Snp", "Cio", "Cmo") is a guess at a word training never met.
        if !lemmaTally.isEmpty, !key.contains(" "), let acronym = Self.singularAcronym(surfaceOrder, tallies: surfaceTallies) {
            return acronym
        }
        // A lemma that keeps too little of the word is a lemmatiser's slip ("atétat" for
        // "attentat", "s" for "sen"): the word is then shown as written.
        var plausible = lemmaTally.filter { lemma, _ in
            let lemma = lemma.lowercased()
            return surfaceOrder.contains { form in
                let form = form.lowercased()
                return Self.keepsEnough(lemma, of: form) || CandidateTable.procliticFree(form, lemma: lemma) != nil
            }
        }
        // A guess that leaves the word's stem is a slip of a rule learnt from too few words
        // ("trank" for "tracking", stem "track"): a lemma training met, or one that keeps the stem
        // (the key of one word, where Snowball has a stemmer; the folded lemma elsewhere).
        if !key.contains(" ") {
            plausible = plausible.filter { lemma, _ in
                knownLemmas.contains(lemma) || Self.keepsStem(key, of: lemma, forms: surfaceOrder)
            }
        }
        // A root ("imbal" for "imbalan", a reward) is not the word: only a lemma the text writes.
        // Nor is a guess in a text in lower case, where a name reads as a common noun.
        if onlyWrittenLemmas {
            plausible = plausible.filter { lemma, _ in
                knownLemmas.contains(lemma) || surfaceOrder.contains { $0.lowercased() == lemma.lowercased() }
            }
        }
        if lemmasAreRoots {
            plausible = plausible.filter { lemma, _ in
                let lemma = lemma.lowercased()
                return surfaceOrder.contains { $0.lowercased() == lemma || $0.lowercased() == lemma + "-" + lemma }
            }
        }
        if !lemmaTally.isEmpty && plausible.isEmpty { return nil }
        if !plausible.isEmpty {
            let lemmaTally = plausible
            let written = Set(surfaceOrder.map { $0.lowercased() })
            // Most found first; then lower case (a headline's "Town" is "town"), then by letters.
            let ranked = lemmaTally.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                let aLower = a.key.first?.isLowercase ?? false
                let bLower = b.key.first?.isLowercase ?? false
                return aLower != bLower ? aLower : a.key < b.key
            }
            var lemma: String
            // In languages whose names inflect, the lemma that starts every form ("Путин" for
            // "Путина", "Путину"), then one written in the text.
            let forms = surfaceOrder.map { $0.lowercased() }
            // Of a common word's lemmas, one that training met before guesses ("нафта" for
            // "нафти" over "нафт" for "нафту").
            let known = unitTags.first == .properNoun || knownLemmas.count == lemmaTally.count
                ? nil : ranked.first { knownLemmas.contains($0.key) }
            if let known, !written.contains(where: { word in ranked.contains { $0.key.lowercased() == word } }) {
                lemma = known.key
            } else if namesInflect, let stem = Self.firstStem(of: ranked.map(\.key), forms: forms, written: written) {
                lemma = stem
            } else if let confirmed = ranked.first(where: { written.contains($0.key.lowercased()) }) {
                lemma = confirmed.key
            } else if unitTags.first != .properNoun || namesInflect {
                lemma = ranked[0].key
            } else {
                return nil
            }
            let folded = lemma.lowercased()
            // A lemma in lower case that the text writes mostly with a capital, inside sentences
            // too, is shown so ("Siria", beside the adjective "siria").
            if lemma.first?.isLowercase == true, capitalisedInsideSentence > 0 {
                let variants = surfaceOrder.indices.filter { surfaceOrder[$0].lowercased() == folded }
                // (Counting the word's inflected forms in lower case, "seeds" beside "Seed"; not
                // its derivations, "palestinos" beside "Palestina".)
                let lowerCaseTally = surfaceOrder.indices.filter { surfaceOrder[$0].hasPrefix(folded) }
                    .map { surfaceTallies[$0] }.reduce(0, +)
                if let most = variants.max(by: { surfaceTallies[$0] < surfaceTallies[$1] }), surfaceOrder[most].first?.isUppercase == true,
                    surfaceTallies[most] > lowerCaseTally
                {
                    return surfaceOrder[most]
                }
            }
            // A capitalised lemma of a word the text also writes in lower case, not a name, is a
            // common word with a capital from a name it is part of or a sentence's start
            // ("police", also written in "Essex Police"); not in German, whose nouns all have one.
            if lemma.first?.isUppercase == true, !isName, !isAcronym, !nounsCapitalised,
                let lower = surfaceOrder.first(where: { $0.first?.isLowercase == true && $0.lowercased() == folded })
            {
                return lower
            }
            if surfaceOrder.contains(lemma) { return lemma }
            // A capital only at the start of sentences is not the word's ("Следствие").
            // (Unless the word is mostly written in capitals, an acronym, or in mixed case: "dBBlue".)
            let capitalsTally = surfaceOrder.indices.filter { CandidateExtractor.isAllCapitals(surfaceOrder[$0][...]) }
                .map { surfaceTallies[$0] }.reduce(0, +)
            let isMixedCase = surfaceOrder.contains { form in
                form.lowercased() == folded && form.dropFirst().contains(where: \.isUppercase) && !CandidateExtractor.isAllCapitals(form[...])
            }
            if lemma.first?.isLowercase == true && !isName && !isMixedCase && capitalsTally * 2 <= surfaceTallies.reduce(0, +) {
                return lemma
            }
            if let form = surfaceOrder.indices.filter({ surfaceOrder[$0].lowercased() == folded })
                .max(by: { surfaceTallies[$0] < surfaceTallies[$1] })
            {
                return surfaceOrder[form]
            }
            if let first = lemma.first, first.isLowercase, isName, surface.first?.isUppercase == true {
                lemma = first.uppercased() + lemma.dropFirst()
            }
            return lemma
        }
        return baseSurfaceTally.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// Whether `lemma` keeps enough of `form` (both in lower case) to be its lemma rather than a
    /// lemmatiser's slip ("atétat" for "attentat"): they share a beginning of all but the last
    /// three letters of the shorter, and of at least half the lemma, and the lemma is at least
    /// half as long. An umlaut counts as its vowel ("Wörter" → "Wort", "Bäume" → "Baum").
    static func keepsEnough(_ lemma: some StringProtocol, of form: some StringProtocol) -> Bool {
        let common = zip(lemma, form).prefix { $0 == $1 || umlautFolded($0) == umlautFolded($1) }.count
        return common >= min(lemma.count, form.count) - 3 && common * 2 >= lemma.count && lemma.count * 2 >= form.count
    }

    /// Whether `lemma` keeps `stem`: it starts with the stem but for its last character, as
    /// Snowball cuts stems ("anomali" for "anomaly"; letters folded as keys are: ß as ss, umlauts
    /// as their vowels, final sigma as sigma), or it starts as one of the word's `forms` does for
    /// as long (accents and all: "antibiótico" for "antibióticos", stem "antibiot") or for all but
    /// the form's last two letters ("gunman" for "gunmen"), or it begins a form ("grandchild").
    static func keepsStem(_ stem: String, of lemma: String, forms: [String]) -> Bool {
        guard !stem.isEmpty else { return true }
        var folded = ""
        for character in lemma.lowercased() {
            switch character {
            case "ß": folded += "ss"
            case "ς": folded.append("σ")
            default: folded.append(character)
            }
        }
        func common(_ a: String, _ b: String) -> Int {
            zip(a, b).prefix { $0 == $1 || umlautFolded($0) == umlautFolded($1) }.count
        }
        if common(stem, folded) >= stem.count - 1 { return true }
        let lower = lemma.lowercased()
        return forms.contains { form in
            let form = form.lowercased()
            return form.hasPrefix(lower) || common(form, lower) >= min(stem.count - 1, form.count - 2)
        }
    }

    private static func umlautFolded(_ character: Character) -> Character {
        switch character {
        case "ä": "a"
        case "ö": "o"
        case "ü": "u"
        default: character
        }
    }

    /// Languages whose names take case endings, so that a name's lemma is worth showing
    /// ("Путина" → "Путин", "Warszawie" → "Warszawa"); in Korean, the particles written onto a
    /// name ("르쁠레는" → "르쁠레").
    static let namesInflect: Set<String> = [
        "ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "lt", "lv", "et", "fi", "hu", "tr", "el",
        "ro", "de", "is", "ka", "hy", "ko",
    ]

    /// Languages whose treebanks' lemmas are roots, derivational affixes cut ("imbalan", a reward,
    /// → "imbal"; "tuduhan", an accusation, → "tuduh"): a one-word keyword shows its lemma only
    /// where the text writes it, alone or twice ("langkah" for "langkah-langkah", steps).
    static let lemmasAreRoots: Set<String> = ["id", "ms"]

    /// Of `lemmas` (best first), the first that starts every one of `forms` (lower case) and is
    /// itself one of them, else the first that starts every form: "Лавров" for "Лавров" and
    /// "Лаврова", not "Лавр" (the lemmatiser's reading of "Лавров" as "of laurels").
    static func firstStem(of lemmas: [String], forms: [String], written: Set<String>) -> String? {
        let stems = lemmas.filter { lemma in
            let folded = lemma.lowercased()
            return folded.count >= 3 && forms.allSatisfy { $0.hasPrefix(folded) }
        }
        return stems.first { written.contains($0.lowercased()) } ?? stems.first
    }

    /// `baseForm`, else the most frequent surface form; a phrase whose first word has its
    /// capital from the start of a sentence only, in lower case.
    public var displayForm: String {
        let form = Self.collapsingWhitespace(baseForm ?? surface)
        guard capitalOnlyAtSentenceStart, let first = form.first, first.isUppercase,
            form.dropFirst().first?.isLowercase == true
        else { return form }
        return first.lowercased() + form.dropFirst()
    }

    /// Whether it is a name: without tags, whether it looks like one (`isName`: capitalised,
    /// inside sentences too). With tags, mostly capitalised (inside sentences too), of a proper
    /// noun or of two words or more of
    /// nouns, names and adjectives ("Estação Espacial Internacional", "Human Rights Watch"); in a
    /// script without case, every word a proper noun. A common noun the tagger misreads as a name
    /// ("lake") is not capitalised, so not a name.
    public var isNameByTags: Bool {
        guard !unitTags.isEmpty else { return isName }
        let cased = Self.startsWithCasedLetter(surface)
        guard cased else { return unitTags.allSatisfy { $0 == .properNoun } }
        // Capitals inside a sentence, or names only: "Ariana Grande" written once, at the start of
        // a sentence, is a name.
        let namesOnly = wordCount >= 2 && unitTags.allSatisfy { $0 == .properNoun }
        guard capitalisedCount * 2 > count && (capitalisedInsideSentence > 0 || namesOnly) || isAcronym && wordCount == 1
        else { return false }
        guard unitTags.allSatisfy({ $0 == .properNoun || $0 == .noun || $0 == .adjective }) else { return false }
        return unitTags.contains(.properNoun) || wordCount >= 2
    }

    /// Whether the first letter of `text` has case (Latin, Cyrillic, Greek…; not CJK or Arabic).
    static func startsWithCasedLetter(_ text: String) -> Bool {
        // ASCII first: most words start with an ASCII letter, digit or mark.
        for byte in text.utf8 {
            if byte >= 0x80 { break }
            if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { return true }
        }
        return text.first { $0.isLetter }.map { $0.isUppercase || $0.isLowercase } ?? false
    }

    /// Whether it looks like a name: in a cased script, every occurrence is capitalised and at
    /// least one of them is not at the start of a sentence.
    public var isName: Bool { capitalisedCount == count && capitalisedInsideSentence > 0 }

    /// Counts one occurrence of the surface form `surface` (a new form goes to the end of
    /// `surfaceOrder`). Forms are told apart as strings are (canonical equivalence).
    /// The acronym that `forms` (one word's surface forms, counted by `tallies`) write in most
    /// of their occurrences, in the singular: a form in capitals of two to five letters ("SNP",
    /// "USGS"), or one with a plural "s" after them, without it ("CIOs" → "CIO"); the most
    /// frequent singular, else the plural's singular. `nil` when the word is mostly written
    /// otherwise ("ABSTRACT" of a heading beside "abstract").
    static func singularAcronym(_ forms: [String], tallies: [Int]) -> String? {
        var singular: (form: String, count: Int)?
        var plural: (form: String, count: Int)?
        var acronymCount = 0
        for (form, count) in zip(forms, tallies) {
            let letters = form.hasSuffix("s") ? form.dropLast() : form[...]
            guard (2...5).contains(letters.count), letters.allSatisfy({ $0.isUppercase || $0.isNumber }),
                letters.contains(where: \.isLetter)
            else { continue }
            acronymCount += count
            if letters.count == form.count {
                if count > singular?.count ?? 0 { singular = (form, count) }
            } else if count > plural?.count ?? 0 {
                plural = (String(letters), count)
            }
        }
        guard acronymCount * 2 > tallies.reduce(0, +) else { return nil }
        return singular?.form ?? plural?.form
    }

    /// `text` with each run of white space (a line break of wrapped text: "sensor\nnode") as one
    /// space.
    static func collapsingWhitespace(_ text: String) -> String {
        var previousWasSpace = false
        guard text.contains(where: { character in
            defer { previousWasSpace = character == " " }
            return character.isWhitespace && (character != " " || previousWasSpace)
        }) else { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    mutating func addSurface(_ surface: Substring) {
        if let known = surfaceOrder.firstIndex(where: { surface == $0 }) {
            surfaceTallies[known] += 1
        } else {
            surfaceOrder.append(String(surface))
            surfaceTallies.append(1)
        }
    }

    init(key: String, wordKeys: [String], firstSentence: Int) {
        self.key = key
        self.wordKeys = wordKeys
        self.firstSentence = firstSentence
        occurrences = []
        surfaceTallies = []
        surfaceOrder = []
        capitalisedCount = 0
        capitalisedInsideSentence = 0
        isAcronym = false
        mixedCaseCount = 0
        sentences = []
    }
}
