public import PrecisCore

/// A keyword or keyphrase of a document.
public struct Keyword: Sendable, Hashable {
    /// The form a reader expects: in languages with a tagger, a word's lemma ("Путин" for
    /// "Путина") or a phrase's form whose head is in its base form, and the full form of a name
    /// ("Vladimir Putin" over "Putin"); otherwise its most frequent surface form ("Lake Marrow").
    public let phrase: String
    /// Its matching key: folded, stemmed words ("lake marrow").
    public let key: String
    /// Its score (TF-IDF with phrase, position and name weights; see `KeywordRanker`).
    public let score: Double
    /// Every surface form, in the order first seen, including those of the candidates merged
    /// into it as the same thing ("Putin", "Путина", "Russians").
    public let surfaceForms: [String]
    /// How often it occurs.
    public let count: Int
    /// Where its occurrences are in `Document.text`, in order.
    public let occurrences: [Range<String.Index>]
    /// Whether it looks like a name (capitalised inside sentences, in a cased script) or is an
    /// acronym.
    public let isName: Bool
    /// Its Latin transliteration, when it is written in another script ("Путин" → "Putin").
    public let latin: String?
}

/// Extracts keywords and keyphrases from documents: parts of speech and lemmas (`Tagger`, where
/// Precis ships a model for the language) → candidates (`CandidateExtractor`: noun phrases, or
/// runs between stopwords without a tagger) → TF-IDF scores with corpus statistics
/// (`KeywordRanker`, `IDFModel`) → one keyword per thing (`KeywordRanker.selectGroups`), in the
/// form a reader expects → Latin forms of names in other scripts, and one keyword for a name
/// written in two scripts.
///
/// A `KeywordExtractor` caches ICU transliterators: use one per task, like a `Segmenter`.
public final class KeywordExtractor {
    /// Where document frequencies come from.
    public enum Statistics: Sendable, Hashable {
        /// The model shipped with Precis for the document's language (`IDFModel.bundled(for:)`);
        /// term frequency alone for languages without one.
        case bundled
        /// This model (e.g. one built on your own corpus with `precis idf build`).
        case model(IDFModel)
        /// None: term frequency alone.
        case none
    }

    /// The settings.
    public struct Configuration: Sendable, Hashable {
        /// What counts as a candidate (phrase lengths).
        public var candidates: CandidateExtractor.Configuration
        /// How candidates are scored and chosen.
        public var ranking: KeywordRanker.Configuration
        /// Where document frequencies come from.
        public var statistics: Statistics
        /// Whether keywords in non-Latin scripts get a Latin form, and keywords with the same
        /// Latin form are merged.
        public var transliterate: Bool
        /// Whether to tag parts of speech, where Precis ships a tagger for the language, so that
        /// candidates are noun phrases matched and shown by their lemmas. Without it (or without a
        /// tagger), candidates are runs between stopwords.
        public var partsOfSpeech: Bool

        /// Creates a configuration; the defaults suit most texts.
        public init(
            candidates: CandidateExtractor.Configuration = .init(), ranking: KeywordRanker.Configuration = .init(),
            statistics: Statistics = .bundled, transliterate: Bool = true, partsOfSpeech: Bool = true
        ) {
            self.candidates = candidates
            self.ranking = ranking
            self.statistics = statistics
            self.transliterate = transliterate
            self.partsOfSpeech = partsOfSpeech
        }
    }

    /// The settings.
    public let configuration: Configuration
    private let transliterator = NameTransliterator()
    private var taggers: [Language: Tagger] = [:]
    private var calendars: [Language: CalendarNames] = [:]
    private var lemmaKeys = LemmaKeys()

