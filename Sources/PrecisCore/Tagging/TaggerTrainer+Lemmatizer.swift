extension TaggerTrainer {
    /// One lemmatised token of the training data.
    private struct LemmaToken {
        var form: String
        var lemma: String
        var sentenceInitial: Bool
    }

    /// Learns a `Lemmatizer` from the lemmas of `sentences`:
    ///
    /// 1. the case policy of each part of speech, form capitalisation and position, by a vote of
    ///    the distinct (form, lemma) pairs, so that one frequent word ("I") does not decide it;
    /// 2. the known lemmas;
    /// 3. suffix and prefix rules: each distinct (form, lemma) pair of a part of speech counts
    ///    once for the back half of its edit under each of its suffixes, and for the front half
    ///    under each of its prefixes; a suffix (prefix) keeps its majority edit where that differs
    ///    from the edit of its nearest shorter kept suffix (prefix);
    /// 4. exceptions: forms whose most frequent lemma (in lower case) the rules miss;
    /// 5. case exceptions: spellings whose most frequent lemma, capitals and all, the case policy
    ///    misses.
    func trainLemmatizer(_ sentences: [TaggedSentence]) -> Lemmatizer {
        let tagCount = TaggerModel.tagCount
        var byForm: [Lemmatizer.ExceptionKey: [LemmaToken]] = [:]
        var pairs = Set<[String]>()
        var votes = [[Int]](
            repeating: [0, 0], count: tagCount * Lemmatizer.capitalisationClasses * 2)
        var known = Set<UInt32>()
        let policies: [Lemmatizer.CasePolicy] = [.lower, .keep]
        for sentence in sentences {
            let first = sentence.forms.firstIndex(where: Lemmatizer.isWord)
            for i in sentence.forms.indices {
                guard let lemma = sentence.lemmas[i], !lemma.isEmpty else { continue }
                let form = sentence.forms[i]
                let tag = sentence.tags[i].rawValue
                let lower = form.lowercased()
                let token = LemmaToken(form: form, lemma: lemma, sentenceInitial: i == first)
                byForm[Lemmatizer.ExceptionKey(tag: tag, form: lower), default: []].append(token)
                let lowerLemma = lemma.lowercased()
                known.insert(Lemmatizer.lemmaHash(lowerLemma))
                guard pairs.insert([String(tag), form, lemma, i == first ? "1" : "0"]).inserted else { continue }
                let capitalisation = TaggerFeatures.capitalisationClass(Substring(form))
                let index = Lemmatizer.casePolicyIndex(tag: tag, capitalisation: capitalisation, sentenceInitial: i == first)
                for (p, policy) in policies.enumerated()
                where Lemmatizer.applying(policy, to: lowerLemma, form: form, capitalisation: capitalisation) == lemma {
                    votes[index][p] += 1
                }
            }
        }
        let casePolicies = votes.map { tally in
            policies[tally.indices.max { tally[$0] != tally[$1] ? tally[$0] < tally[$1] : $0 > $1 }!]
        }

        // Rules.
        var suffixCounts: [Lemmatizer.RuleKey: [Lemmatizer.Edit: Int]] = [:]
        var prefixCounts: [Lemmatizer.RuleKey: [Lemmatizer.Edit: Int]] = [:]
        let longestSuffix = configuration.longestSuffix
        let longestPrefix = configuration.longestPrefix
        for (key, tokens) in byForm {
            let scalars = Array(key.form.unicodeScalars)
            for lemma in Set(tokens.map { $0.lemma.lowercased() }) {
                let edit = Lemmatizer.Edit(from: key.form, to: lemma)
                for length in 0...min(longestSuffix, scalars.count) {
                    let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - length)...]))
                    suffixCounts[Lemmatizer.RuleKey(tag: key.tag, affix: suffix), default: [:]][edit.back, default: 0] += 1
                }
                guard longestPrefix > 0 else { continue }
                for length in 0...min(longestPrefix, scalars.count) {
                    let prefix = String(String.UnicodeScalarView(scalars[..<length]))
                    prefixCounts[Lemmatizer.RuleKey(tag: key.tag, affix: prefix), default: [:]][edit.front, default: 0] += 1
                }
            }
        }
        var lemmatizer = Lemmatizer(
            suffixRules: pruned(suffixCounts) { String($0.unicodeScalars.dropFirst()) },
            prefixRules: pruned(prefixCounts) { String($0.unicodeScalars.dropLast()) },
            exceptions: [:], caseExceptions: [:], longestSuffix: longestSuffix, longestPrefix: longestPrefix,
            suffixCandidates: configuration.suffixCandidates, prefixCandidates: configuration.prefixCandidates,
            casePolicies: casePolicies, knownLemmas: known)

        // Exceptions: first of lower-case lemmas, then of capitals for exact spellings.
        func policy(_ token: LemmaToken, _ tag: UInt8) -> (Lemmatizer.CasePolicy, UInt8) {
            let capitalisation = TaggerFeatures.capitalisationClass(Substring(token.form))
            let index = Lemmatizer.casePolicyIndex(
                tag: tag, capitalisation: capitalisation, sentenceInitial: token.sentenceInitial)
            return (casePolicies[index], capitalisation)
        }
        func cased(_ base: String, _ token: LemmaToken, _ tag: UInt8) -> String {
            let (policy, capitalisation) = policy(token, tag)
            return Lemmatizer.applying(policy, to: base, form: token.form, capitalisation: capitalisation)
        }
        var exceptions: [Lemmatizer.ExceptionKey: String] = [:]
        var bySpelling: [Lemmatizer.ExceptionKey: [(token: LemmaToken, base: String)]] = [:]
        for (key, tokens) in byForm {
            let tag = PartOfSpeech(rawValue: key.tag)!
            func correct(_ base: String) -> Int {
                tokens.reduce(0) { $0 + (cased(base, $1, key.tag) == $1.lemma ? 1 : 0) }
            }
            var base = lemmatizer.ruleLemma(Array(key.form.unicodeScalars), tag: tag)
            let byRules = correct(base)
            if byRules < tokens.count {
                let lower = Self.mostFrequent(tokens.map { $0.lemma.lowercased() })
                if correct(lower) > byRules {
                    exceptions[key] = lower
                    base = lower
                }
            }
            for token in tokens {
                bySpelling[Lemmatizer.ExceptionKey(tag: key.tag, form: token.form), default: []].append((token, base))
            }
        }
        var caseExceptions: [Lemmatizer.ExceptionKey: String] = [:]
        for (key, tokens) in bySpelling {
            let verbatim = Self.mostFrequent(tokens.map(\.token.lemma))
            let asVerbatim = tokens.reduce(0) { $0 + ($1.token.lemma == verbatim ? 1 : 0) }
            let asCased = tokens.reduce(0) { $0 + (cased($1.base, $1.token, key.tag) == $1.token.lemma ? 1 : 0) }
            if asVerbatim > asCased { caseExceptions[key] = verbatim }
        }
        lemmatizer.exceptions = exceptions
        lemmatizer.caseExceptions = caseExceptions
        return lemmatizer
    }

    /// The most frequent string (ties: the first in code-point order).
    private static func mostFrequent(_ strings: [String]) -> String {
        var counts: [String: Int] = [:]
        for string in strings { counts[string, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
    }

    /// The majority edit of each affix that is seen with `ruleMinimumCount` forms or more and
    /// whose majority differs from that of its nearest shorter kept affix (`shorter`); the empty
    /// affix always keeps its rule.
    private func pruned(
        _ counts: [Lemmatizer.RuleKey: [Lemmatizer.Edit: Int]], shorter: (String) -> String
    ) -> [Lemmatizer.RuleKey: Lemmatizer.Edit] {
        func majority(_ edits: [Lemmatizer.Edit: Int]) -> (edit: Lemmatizer.Edit, total: Int) {
            var best: (edit: Lemmatizer.Edit, count: Int)?
            var total = 0
            for (edit, count) in edits {
                total += count
                guard let current = best else {
                    best = (edit, count)
                    continue
                }
                if count != current.count {
                    if count > current.count { best = (edit, count) }
                } else if Self.simpler(edit, than: current.edit) {
                    best = (edit, count)
                }
            }
            return (best!.edit, total)
        }
        var rules: [Lemmatizer.RuleKey: Lemmatizer.Edit] = [:]
        let byLength = counts.keys.sorted {
            let a = $0.affix.unicodeScalars.count
            let b = $1.affix.unicodeScalars.count
            if a != b { return a < b }
            if $0.tag != $1.tag { return $0.tag < $1.tag }
            return $0.affix.unicodeScalars.lexicographicallyPrecedes($1.affix.unicodeScalars) { $0.value < $1.value }
        }
        for key in byLength {
            let (edit, total) = majority(counts[key]!)
            if key.affix.isEmpty {
                rules[key] = edit
                continue
            }
            guard total >= configuration.ruleMinimumCount else { continue }
            var inherited: Lemmatizer.Edit?
            var affix = key.affix
            while inherited == nil {
                affix = shorter(affix)
                inherited = rules[Lemmatizer.RuleKey(tag: key.tag, affix: affix)]
                if affix.isEmpty { break }
            }
            if inherited != edit { rules[key] = edit }
        }
        return rules
    }

    /// A deterministic order among edits seen equally often: fewer characters cut, then fewer
    /// added, then code-point order.
    private static func simpler(_ a: Lemmatizer.Edit, than b: Lemmatizer.Edit) -> Bool {
        let cutA = a.prefixCut + a.suffixCut
        let cutB = b.prefixCut + b.suffixCut
        if cutA != cutB { return cutA < cutB }
        let addA = a.prefix.unicodeScalars.count + a.suffix.unicodeScalars.count
        let addB = b.prefix.unicodeScalars.count + b.suffix.unicodeScalars.count
        if addA != addB { return addA < addB }
        let textA = Array((a.prefix + "\u{0}" + a.suffix).unicodeScalars).map(\.value)
        let textB = Array((b.prefix + "\u{0}" + b.suffix).unicodeScalars).map(\.value)
        return textA.lexicographicallyPrecedes(textB)
    }
}
