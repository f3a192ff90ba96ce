/// Finds the base form (lemma) of a word from its form and part of speech: "Путина" (PROPN) →
/// "Путин", "refugiados" (NOUN) → "refugiado", "Moscow's" (PROPN) → "Moscow".
///
/// A lemma is the form with its last `cut` characters replaced by an ending (an *edit*), chosen by
/// the longest suffix of the lower-case form that the training data saw with that part of speech,
/// as in the suffix-edit lemmatisers of Chrupała (2008) and UDPipe. Forms whose lemma the rules
/// get wrong in the training data (irregular forms: "went", "людей") are kept in an exception
/// list. Case follows the form where the language's lemmas of that part of speech keep it
/// (proper nouns everywhere, German nouns), and is lower otherwise.
///
/// Edits count Unicode scalars. Lemmas are learnt by `TaggerTrainer` from Universal Dependencies
/// data together with the tagger, and shipped in the same `TaggerModel`.
public struct Lemmatizer: Sendable {
    /// Replace the last `cut` scalars by `ending`.
    struct Edit: Hashable, Sendable {
        var cut: Int
        var ending: String

        /// The edit that turns `form` into `lemma` (both lower case): cut what follows their
        /// common prefix, then append the rest of the lemma.
        init(from form: String, to lemma: String) {
            let f = Array(form.unicodeScalars)
            let l = Array(lemma.unicodeScalars)
            var common = 0
            while common < f.count && common < l.count && f[common] == l[common] { common += 1 }
            cut = f.count - common
            var view = String.UnicodeScalarView()
            view.append(contentsOf: l[common...])
            ending = String(view)
        }

        init(cut: Int, ending: String) {
            self.cut = cut
            self.ending = ending
        }

        static let identity = Edit(cut: 0, ending: "")

        /// The edit applied to `scalars`, or `nil` when it would cut more than there is.
        func apply(to scalars: [Unicode.Scalar]) -> String? {
            guard cut <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<(scalars.count - cut)])
            view.append(contentsOf: ending.unicodeScalars)
            return String(view)
        }
    }

    struct RuleKey: Hashable, Sendable {
        var tag: UInt8
        var suffix: String
    }

    struct ExceptionKey: Hashable, Sendable {
        var tag: UInt8
        var form: String
    }

    /// Edits by part of speech and suffix of the lower-case form.
    var rules: [RuleKey: Edit]
    /// Lower-case lemmas of forms the rules get wrong, by part of speech and lower-case form.
    var exceptions: [ExceptionKey: String]
    /// The longest suffix the rules look at, in scalars.
    var longestSuffix: Int
    /// Per part of speech (by raw value): whether lemmas keep the form's capitals.
    var keepsCase: [Bool]

    /// The number of suffix rules.
    public var ruleCount: Int { rules.count }
    /// The number of forms whose lemma is listed.
    public var exceptionCount: Int { exceptions.count }

    /// The lemma of `form` tagged `tag`. `lower` is the form in lower case, when the caller has it.
    public func lemma(of form: some StringProtocol, tag: PartOfSpeech, lower: String? = nil) -> String {
        let lower = lower ?? form.lowercased()
        let scalars = Array(lower.unicodeScalars)
        let lemma = lowerLemma(scalars, lower: lower, tag: tag)
        guard keepsCase[Int(tag.rawValue)], form.unicodeScalars.contains(where: { $0.properties.isUppercase }) else {
            return lemma
        }
        // Capitals where the lemma keeps the form's letters ("Путина" → "Путин"), lower case after.
        let surface = Array(form.unicodeScalars)
        guard surface.count == scalars.count else { return lemma }
        var view = String.UnicodeScalarView()
        for (i, scalar) in lemma.unicodeScalars.enumerated() {
            view.append(i < scalars.count && scalars[i] == scalar ? surface[i] : scalar)
        }
        return String(view)
    }

    /// The lower-case lemma of a lower-case form.
    func lowerLemma(_ scalars: [Unicode.Scalar], lower: String, tag: PartOfSpeech) -> String {
        if let exception = exceptions[ExceptionKey(tag: tag.rawValue, form: lower)] { return exception }
        return ruleLemma(scalars, tag: tag)
    }

    /// The lemma the suffix rules give (ignoring exceptions).
    func ruleLemma(_ scalars: [Unicode.Scalar], tag: PartOfSpeech) -> String {
        var length = min(longestSuffix, scalars.count)
        while length >= 0 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(scalars.count - length)...])
            if let edit = rules[RuleKey(tag: tag.rawValue, suffix: String(view))], let lemma = edit.apply(to: scalars) {
                return lemma
            }
            length -= 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
