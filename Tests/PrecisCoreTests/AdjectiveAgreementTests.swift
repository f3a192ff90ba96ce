import Testing

@testable import PrecisCore

/// Adjectives made to agree with their noun, for showing a phrase in its base form.
@Suite("adjective agreement")
struct AdjectiveAgreementTests {
    @Test func gendersFromNounLemmas() {
        let cases: [(String, String, AdjectiveAgreement.Gender?)] = [
            ("ru", "атака", .feminine), ("ru", "тренер", .masculine), ("ru", "море", .neuter), ("ru", "время", nil),
            ("ru", "путь", nil), ("uk", "поліція", .feminine), ("uk", "мінімум", .masculine), ("uk", "завдання", .neuter),
            ("pl", "szkoła", .feminine), ("pl", "rynek", .masculine), ("pl", "muzeum", .neuter), ("cs", "vláda", .feminine),
            ("en", "attack", nil),
        ]
        for (language, noun, gender) in cases {
            #expect(AdjectiveAgreement.gender(ofNoun: noun, language: language) == gender, "\(language) \(noun)")
        }
    }

    @Test func adjectivesAgree() {
        let cases: [(String, String, AdjectiveAgreement.Gender, String?)] = [
            ("ru", "смертельный", .feminine, "смертельная"), ("ru", "Средиземный", .neuter, "Средиземное"),
            ("ru", "русский", .feminine, "русская"), ("ru", "хороший", .neuter, "хорошее"), ("ru", "синий", .feminine, "синяя"),
            ("ru", "главный", .masculine, "главный"), ("ru", "вердикт19", .masculine, nil),
            ("uk", "київський", .feminine, "київська"), ("uk", "військовий", .neuter, "військове"),
            ("pl", "polski", .feminine, "polska"), ("pl", "nowy", .neuter, "nowe"), ("cs", "nový", .feminine, "nová"),
        ]
        for (language, adjective, gender, expected) in cases {
            #expect(AdjectiveAgreement.inflect(adjective, to: gender, language: language) == expected, "\(language) \(adjective)")
        }
    }
}

/// A verbal noun whose lemma is its verb ("zmniejszenie" → "zmniejszyć", as the Polish treebank
/// has it) is shown as a noun, as written.
@Test func aVerbalNounIsNotShownAsItsVerb() {
    #expect(CandidateTable.isVerbLemma("zmniejszyć", language: "pl"))
    #expect(!CandidateTable.isVerbLemma("władza", language: "pl"))
    #expect(!CandidateTable.isVerbLemma("власть", language: "ru"), "Russian nouns end in -ть")
}
