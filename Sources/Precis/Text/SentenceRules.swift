internal import PrecisCore

/// Corrections applied to ICU's sentence boundaries, per language.
///
/// ICU's sentence rules end sentences after "Dr.", after German "z. B." and ordinals
/// ("3. Oktober"), after Russian "г." and after initials ("J. R. R. Tolkien"); its `ss=standard`
/// suppression lists fix a few of these but, measured on the Universal Dependencies gold sets,
/// cost more than they gain (German "Bar." and "Uhr." never end a sentence there), so Precis
/// keeps its own lists instead. And Thai, which marks a sentence's end with a space
/// only, comes back from ICU as one sentence a paragraph. These rules fix both:
/// - **merge** a boundary that follows an abbreviation that never ends a sentence, a single letter
///   with a full stop (an initial), or (where ordinals are written "3.") a number before a
///   lower-case word or a month;
/// - **split** a long sentence of a language written without sentence punctuation at the spaces
///   inside it, into units of at least `minimumUnpunctuatedLength` characters;
/// - **bound** every sentence to `maximumLength` UTF-16 units, for text with no sentence
///   punctuation at all (a log of one line, a list without full stops, an unpunctuated
///   transcript): ICU already ends a sentence at every line break, and a longer stretch is cut at
///   the last space in the second half of each `maximumLength` units, or, where there is none
///   (Chinese, Japanese, a very long "word"), at `maximumLength`, and the cut is then moved to the
///   end of the word it falls in (`DocumentBuilder`).
struct SentenceRules {
    /// Folded abbreviations (without their final full stop) after which a sentence never ends.
    let nonTerminal: Set<String>
    /// Folded abbreviations that end a sentence as often as not: never merged after.
    let terminal: Set<String>
    /// Words (folded) that, after "<number>.", show that the number was an ordinal (months).
    let ordinalFollowers: Set<String>
    /// Whether ordinals are written with a full stop ("3. Oktober").
    let ordinalsWithFullStop: Bool
    /// Whether the language writes sentences without spaces between them (Chinese, Japanese).
    let writesWithoutSpaces: Bool
    /// Whether the language ends sentences with a space rather than punctuation (Thai).
    let splitsAtSpaces: Bool
    /// Last syllables of words that end a sentence without punctuation (Korean verbal endings).
    let finalEndings: Set<UInt16>
    /// The shortest unit, in UTF-16 code units, that splitting at spaces may produce.
    var minimumUnpunctuatedLength = 40
    /// The longest sentence, in UTF-16 code units; longer ones are cut (see the type's comment).
    var maximumLength = 2_000

    init(language: Language) {
        let table = Self.abbreviations[language.code] ?? [:]
        nonTerminal = Set(Self.common + (table["never"] ?? []))
        terminal = Set(table["terminal"] ?? [])
        ordinalFollowers = Set(table["months"] ?? [])
        ordinalsWithFullStop = Self.ordinalLanguages.contains(language.code)
        writesWithoutSpaces = language.writesWithoutSpaces
        splitsAtSpaces = language.code == "th" || language.code == "lo" || language.code == "km"
        finalEndings = language.code == "ko" ? Set("다요줘까죠니네".utf16) : []
    }

    /// Applies the rules to sentence spans (UTF-16 offsets, trimmed, in order) of `units`.
    func refine(_ spans: [Range<Int>], in units: [UInt16]) -> [Range<Int>] {
        var spans = reattachingClosers(spans, units)
        spans = splittingBeforeNumbers(spans, units)
        var merged: [Range<Int>] = []
        merged.reserveCapacity(spans.count)
        for span in spans {
            if let previous = merged.last, shouldMerge(previous, span, units) {
                merged[merged.count - 1] = previous.lowerBound..<span.upperBound
            } else {
                merged.append(span)
            }
        }
        if !finalEndings.isEmpty {
            merged = merged.flatMap { splittingAfterFinalEndings($0, units) }
        }
        var result: [Range<Int>] = []
        result.reserveCapacity(merged.count)
        if splitsAtSpaces {
            for span in merged { splitAtSpaces(span, units, into: &result) }
        } else {
            result = merged
        }
        guard result.contains(where: { $0.count > maximumLength }) else { return result }
        var bounded: [Range<Int>] = []
        bounded.reserveCapacity(result.count)
        for span in result { boundLength(span, units, into: &bounded) }
        return bounded
    }