    /// Creates an extractor.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// The best `count` keywords of `document`, best first.
    ///
    /// - Throws: `ICUError` if ICU cannot transliterate.
    public func keywords(in document: Document, count: Int = 10) throws(ICUError) -> [Keyword] {
        guard count > 0 else { return [] }
        let extractor = CandidateExtractor(configuration: configuration.candidates)
        var candidates = extractor.table(in: document, annotation: try annotation(of: document))
        // No noun phrase at all (a text in another language than its tagger's): runs between
        // stopwords, as without a tagger.
        if candidates.count == 0 && candidates.annotation != nil { candidates = extractor.table(in: document) }
        let model: IDFModel?
        switch configuration.statistics {
        case .bundled: model = IDFModel.bundled(for: document.language)
        case .model(let given): model = given
        case .none: model = nil
        }
        let ranker = KeywordRanker(configuration: configuration.ranking)
        let scored = ranker.rank(candidates, sentenceCount: document.sentences.count) { key in
            guard let model else { return (1, false) }
            let frequency = model.documentFrequency(of: key)
            return (IDFModel.idf(documentFrequency: frequency, documentCount: model.documentCount), frequency > 0)
        }
        // A phrase of a headline's grammar that the tagger misread is no keyword (`Headline`).
        let headline = Headline(document, annotation: candidates.annotation)
        // Nor is a day or month, a time zone after a time of day, a journal cited by volume and
        // page, a unit written only after numbers, or a Chinese or Japanese word only ever joined
        // to the noun after it (`CalendarNames`, `Citations`, `Measures`, `CompoundModifiers`).
        let calendar = calendarNames(for: document.language)
        let modifiers = CompoundModifiers(document, annotation: candidates.annotation)
        var namesOfNames: Set<String>?
        let calendarNamesOfNames = {
            if namesOfNames == nil { namesOfNames = calendar.namesEndingInCalendarNames(of: scored.lazy.map(\.candidate)) }
            return namesOfNames!
        }
        let kept = scored.lazy.filter {
            !headline.isHeadlineFragment($0.candidate, in: document)
                && !calendar.isTime($0.candidate, keptAsNames: calendarNamesOfNames)
                && !CalendarNames.isTimeZone($0.candidate, in: document.text)
                && !Citations.isMostlyCited($0.candidate, in: document.text)
                && !modifiers.isOnlyModifier($0.candidate)
                && !Measures.isUnit($0.candidate, in: document)
        }
        // Take more than asked: merging names written in two scripts can make the list shorter.
        let groups = ranker.selectGroups(
            from: kept, count: configuration.transliterate ? count * 2 : count,
            joinedWithoutSpaces: document.language.writesWithoutSpaces,
            endingsByPrefix: candidates.annotation == nil && !document.language.writesWithoutSpaces)
        var keywords = try groups.map { group throws(ICUError) -> Keyword in
            let candidate = group.chosen.candidate
            let shown = Self.shownCandidate(of: group)
            let phrase = shown.displayForm
            var forms = candidate.surfaceOrder
            var occurrences = candidate.occurrences
            for other in group.others {
                for form in other.candidate.surfaceOrder where !forms.contains(form) { forms.append(form) }
                occurrences += other.candidate.occurrences
            }
            if !group.others.isEmpty { occurrences = Self.distinctSorted(occurrences) }
            let latin = configuration.transliterate ? try transliterator.latin(phrase, language: document.language) : nil
            return Keyword(
                phrase: phrase, key: shown.key, score: group.chosen.score, surfaceForms: forms,
                count: occurrences.count, occurrences: occurrences,
                isName: candidate.isName || candidate.isAcronym || shown.isName, latin: latin)
        }
        if configuration.transliterate { keywords = Self.mergingScripts(keywords) }
        return Array(keywords.prefix(count))
    }

    /// The part-of-speech annotation of `document`, when tagging is on and Precis ships a tagger
    /// for its language.
    public func annotation(of document: Document) throws(ICUError) -> CandidateExtractor.Annotation? {
        guard configuration.partsOfSpeech, let tagger = tagger(for: document.language) else { return nil }
        let tags = tagger.annotate(document, lemmatising: [.noun, .properNoun, .adjective, .numeral, .other])
            .withVerbalNounLemmas(in: document)
        let keys = try tags.lemmas.map { (lemma) throws(ICUError) in try lemmaKeys.key(of: lemma, language: document.language) }
        let known = tags.lemmas.map(tagger.model.lemmatizer.isKnownLemma)
        return CandidateExtractor.Annotation(tags: tags, lemmaKeys: keys, lemmaIsKnown: known)
    }

    private func calendarNames(for language: Language) -> CalendarNames {
        if let known = calendars[language] { return known }
        let names = CalendarNames.forLanguage(language)
        calendars[language] = names
        return names
    }

    private func tagger(for language: Language) -> Tagger? {
        if let known = taggers[language] { return known }
        guard let model = TaggerModel.bundled(for: language) else { return nil }
        let tagger = Tagger(model: model)
        taggers[language] = tagger
        return tagger
    }

