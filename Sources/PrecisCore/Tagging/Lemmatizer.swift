/// Finds the base form (lemma) of a word from its form and part of speech: "Путина" (PROPN) →
/// "Путин", "refugiados" (NOUN) → "refugiado", "Moscow's" (PROPN) → "Moscow", Hebrew "בבית"
/// (NOUN, "in the house") → "בית", Indonesian "mendukung" (VERB) → "dukung".
///
/// A lemma is the form with an *edit* applied: cut some characters from the end and append an
/// ending, and cut some from the front and put a beginning there (`Edit`), as in the edit-tree
/// lemmatisers of Chrupała (2008) and UDPipe. The end of the edit is chosen by the longest suffix
/// of the lower-case form that the training data saw with that part of speech; the front by the
/// longest prefix, from a second table (it is nearly always "nothing" outside Hebrew, Arabic,
/// Indonesian and German participles). Where the suffix and prefix rules of several lengths offer
/// different lemmas, the first that training met as a lemma wins (`knownLemmas`), which settles
/// "-ами" → "-а" or "-о" in Russian by vocabulary rather than by chance. Forms whose lemma all of
/// that gets wrong in the training data (irregular forms: "went", "людей") are kept in an
/// exception list.
///
/// Capitals follow a policy learnt per part of speech, per capitalisation of the form and per
/// position (first word of a sentence or not): lower case, or the form's capitals ("Путина" →
/// "Путин", "IPO" → "IPO"); forms spelt exactly so may have their own ("i" → "I").
///
/// Edits count Unicode scalars. Lemmas are learnt by `TaggerTrainer` from Universal Dependencies
/// data together with the tagger, and shipped in the same `TaggerModel`.
public struct Lemmatizer: Sendable {
    /// Turns a form into its lemma: cut `prefixCut` scalars from the front and put `prefix` there,
    /// cut `suffixCut` scalars from the end and put `suffix` there.
    struct Edit: Hashable, Sendable {
        var prefixCut: Int
        var prefix: String
        var suffixCut: Int
        var suffix: String

        init(prefixCut: Int = 0, prefix: String = "", suffixCut: Int = 0, suffix: String = "") {
            self.prefixCut = prefixCut
            self.prefix = prefix
            self.suffixCut = suffixCut
            self.suffix = suffix
        }

        /// The edit that turns `form` into `lemma` (both lower case), around their longest common
        /// substring (the earliest in the form when several are as long). Without one, the edit
        /// replaces the whole form.
        init(from form: String, to lemma: String) {
            let f = Array(form.unicodeScalars)
            let l = Array(lemma.unicodeScalars)
            // Longest common substring by dynamic programming over the lemma (forms are short).
            var best = (length: 0, inForm: 0, inLemma: 0)
            var previous = [Int](repeating: 0, count: l.count + 1)
            var current = previous
            for i in 1...max(f.count, 1) where i <= f.count {
                for j in 1...max(l.count, 1) where j <= l.count {
                    current[j] = f[i - 1] == l[j - 1] ? previous[j - 1] + 1 : 0
                    if current[j] > best.length { best = (current[j], i - current[j], j - current[j]) }
                }
                swap(&previous, &current)
            }
            guard best.length > 0 else {
                self.init(suffixCut: f.count, suffix: lemma)
                return
            }
            self.init(
                prefixCut: best.inForm, prefix: String(String.UnicodeScalarView(l[..<best.inLemma])),
                suffixCut: f.count - best.inForm - best.length,
                suffix: String(String.UnicodeScalarView(l[(best.inLemma + best.length)...])))
        }

        static let identity = Edit()

        /// The front half of the edit (the back left alone).
        var front: Edit { Edit(prefixCut: prefixCut, prefix: prefix) }
        /// The back half of the edit (the front left alone).
        var back: Edit { Edit(suffixCut: suffixCut, suffix: suffix) }