    /// Cuts `span` into pieces of at most `maximumLength` units: at the last space of the second
    /// half of each piece, else at the limit (never between the halves of a surrogate pair).
    private func boundLength(_ span: Range<Int>, _ units: [UInt16], into result: inout [Range<Int>]) {
        var start = span.lowerBound
        while span.upperBound - start > maximumLength {
            let limit = start + maximumLength
            var cut = limit
            while cut > start + maximumLength / 2, !isSpace(units[cut]) { cut -= 1 }
            if !isSpace(units[cut]) {
                cut = UTF16.isTrailSurrogate(units[limit]) ? limit - 1 : limit
            }
            var end = cut
            while end > start, isSpace(units[end - 1]) { end -= 1 }
            if end > start { result.append(start..<end) }
            start = cut
            while start < span.upperBound, isSpace(units[start]) { start += 1 }
        }
        if start < span.upperBound { result.append(start..<span.upperBound) }
    }

    /// ICU ends a sentence before a closing quote or bracket that follows a space ("… ; »"), and
    /// tokenised text puts a lone full stop after it ("… ? \" . Next"); such punctuation belongs
    /// to the sentence before.
    private func reattachingClosers(_ spans: [Range<Int>], _ units: [UInt16]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(spans.count)
        for var span in spans {
            if let previous = result.last, !hasLineBreak(previous.upperBound..<span.lowerBound, units) {
                var end = previous.upperBound
                var i = span.lowerBound
                // Absorb runs of closers and sentence marks that stand alone (followed by a space).
                while i < span.upperBound {
                    var j = i
                    while j < span.upperBound, Self.closers.contains(units[j]) || Self.terminals.contains(units[j]) { j += 1 }
                    guard j > i, j == span.upperBound || isSpace(units[j]) else { break }
                    end = j
                    i = j
                    while i < span.upperBound, isSpace(units[i]) { i += 1 }
                }
                if end > previous.upperBound {
                    result[result.count - 1] = previous.lowerBound..<end
                    span = i..<span.upperBound
                    if span.isEmpty { continue }
                }
            }
            result.append(span)
        }
        return result
    }

    /// ICU never ends a sentence before a digit ("… in 1984. 30 people …"), nor before a
    /// lower-case letter, which in a text written all in lower case (tokenised corpora, chat,
    /// speech transcripts) leaves whole articles as one sentence. Precis does end one there, after
    /// a full stop, question or exclamation mark that follows a word of three or more letters (or
    /// a number of four or more digits) that is not an abbreviation; in lower-case text also after
    /// a full stop that stands alone between spaces (" . ", tokenised text).
    private func splittingBeforeNumbers(_ spans: [Range<Int>], _ units: [UInt16]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(spans.count)
        let lowercaseText = Self.isLowercaseText(units)
        for span in spans {
            var start = span.lowerBound
            var i = span.lowerBound + 1
            while i + 2 < span.upperBound {
                let mark = units[i]
                if lowercaseText, let (end, next) = tokenisedQuoteBoundary(after: i, from: start, in: span, units) {
                    result.append(start..<end)
                    start = next
                    i = start + 1
                    continue
                }
                let lowercaseNext = lowercaseText && mark == 0x2E && Self.isLowercaseLetter(units[i + 2])
                if (mark == 0x2E || mark == 0x21 || mark == 0x3F), isSpace(units[i + 1]),
                    lowercaseNext || (0x30...0x39).contains(units[i + 2])
                        || (i + 3 < span.upperBound && isOpening(units[i + 2]) && (0x30...0x39).contains(units[i + 3])),
                    mark != 0x2E || endsPlainWord(at: i, from: start, units)
                        || (lowercaseNext && i - 1 > start && isSpace(units[i - 1]) && !isSpace(units[i - 2]))
                {
                    result.append(start..<i + 1)
                    start = i + 2
                    i = start + 1
                    continue
                }
                i += 1
            }
            result.append(start..<span.upperBound)
        }
        return result
    }

