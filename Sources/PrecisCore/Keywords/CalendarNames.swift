/// The names of the months and the days of the week in one language ("May", "Friday"; "mardi",
/// "juillet"; "мая", "январь"), which date what a text tells rather than say what it is about.
///
/// News gives the day of every event, so a day or a month can outnumber any topic word; an editor
/// tags neither. `isTime(_:)` tells a keyword that is such a name, or a phrase with one that is
/// not a name ("Wednesday night", "early July", "mercredi 11 juillet", "rencontre mardi"). A name
/// that holds one is kept: "Sunday Times", "April Fools Day", "Theresa May". Where the language
/// writes the names in lower case (French, Spanish, Russian…), a capital inside a sentence makes
/// another word: "planète Mars" is kept.
///
/// The names come from the calendar data of ICU's locales (the `Precis` module's
/// `CalendarNames.forLanguage(_:)`); the rules here need no ICU.
public struct CalendarNames: Sendable, Hashable {
    /// The names, in lower case.
    public let names: Set<String>
    /// Whether the language writes the names in lower case (French "mardi"), so that a capital
    /// inside a sentence marks another word ("Mars").
    public let writtenInLowerCase: Bool

    /// No names: nothing is a time.
    public static let none = CalendarNames([])

    /// The names of a language's months and days, as its calendar data writes them (every form
    /// it gives: Russian "января" and "январь").
    public init(_ names: some Sequence<String>) {
        var folded: Set<String> = []
        var lowerCase = 0
        var total = 0
        for name in names where !name.isEmpty {
            folded.insert(name.lowercased())
            total += 1
            if name.first?.isLowercase == true { lowerCase += 1 }
        }
        self.names = folded
        self.writtenInLowerCase = total > 0 && lowerCase * 2 > total
    }

    /// Whether `candidate` names a time rather than a topic: a month or a day, alone or in a
    /// phrase that is not a name. `keptAsNames` gives the calendar names that end a longer name
    /// in the same text (`namesEndingInCalendarNames(of:)`), asked only for a one-word candidate
    /// that is a calendar name: "May" is kept where the text writes "Theresa May".
    package func isTime(_ candidate: KeywordCandidate, keptAsNames: () -> Set<String> = { [] }) -> Bool {
        guard !names.isEmpty else { return false }
        let words = Self.words(of: candidate.surface)
        guard !words.isEmpty else { return false }
        let calendar = words.indices.filter { isCalendarWord(words[$0], of: candidate) }
        guard !calendar.isEmpty else { return false }
        if words.count == 1 { return !keptAsNames().contains(words[0].lowercased()) }
        return !Self.isName(words, calendar: calendar, of: candidate)
    }

    /// The one-word calendar names that end a longer name of `candidates` ("May" of "Theresa
    /// May", "Wednesday" of "Sheffield Wednesday"), in lower case: those words name a person or a
    /// club in that text, not a time.
    package func namesEndingInCalendarNames(of candidates: some Sequence<KeywordCandidate>) -> Set<String> {
        guard !names.isEmpty else { return [] }
        var found: Set<String> = []
        for candidate in candidates where candidate.wordCount >= 2 {
            let words = Self.words(of: candidate.surface)
            guard words.count >= 2, let last = words.last, names.contains(last.lowercased()),
                !names.contains(words[0].lowercased()), Self.isName(words, calendar: [words.count - 1], of: candidate)
            else { continue }
            found.insert(last.lowercased())
        }
        return found
    }

    /// Whether `word` of `candidate`'s surface is a calendar name, and written as one: where
    /// the language writes the names in lower case, not capitalised in a phrase ("Mars arrivent"),
    /// nor inside a sentence on its own ("Mars", the planet, in French).
    private func isCalendarWord(_ word: Substring, of candidate: KeywordCandidate) -> Bool {
        guard names.contains(word.lowercased()) else { return false }
        guard writtenInLowerCase, word.first?.isUppercase == true else { return true }
        return candidate.wordCount == 1 && candidate.capitalisedInsideSentence == 0
    }

    /// Whether a phrase of two words or more is a name: every word capitalised, and a word that
    /// is neither a calendar name nor a number ("Sunday Times", not "May 2005"). Where every
    /// noun has a capital (German), the tagger tells instead: every other word a name ("Ende
    /// September" is no name).
    private static func isName(_ words: [Substring], calendar: [Int], of candidate: KeywordCandidate) -> Bool {
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        if candidate.nounsCapitalised {
            guard candidate.unitTags.count == words.count,
                candidate.unitTags.indices.allSatisfy({ calendar.contains($0) || candidate.unitTags[$0] == .properNoun })
            else { return false }
        }
        return words.indices.contains { !calendar.contains($0) && !isNumber(words[$0]) }
    }

    private static func words(of phrase: String) -> [Substring] {
        phrase.split(whereSeparator: { $0.isWhitespace })
    }

    private static func isNumber(_ word: Substring) -> Bool {
        word.first?.isNumber == true
    }

    // MARK: Time zones

    /// Whether every occurrence of a one-word candidate in capitals follows a time of day: a time
    /// zone ("19:44 EST", "1200 GMT", "10am BST"), which a page's dateline repeats, not a topic.
    package static func isTimeZone(_ candidate: KeywordCandidate, in text: String) -> Bool {
        guard candidate.wordCount == 1, candidate.isAcronym, !candidate.occurrences.isEmpty else { return false }
        return candidate.occurrences.allSatisfy { followsTimeOfDay($0.lowerBound, in: text) }
    }

    /// Whether the word before `start` (across spaces) is a time of day: "19:44", "7.30", "1200",
    /// "10am", "10 pm", "10 a.m.".
    static func followsTimeOfDay(_ start: String.Index, in text: String) -> Bool {
        let before = text.unicodeScalars[..<start].suffix(16)
        var words = String(String.UnicodeScalarView(before)).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard var word = words.popLast() else { return false }
        let lowered = word.lowercased()
        if ["am", "pm", "a.m.", "p.m."].contains(lowered) {
            guard let number = words.popLast(), number.allSatisfy(\.isASCIIDigit), (1...2).contains(number.count) else { return false }
            return true
        }
        if lowered.hasSuffix("am") || lowered.hasSuffix("pm") {
            word = word.dropLast(2)
            return (1...2).contains(word.count) && word.allSatisfy(\.isASCIIDigit)
        }
        // "1200", "19:44", "7.30": hours and minutes of a clock.
        let parts = word.count == 4 && word.allSatisfy(\.isASCIIDigit) ? [word.prefix(2), word.suffix(2)]
            : word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCIIDigit } }), let hours = Int(parts[0]), let minutes = Int(parts[1])
        else { return false }
        return hours < 24 && minutes < 60
    }
}

extension Character {
    /// Whether the character is one of the digits 0–9.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