    /// The candidate whose form and key show a group of candidates that name one thing. For a
    /// name and its longer forms, the full name when the text uses it: of the forms of two words
    /// or more made only of names and written at least twice, the most frequent one, ties going
    /// to the longer ("Vladimir Putin" over "Putin" and "President Vladimir Putin" written once;
    /// "Human Rights Watch" over "Rights Watch", which only occurs inside it), when the
    /// text has it in its base form (with a tagger: "Лавров" over "Сергеем Лавровым"). Otherwise
    /// the form written most often ("Putin" when "Vladimir Putin" is written once: the name as the
    /// text mostly uses it, and the form keyphrase sets list), ties going to the longer. Other
    /// groups show their best-scored candidate, or the name a title in lower case was written
    /// before ("Goold" for "director Rupert Goold").
    static func shownCandidate(of group: KeywordRanker.Group) -> KeywordCandidate {
        let chosen = group.chosen.candidate
        guard !group.others.isEmpty else { return chosen }
        // A name after a title in lower case ("director Rupert Goold") shows as the name, and so
        // does a capitalised word the tagger reads as a noun that is part of a name ("Сенцова"
        // of "Олег Сенцов").
        guard chosen.isNameByTags || chosen.surface.first?.isLowercase == true || chosen.isName else { return chosen }
        let names = ([chosen] + group.others.map(\.candidate)).filter(\.isNameByTags)
        var best: KeywordCandidate?
        for candidate in names
        where candidate.wordCount >= 2 && candidate.count >= 2 && (candidate.unitTags.isEmpty || candidate.baseForm != nil) {
            if let current = best,
                current.count > candidate.count || current.count == candidate.count && current.wordCount >= candidate.wordCount
            {
                continue
            }
            best = candidate
        }
        if let best { return best }
        // Else the form written most often, in its base form ("Лавров"), ties going to the longer
        // ("Soviet Union" written once, "Union" only inside it).
        for candidate in names where candidate.unitTags.isEmpty || candidate.baseForm != nil {
            if let current = best,
                current.count > candidate.count || current.count == candidate.count && current.wordCount >= candidate.wordCount
            {
                continue
            }
            best = candidate
        }
        if best == nil, !chosen.isNameByTags { best = names.first }
        return best ?? chosen
    }

    static func distinctSorted(_ ranges: [Range<String.Index>]) -> [Range<String.Index>] {
        var sorted = ranges.sorted { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound }
        var result: [Range<String.Index>] = []
        for range in sorted where !(result.last.map { $0.overlaps(range) } ?? false) { result.append(range) }
        sorted = result
        return sorted
    }

    /// Segments `text` and extracts its keywords.
    public func keywords(in text: String, count: Int = 10, segmenter: Segmenter = Segmenter()) throws(ICUError) -> [Keyword] {
        try keywords(in: try segmenter.segment(text), count: count)
    }

    /// Keywords whose Latin forms are the same (folded) become one: the better-scored one keeps
    /// its place and takes the other's surface forms and occurrences ("Putin" + "Путин").
    static func mergingScripts(_ keywords: [Keyword]) -> [Keyword] {
        var result: [Keyword] = []
        var slots: [String: Int] = [:]
        for keyword in keywords {
            let form = (keyword.latin ?? keyword.phrase).lowercased()
            guard let slot = slots[form] else {
                // Known by its own form and by the forms merged into it ("Putin" in "Vladimir Putin").
                for known in [form] + keyword.surfaceForms.map({ $0.lowercased() }) where slots[known] == nil {
                    slots[known] = result.count
                }
                result.append(keyword)
                continue
            }
            let kept = result[slot]
            var forms = kept.surfaceForms
            for surface in keyword.surfaceForms where !forms.contains(surface) { forms.append(surface) }
            result[slot] = Keyword(
                phrase: kept.phrase, key: kept.key, score: kept.score, surfaceForms: forms, count: kept.count + keyword.count,
                occurrences: (kept.occurrences + keyword.occurrences).sorted { $0.lowerBound < $1.lowerBound },
                isName: kept.isName || keyword.isName, latin: kept.latin ?? keyword.latin)
        }
        return result
    }
}

/// The matching keys of lemmas, for languages without a Snowball stemmer (Polish, Czech,
/// Ukrainian, Chinese, Japanese, Korean, Hebrew, Persian, Vietnamese…): folded as `Segmenter`
/// folds `Document.terms`, so that the inflected forms of a word ("Warszawa", "Warszawie") are one
/// key. Where a stemmer exists, the key is empty: the term's stem already merges inflected forms
/// and is what the corpus statistics count (keys by stemmed lemma scored lower on 11 of the 15
/// keyphrase sets, through lemmatiser errors and statistics that miss them). Remembers the keys it
/// made (per language, up to about 260,000 lemmas).
struct LemmaKeys {
    private let normalizer = Normalizer()
    /// Per language: whether Snowball has a stemmer for it.
    private var stemmed: [Language: Bool] = [:]
    private var known: [Language: [String: String]] = [:]

    mutating func key(of lemma: String, language: Language) throws(ICUError) -> String {
        if stemmed[language] == nil { stemmed[language] = Stemmer(language: language) != nil }
        if stemmed[language]! { return "" }
        if let key = known[language]?[lemma] { return key }
        var base = Substring(lemma)
        // A Korean lemma is its morphemes joined by "+" (보좌관+은): the first is the word.
        if let plus = base.firstIndex(of: "+"), plus > base.startIndex { base = base[..<plus] }
        var key = try normalizer.foldKey(Array(base.utf16)[...]).replacingApostrophes()
        if CandidateExtractor.elidingLanguages.contains(language.code), let cut = CandidateExtractor.elisionLength(key),
            cut < key.count
        {
            key.removeFirst(cut)
        }
        if known[language, default: [:]].count > 1 << 18 { known[language] = [:] }
        known[language, default: [:]][lemma] = key
        return key
    }
}