    /// In tokenised lower-case text, a sentence mark followed by an ASCII quote token: closing
    /// quotes written `''`, `'` or `"` stand alone after the mark (". '' the next …"), and an
    /// opening quote written ``` `` ``` starts the next sentence (". `` we …"). ICU sees neither as
    /// a sentence end, as the next word is in lower case. Returns where the sentence ends (after
    /// the closing quote, or at the mark) and where the next one starts, or `nil`.
    private func tokenisedQuoteBoundary(
        after i: Int, from start: Int, in span: Range<Int>, _ units: [UInt16]
    ) -> (end: Int, next: Int)? {
        let mark = units[i]
        guard mark == 0x2E || mark == 0x21 || mark == 0x3F, isSpace(units[i + 1]) else { return nil }
        // A full stop ends a sentence after a plain word or standing alone (" . ").
        if mark == 0x2E, !(endsPlainWord(at: i, from: start, units) || (i - 1 > start && isSpace(units[i - 1]))) {
            return nil
        }
        var j = i + 2
        var quote = j
        while quote < span.upperBound, units[quote] == 0x27 || units[quote] == 0x22 || units[quote] == 0x60 { quote += 1 }
        let run = units[j..<quote]
        guard !run.isEmpty, run.count <= 2, quote == span.upperBound || isSpace(units[quote]) else { return nil }
        if run.allSatisfy({ $0 == 0x60 }) {
            // An opening quote: the sentence ends at the mark.
            return (i + 1, j)
        }
        guard run.allSatisfy({ $0 != 0x60 }) else { return nil }
        // A closing quote: it ends the sentence, if a word follows.
        j = quote
        while j < span.upperBound, isSpace(units[j]) { j += 1 }
        guard j < span.upperBound else { return nil }
        return (quote, j)
    }

    /// Whether a text in a cased script is written (almost) without capitals: at least 200 cased
    /// letters, fewer than 1 % of them upper case.
    static func isLowercaseText(_ units: [UInt16]) -> Bool {
        var upper = 0, lower = 0
        for unit in units {
            if unit < 0x80 {
                if unit >= 0x61 && unit <= 0x7A { lower += 1 } else if unit >= 0x41 && unit <= 0x5A { upper += 1 }
            } else if unit < 0xD800, let scalar = Unicode.Scalar(unit) {
                if scalar.properties.isLowercase { lower += 1 } else if scalar.properties.isUppercase { upper += 1 }
            }
        }
        return lower >= 200 && upper * 100 < lower + upper
    }

