extension Lemmatizer {
    /// Writes the lemmatiser's part of `TaggerModel.serialized()`: the limits, the case policies,
    /// the suffix and prefix rules and the two tables of exceptions (sorted, so the bytes are
    /// deterministic), and
    /// the known lemmas' hashes, sorted and stored as differences.
    func write(to out: inout ModelWriter) {
        out.u8(UInt8(longestSuffix))
        out.u8(UInt8(longestPrefix))
        out.u8(UInt8(suffixCandidates))
        out.u8(UInt8(prefixCandidates))
        for policy in casePolicies { out.u8(policy.rawValue) }
        // Suffix rules hold the back half of an edit, prefix rules the front half.
        for (rules, isSuffix) in [(suffixRules, true), (prefixRules, false)] {
            let sorted = rules.sorted { Self.precedes($0.key.tag, $0.key.affix, $1.key.tag, $1.key.affix) }
            out.u32(UInt32(sorted.count))
            for (key, edit) in sorted {
                out.u8(key.tag)
                out.string(key.affix)
                out.u8(UInt8(min(isSuffix ? edit.suffixCut : edit.prefixCut, 255)))
                out.string(isSuffix ? edit.suffix : edit.prefix)
            }
        }
        for table in [exceptions, caseExceptions] {
            let sorted = table.sorted { Self.precedes($0.key.tag, $0.key.form, $1.key.tag, $1.key.form) }
            out.u32(UInt32(sorted.count))
            for (key, lemma) in sorted {
                out.u8(key.tag)
                out.string(key.form)
                out.string(lemma)
            }
        }
        out.u32(UInt32(knownLemmas.count))
        var last: UInt32 = 0
        for hash in knownLemmas.sorted() {
            out.varint(UInt64(hash - last))
            last = hash
        }
    }

    /// Reads what `write(to:)` wrote.
    init(reading reader: inout ModelReader) throws(TaggerModel.FormatError) {
        let tagCount = TaggerModel.tagCount
        let longestSuffix = Int(try reader.u8())
        let longestPrefix = Int(try reader.u8())
        let suffixCandidates = Int(try reader.u8())
        let prefixCandidates = Int(try reader.u8())
        var policies: [CasePolicy] = []
        for _ in 0..<(tagCount * Self.capitalisationClasses * 2) {
            guard let policy = CasePolicy(rawValue: try reader.u8()) else { throw .invalid("case policy") }
            policies.append(policy)
        }
        var tables: [[RuleKey: Edit]] = []
        for isSuffix in [true, false] {
            let count = Int(try reader.u32())
            guard count <= reader.bytes.count else { throw .invalid("rule count") }
            var rules: [RuleKey: Edit] = [:]
            rules.reserveCapacity(count)
            for _ in 0..<count {
                let tag = try reader.u8()
                guard Int(tag) < tagCount else { throw .invalid("rule tag") }
                let affix = try reader.string()
                let cut = Int(try reader.u8())
                let text = try reader.string()
                rules[RuleKey(tag: tag, affix: affix)] =
                    isSuffix ? Edit(suffixCut: cut, suffix: text) : Edit(prefixCut: cut, prefix: text)
            }
            tables.append(rules)
        }
        var exceptionTables: [[ExceptionKey: String]] = []
        for _ in 0..<2 {
            let count = Int(try reader.u32())
            guard count <= reader.bytes.count else { throw .invalid("exception count") }
            var table: [ExceptionKey: String] = [:]
            table.reserveCapacity(count)
            for _ in 0..<count {
                let tag = try reader.u8()
                guard Int(tag) < tagCount else { throw .invalid("exception tag") }
                let form = try reader.string()
                table[ExceptionKey(tag: tag, form: form)] = try reader.string()
            }
            exceptionTables.append(table)
        }
        let lemmaCount = Int(try reader.u32())
        guard lemmaCount <= reader.bytes.count else { throw .invalid("lemma count") }
        var known = Set<UInt32>(minimumCapacity: lemmaCount)
        var hash: UInt64 = 0
        for _ in 0..<lemmaCount {
            hash += try reader.varint()
            guard hash <= UInt64(UInt32.max) else { throw .invalid("lemma hash") }
            known.insert(UInt32(hash))
        }
        self.init(
            suffixRules: tables[0], prefixRules: tables[1], exceptions: exceptionTables[0],
            caseExceptions: exceptionTables[1], longestSuffix: longestSuffix,
            longestPrefix: longestPrefix, suffixCandidates: suffixCandidates, prefixCandidates: prefixCandidates,
            casePolicies: policies, knownLemmas: known)
    }

    /// Sort order of rule and exception keys: tag, then UTF-8 order.
    private static func precedes(_ tagA: UInt8, _ a: String, _ tagB: UInt8, _ b: String) -> Bool {
        tagA != tagB ? tagA < tagB : a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