        /// The edit applied to `scalars`, or `nil` when it would cut more than there is or leave
        /// nothing.
        func apply(to scalars: [Unicode.Scalar]) -> String? {
            guard prefixCut + suffixCut <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: prefix.unicodeScalars)
            view.append(contentsOf: scalars[prefixCut..<(scalars.count - suffixCut)])
            view.append(contentsOf: suffix.unicodeScalars)
            return view.isEmpty ? nil : String(view)
        }
    }

    /// A rule's key: a part of speech and a suffix (or prefix) of the lower-case form.
    struct RuleKey: Hashable, Sendable {
        var tag: UInt8
        var affix: String
    }

    /// An exception's key: a part of speech and the lower-case form.
    struct ExceptionKey: Hashable, Sendable {
        var tag: UInt8
        var form: String
    }


    /// How a lemma's capitals follow the form's.
    enum CasePolicy: UInt8, Sendable {
        /// Lower case ("Walked" → "walk").
        case lower
        /// The form's capitals ("Путина" → "Путин", "NASA" → "NASA").
        case keep
    }

    /// Back halves of edits by part of speech and suffix of the lower-case form.
    var suffixRules: [RuleKey: Edit] { didSet { suffixIndex = Self.index(suffixRules, fromEnd: true) } }
    /// Front halves of edits by part of speech and prefix of the lower-case form.
    var prefixRules: [RuleKey: Edit] { didSet { prefixIndex = Self.index(prefixRules, fromEnd: false) } }
    /// The rules by `affixKey` of their part of speech and affix, so that looking up the affixes
    /// of a form makes no strings.
    private var suffixIndex: [UInt64: Edit]
    private var prefixIndex: [UInt64: Edit]
    /// Lower-case lemmas of forms the rules get wrong, by part of speech and lower-case form
    /// (capitals then follow the case policy).
    var exceptions: [ExceptionKey: String]
    /// Lemmas, capitals and all, of forms spelt exactly so whose capitals the case policy gets
    /// wrong ("i" → "I"; "boston" → "Boston" in a treebank of lower-case text), by part of speech
    /// and form as written.
    var caseExceptions: [ExceptionKey: String]
    /// The longest suffix the rules look at, in scalars.
    var longestSuffix: Int
    /// The longest prefix the rules look at, in scalars (0: no prefix rules).
    var longestPrefix: Int
    /// How many suffix rules (longest first) and prefix rules offer lemmas to check against
    /// `knownLemmas`.
    var suffixCandidates: Int
    var prefixCandidates: Int
    /// Per part of speech, capitalisation class of the form (`TaggerFeatures.capitalisationClass`)
    /// and sentence start: the case policy, at `casePolicyIndex`.
    var casePolicies: [CasePolicy]
    /// Hashes (`lemmaHash`) of the lower-case lemmas training met.
    var knownLemmas: Set<UInt32>

    init(
        suffixRules: [RuleKey: Edit], prefixRules: [RuleKey: Edit], exceptions: [ExceptionKey: String],
        caseExceptions: [ExceptionKey: String], longestSuffix: Int, longestPrefix: Int, suffixCandidates: Int,
        prefixCandidates: Int, casePolicies: [CasePolicy], knownLemmas: Set<UInt32>
    ) {
        self.suffixRules = suffixRules
        self.prefixRules = prefixRules
        self.exceptions = exceptions
        self.caseExceptions = caseExceptions
        self.longestSuffix = longestSuffix
        self.longestPrefix = longestPrefix
        self.suffixCandidates = suffixCandidates
        self.prefixCandidates = prefixCandidates
        self.casePolicies = casePolicies
        self.knownLemmas = knownLemmas
        suffixIndex = Self.index(suffixRules, fromEnd: true)
        prefixIndex = Self.index(prefixRules, fromEnd: false)
    }

    /// The hash an affix starts from (FNV-1a's offset basis).
    private static let affixSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The affix hash `hash` extended by one scalar (FNV-1a; suffixes are hashed from their last
    /// scalar back, so that each longer suffix extends the shorter one's hash).
    @inline(__always)
    private static func extending(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x100_0000_01B3
    }

    /// The index key of a rule for `tag` and an affix hash.
    @inline(__always)
    private static func affixKey(_ tag: UInt8, _ hash: UInt64) -> UInt64 {
        TaggerFeatures.mix(UInt64(tag), hash)
    }

    private static func index(_ rules: [RuleKey: Edit], fromEnd: Bool) -> [UInt64: Edit] {
        var index: [UInt64: Edit] = [:]
        index.reserveCapacity(rules.count)
        for (key, edit) in rules {
            let scalars = fromEnd ? Array(key.affix.unicodeScalars.reversed()) : Array(key.affix.unicodeScalars)
            index[affixKey(key.tag, scalars.reduce(affixSeed, extending))] = edit
        }
        return index
    }

    /// The number of suffix and prefix rules.
    public var ruleCount: Int { suffixRules.count + prefixRules.count }
    /// The number of forms whose lemma is listed.
    public var exceptionCount: Int { exceptions.count + caseExceptions.count }
    /// The number of lemmas the rules' choices are checked against.
    public var knownLemmaCount: Int { knownLemmas.count }

    /// Whether training met `lemma` (ignoring case) as a lemma; one never met passes for met
    /// about once in 800 lookups (`lemmaHash`).
    public func isKnownLemma(_ lemma: String) -> Bool {
        knownLemmas.contains(Self.lemmaHash(lemma.lowercased()))
    }

    static let capitalisationClasses = 5

    static func casePolicyIndex(tag: UInt8, capitalisation: UInt8, sentenceInitial: Bool) -> Int {
        (Int(tag) * capitalisationClasses + Int(capitalisation)) * 2 + (sentenceInitial ? 1 : 0)
    }

    /// The 24-bit hash of a lower-case lemma in `knownLemmas` (with 20,000 lemmas, a lemma that
    /// training never met passes for known about once in 800 lookups).
    static func lemmaHash(_ lemma: String) -> UInt32 {
        UInt32(truncatingIfNeeded: TaggerFeatures.mix(TaggerFeatures.hash(lemma.utf8), 0x1E77A) >> 40)
    }

    /// Whether a token counts as a word for "the first word of a sentence": it has a letter.
    static func isWord(_ form: some StringProtocol) -> Bool {
        form.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The lemma of `form` tagged `tag`. `lower` is the form in lower case, when the caller has it;
    /// `sentenceInitial` says the form is the first word of its sentence, where a capital letter
    /// says little about the lemma's ("The" → "the", "Paris" → "Paris").
    public func lemma(
        of form: some StringProtocol, tag: PartOfSpeech, lower: String? = nil, sentenceInitial: Bool = false
    ) -> String {
        if !caseExceptions.isEmpty, let lemma = caseExceptions[ExceptionKey(tag: tag.rawValue, form: String(form))] {
            return lemma
        }
        let lower = lower ?? form.lowercased()
        let base = exceptions[ExceptionKey(tag: tag.rawValue, form: lower)] ?? ruleLemma(Array(lower.unicodeScalars), tag: tag)
        let capitalisation = TaggerFeatures.capitalisationClass(Substring(form))
        let policy = casePolicies[
            Self.casePolicyIndex(tag: tag.rawValue, capitalisation: capitalisation, sentenceInitial: sentenceInitial)]
        return Self.applying(policy, to: base, form: form, capitalisation: capitalisation)
    }

    /// The base form that keyword phrases show for a lemma: the lemma itself, except in Korean,
    /// whose Universal Dependencies lemmas are morphemes joined by "+" ("보좌관+은": "aide" + topic
    /// particle; "한국+경제+가": "Korea" + "economy" + subject particle). There a noun's or proper
    /// noun's base form is its morphemes without the particles and copula endings at the end,
    /// written together: "보좌관", "한국경제"; "경제+적" stays "경제적".
    public static func baseForm(of lemma: String, tag: PartOfSpeech, language: Language) -> String {
        guard language.code == "ko", tag.isNominal, lemma.contains("+") else { return lemma }
        var morphemes = lemma.split(separator: "+", omittingEmptySubsequences: true)
        while morphemes.count > 1, let last = morphemes.last, koreanParticles.contains(String(last)) {
            morphemes.removeLast()
        }
        return morphemes.joined()
    }

    /// Korean particles (josa) and the copula's endings that follow a noun in a Korean lemma, as UD
    /// Korean writes them.
    static let koreanParticles: Set<String> = [
        "이", "가", "을", "를", "은", "는", "의", "에", "에서", "에게", "께", "께서", "한테", "으로", "로", "와", "과",
        "도", "만", "까지", "부터", "보다", "처럼", "이나", "나", "이랑", "랑", "하고", "이란", "란", "이라", "라",
        "다", "요", "야", "아", "여", "이여", "마저", "조차", "밖에", "뿐", "만큼", "같이", "이며", "며", "든지",
        "이든지", "라도", "이라도", "에게서", "으로서", "로서", "으로써", "로써", "ㄴ", "ㄹ", "고", "지만", "ㅂ니다",
        "습니다", "었", "았", "였", "어", "어요", "에요", "예요",
    ]

    /// `base` (lower case) with capitals as `policy` says.
    static func applying(_ policy: CasePolicy, to base: String, form: some StringProtocol, capitalisation: UInt8) -> String {
        switch policy {
        case .lower:
            return base
        case .keep:
            switch capitalisation {
            case 2: return capitalisingFirst(base)
            case 3: return base.uppercased()
            case 4:
                // Capitals where the lemma keeps the form's letters ("McDonald's" → "McDonald").
                let surface = Array(form.unicodeScalars)
                let lowered = Array(form.lowercased().unicodeScalars)
                guard surface.count == lowered.count else { return base }
                var view = String.UnicodeScalarView()
                for (i, scalar) in base.unicodeScalars.enumerated() {
                    view.append(i < lowered.count && lowered[i] == scalar ? surface[i] : scalar)
                }
                return String(view)
            default: return base
            }
        }
    }

    static func capitalisingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The lower-case lemma the rules give (ignoring exceptions): of the lemmas that the suffix and
    /// prefix rules of the longest few matching lengths offer, the first that is a known lemma,
    /// else the first.
    func ruleLemma(_ scalars: [Unicode.Scalar], tag: PartOfSpeech) -> String {
        var backs: [Edit] = []
        let longest = min(longestSuffix, scalars.count)
        // Hashes of the suffixes of each length, shortest first.
        var suffixHashes: [UInt64] = []
        suffixHashes.reserveCapacity(longest + 1)
        var hash = Self.affixSeed
        suffixHashes.append(hash)
        for length in stride(from: 1, through: longest, by: 1) {
            hash = Self.extending(hash, scalars[scalars.count - length])
            suffixHashes.append(hash)
        }
        var length = longest
        while length >= 0 && backs.count < suffixCandidates {
            if let edit = suffixIndex[Self.affixKey(tag.rawValue, suffixHashes[length])], edit.suffixCut <= scalars.count,
                !backs.contains(edit)
            {
                backs.append(edit)
            }
            length -= 1
        }
        if backs.isEmpty { backs.append(.identity) }
        var fronts: [Edit] = []
        if longestPrefix > 0 {
            let longestFront = min(longestPrefix, scalars.count)
            var prefixHashes: [UInt64] = [Self.affixSeed]
            prefixHashes.reserveCapacity(longestFront + 1)
            for i in 0..<longestFront { prefixHashes.append(Self.extending(prefixHashes[i], scalars[i])) }
            length = longestFront
            while length >= 0 && fronts.count < prefixCandidates {
                if let edit = prefixIndex[Self.affixKey(tag.rawValue, prefixHashes[length])], !fronts.contains(edit) {
                    fronts.append(edit)
                }
                length -= 1
            }
        }
        if fronts.isEmpty { fronts.append(.identity) }
        var first: String?
        var firstKeepingFront: String?
        for back in backs {
            for front in fronts {
                let edit = Edit(prefixCut: front.prefixCut, prefix: front.prefix, suffixCut: back.suffixCut, suffix: back.suffix)
                guard let lemma = edit.apply(to: scalars) else { continue }
                if knownLemmas.contains(Self.lemmaHash(lemma)) { return lemma }
                if first == nil { first = lemma }
                if firstKeepingFront == nil && front.prefix.isEmpty { firstKeepingFront = lemma }
            }
        }
        // A guess does not rewrite the word's beginning: a front edit that replaces letters was
        // learnt from a stem change such as a German umlaut plural ("Gärten" → "Garten"), and
        // turns "Gähnen" into "Gahn"; one that only cuts a prefix ("ge-", Hebrew "ב") may.
        if let guess = firstKeepingFront ?? first { return guess }
        // Every combination cut too much: the longest suffix rule alone, else the form.
        return backs[0].apply(to: scalars) ?? String(String.UnicodeScalarView(scalars))
    }
}