    /// Whether a UTF-16 unit is a lower-case letter (BMP only).
    static func isLowercaseLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x61 && unit <= 0x7A }
        guard unit < 0xD800, let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isLowercase
    }

    /// Whether the word before the full stop at `dot` is an ordinary word or a long number.
    private func endsPlainWord(at dot: Int, from start: Int, _ units: [UInt16]) -> Bool {
        let word = lastWord(before: dot, from: start, units)
        let key = String(utf16Units: word).lowercased()
        if key.isEmpty || nonTerminal.contains(key) || terminal.contains(key) || key.contains(".") { return false }
        let scalars = key.unicodeScalars
        if scalars.allSatisfy({ (0x30...0x39).contains($0.value) }) {
            return scalars.count >= 4 && !ordinalsWithFullStop
        }
        return scalars.count >= 3 && scalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// Splits at a space after a word with a sentence-final ending (Korean "…다", "…요"), for
    /// languages whose informal text often leaves out the full stop.
    private func splittingAfterFinalEndings(_ span: Range<Int>, _ units: [UInt16]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = span.lowerBound
        var i = span.lowerBound + 1
        while i + 1 < span.upperBound {
            if isSpace(units[i]), finalEndings.contains(units[i - 1]), !isSpace(units[i + 1]), i - start >= 4 {
                result.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        result.append(start..<span.upperBound)
        return result
    }

    private func hasLineBreak(_ gap: Range<Int>, _ units: [UInt16]) -> Bool {
        TextBreaks.containsLineBreak(units, in: gap)
    }

    /// How far back `lastWord` looks for the start of a word, in UTF-16 units.
    private static let longestWord = 200

    /// Sentence-ending marks.
    private static let terminals: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x2026, 0x3B]
    /// Closing quotes and brackets.
    private static let closers: Set<UInt16> = [0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09]

    /// Whether the boundary between `left` and `right` should go.
    private func shouldMerge(_ left: Range<Int>, _ right: Range<Int>, _ units: [UInt16]) -> Bool {
        // Only a boundary in running text (no line break between) qualifies.
        if hasLineBreak(left.upperBound..<right.lowerBound, units) { return false }
        let mark = units[left.upperBound - 1]
        // "news.asp?ArticleID=1", "Yahoo!Mail": no space after the mark, so no sentence end
        // (in languages that put spaces between sentences).
        if left.upperBound == right.lowerBound, mark == 0x3F || mark == 0x21 || mark == 0x2E {
            // In Chinese, Japanese and Thai only an ASCII full stop glued to a letter says so
            // ("ดร.สมชาย", "Mr.Kim"): their sentences end without a space after them.
            guard writesWithoutSpaces else { return true }
            let next = units[right.lowerBound]
            return mark == 0x2E && !UTF16.isLeadSurrogate(next) && (Unicode.Scalar(next)?.properties.isAlphabetic ?? false)
        }
        guard mark == 0x2E else { return false }
        let word = lastWord(before: left.upperBound - 1, from: left.lowerBound, units)
        guard !word.isEmpty else { return false }
        let key = String(utf16Units: word).lowercased()
        if terminal.contains(key) { return false }
        if nonTerminal.contains(key) { return true }
        // An initial ("J.") or a one-letter abbreviation ("z.", "г.").
        let scalars = key.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            first.properties.isAlphabetic
        {
            return true
        }
        // Dotted abbreviations such as "e.g", "z.B", "т.е": letters with inner full stops.
        if key.contains("."), key.split(separator: ".").allSatisfy({ $0.count <= 2 }), !terminal.contains(key) {
            return startsLowercaseOrDigit(right, units)
        }
        if ordinalsWithFullStop, key.count <= 3, key.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let next = firstWord(of: right, units)
            return startsLowercaseOrDigit(right, units) || ordinalFollowers.contains(next)
        }
        return false
    }

    private func lastWord(before end: Int, from start: Int, _ units: [UInt16]) -> ArraySlice<UInt16> {
        // A word is looked for within `longestWord` units: abbreviations and numbers are short,
        // and a text without spaces must not be scanned back to its start at every full stop.
        let start = max(start, end - Self.longestWord)
        var i = end
        while i > start, !isSpace(units[i - 1]) { i -= 1 }
        while i < end, isOpening(units[i]) { i += 1 }
        return units[i..<end]
    }

    private func firstWord(of span: Range<Int>, _ units: [UInt16]) -> String {
        var end = span.lowerBound
        while end < span.upperBound, !isSpace(units[end]), units[end] != 0x2E, units[end] != 0x2C { end += 1 }
        return String(utf16Units: units[span.lowerBound..<end]).lowercased()
    }

    private func startsLowercaseOrDigit(_ span: Range<Int>, _ units: [UInt16]) -> Bool {
        for i in span {
            let unit = units[i]
            if isOpening(unit) { continue }
            guard !UTF16.isLeadSurrogate(unit), let scalar = Unicode.Scalar(unit) else { return false }
            return scalar.properties.isLowercase || (0x30...0x39).contains(unit)
        }
        return false
    }

    /// Cuts `span` at spaces between letters into units of at least the minimum length.
    private func splitAtSpaces(_ span: Range<Int>, _ units: [UInt16], into result: inout [Range<Int>]) {
        let minimum = minimumUnpunctuatedLength
        guard span.count >= 2 * minimum else {
            result.append(span)
            return
        }
        var start = span.lowerBound
        var i = span.lowerBound + minimum
        while i < span.upperBound - minimum {
            if isSpace(units[i]), isLetterUnit(units[i - 1]), i + 1 < span.upperBound, !isSpace(units[i + 1]) {
                result.append(start..<i)
                var next = i + 1
                while next < span.upperBound, isSpace(units[next]) { next += 1 }
                start = next
                i = start + minimum
                continue
            }
            i += 1
        }
        result.append(start..<span.upperBound)
    }

    private func isLetterUnit(_ unit: UInt16) -> Bool {
        guard !UTF16.isLeadSurrogate(unit), !UTF16.isTrailSurrogate(unit), let scalar = Unicode.Scalar(unit) else {
            return true
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.generalCategory == .spacingMark || unit == 0x201D || unit == 0x22
    }

    private func isSpace(_ unit: UInt16) -> Bool {
        TextBreaks.isSpace(unit)
    }

    private func isOpening(_ unit: UInt16) -> Bool {
        unit == 0x28 || unit == 0x5B || unit == 0x22 || unit == 0x27 || unit == 0x201C || unit == 0x2018
            || unit == 0xAB || unit == 0x201E
    }

    /// Abbreviations that never end a sentence in any Latin-script language.
    private static let common = ["e.g", "i.e", "cf", "vs", "etc.al", "et al", "ca", "approx"]

    /// Languages that write ordinal numbers with a full stop.
    private static let ordinalLanguages: Set<String> = [
        "de", "da", "no", "fi", "cs", "sk", "pl", "hu", "tr", "sl", "hr", "sr", "et", "lv", "lt", "is",
    ]

    /// Per language: "never" (never sentence-final), "terminal" (may end a sentence, never merged
    /// after) and "months" (words after an ordinal). Folded, without the final full stop.
    private static let abbreviations: [String: [String: [String]]] = [
        "en": [
            "never": [
                "mr", "mrs", "ms", "dr", "prof", "st", "sr", "rev", "gen", "col", "lt", "sgt", "capt", "gov",
                "sen", "rep", "pres", "hon", "mt", "messrs", "mmes", "pop", "fig", "figs", "eq", "vol", "nos",
                "pp", "cf", "approx", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                "sept", "oct", "nov", "dec", "u.s.a", "e.g", "i.e", "viz", "ph.d",
            ],
            "terminal": ["etc", "inc", "ltd", "co", "corp", "jr", "a.m", "p.m", "u.s", "u.k", "d.c", "l.a", "no"],
        ],
        "de": [
            "never": [
                "dr", "prof", "hr", "fr", "nr", "bzw", "vgl", "ca", "z.b", "u.a", "d.h", "s.o", "s.u",
                "o.ä", "u.ä", "z.t", "i.d.r", "evtl", "ggf", "inkl", "zzgl", "abs", "art", "bd", "bspw",
                "geb", "gest", "st", "str", "jh", "jhd", "mio", "mrd", "tsd", "sog", "usw", "dipl", "ing",
            ],
            "terminal": ["usw", "etc", "u.a", "mio", "mrd", "tsd", "jh", "jhd"],
            "months": [
                "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                "oktober", "november", "dezember",
            ],
        ],
        "fr": [
            "never": ["m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "p.ex", "cf", "env", "av", "bd"],
            "terminal": ["etc", "av. j.-c", "apr. j.-c"],
        ],
        "es": [
            "never": ["sr", "sra", "srta", "sres", "dr", "dra", "d", "dña", "lic", "ing", "arq", "prof", "p.ej", "pág", "núm", "av", "avda", "ud", "uds", "vd", "vds", "ee.uu", "gral", "cap", "cía"],
            "terminal": ["etc", "ee.uu", "cía"],
        ],
        "pt": [
            "never": ["sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "av", "p.ex", "pág", "nº", "n.º", "sto", "sta", "exmo", "exma", "v.exa"],
            "terminal": ["etc", "ltda"],
        ],
        "it": [
            "never": ["sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "ing", "avv", "geom", "on", "p.es", "ecc", "pag", "n"],
            "terminal": ["ecc", "etc"],
        ],
        "nl": [
            "never": ["dhr", "mevr", "mr", "dr", "drs", "ir", "prof", "bijv", "d.w.z", "m.a.w", "o.a", "resp", "nr", "blz", "ca"],
            "terminal": ["enz", "etc"],
        ],
        "ru": [
            "never": ["г", "т.е", "т.к", "т.н", "им", "ул", "пр", "просп", "д", "кв", "стр", "см", "рис", "табл", "тыс", "млн", "млрд", "руб", "коп", "проф", "акад", "ген", "св", "с", "п", "ст", "чел", "р", "н.э", "до н.э", "вв", "в"],
            "terminal": ["гг", "т.д", "т.п", "др", "и т.д", "и т.п", "и др", "тыс", "млн", "млрд", "руб", "н.э", "д", "п"],
        ],
        "uk": [
            "never": ["р", "рр", "т.зв", "ім", "вул", "проф", "акад", "див", "с", "ст", "тис", "млн", "млрд", "грн"],
            "terminal": ["т.д", "т.п", "ін", "тис", "млн", "млрд", "грн"],
        ],
        "pl": [
            "never": ["np", "tzn", "tj", "dr", "prof", "mgr", "inż", "ul", "al", "pl", "św", "ks", "godz", "r", "w", "ok", "tys", "mln", "mld", "zł", "m.in", "nr", "tzw", "wg"],
            "terminal": ["itd", "itp", "r", "tys", "mln", "mld", "zł"],
            "months": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        ],
        "cs": [
            "never": ["např", "tzv", "tj", "mj", "dr", "prof", "ing", "mgr", "ul", "č", "s", "r", "sv", "str"],
            "terminal": ["atd", "apod", "r"],
            "months": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
        ],
        "el": [
            "never": ["κ", "κα", "δρ", "π.χ", "δηλ", "βλ", "αρ", "σελ", "οδ", "λεωφ"],
            "terminal": ["κλπ", "κ.λπ", "κ.λ.π", "π.χ"],
        ],
        "tr": [
            "never": ["dr", "prof", "doç", "yrd", "av", "vb", "vs", "örn", "no", "s", "bkz", "sok", "cad", "mah"],
            "terminal": ["vb", "vs"],
            "months": ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
        ],
    ]
}
