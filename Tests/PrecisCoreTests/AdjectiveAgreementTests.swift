import Testing

@testable import PrecisCore

/// Adjectives made to agree with their noun, for showing a phrase in its base form.
@Suite("adjective agreement")
struct AdjectiveAgreementTests {
    @Test func gendersFromNounLemmas() {
        let cases: [(String, String, AdjectiveAgreement.Gender?)] = [
            ("ru", "атака", .feminine), ("ru", "тренер", .masculine), ("ru", "море", .neuter), ("ru", "время", nil),
            ("ru", "путь", nil), ("uk", "поліція", .feminine), ("uk", "мінімум", .masculine), ("uk", "завдання", .neuter),
            ("pl", "szkoła", .feminine), ("pl", "rynek", .masculine), ("pl", "muzeum", .neuter), ("pl", "jakość", .feminine),
            ("pl", "sieć", nil), ("pl", "gość", nil), ("pl", "zasilanie", .neuter), ("cs", "vláda", .feminine),
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

/// A participle whose lemma is its verb ("zainstalowanych" → "zainstalować", as the Polish
/// treebank has it) is not shown as its verb; a noun's lemma in "-ć" is a noun's ("sieć").
@Test func aParticipleIsNotShownAsItsVerb() {
    #expect(CandidateTable.isVerbLemma("zainstalować", tag: .adjective, language: "pl"))
    #expect(!CandidateTable.isVerbLemma("sieć", tag: .noun, language: "pl"))
    #expect(!CandidateTable.isVerbLemma("władza", tag: .adjective, language: "pl"))
    #expect(!CandidateTable.isVerbLemma("власть", tag: .noun, language: "ru"), "Russian nouns end in -ть")
}

/// A Polish verbal noun, which the treebank lemmatises to its verb, gets its own nominative as
/// lemma, made from any of its forms; a noun in "-ć" keeps the forms that are its own.
@Test func aPolishVerbalNounsBaseFormIsItsNominative() {
    let cases: [(String, String, String?)] = [
        ("zasilania", "zasilać", "zasilanie"), ("prowadzeniem", "prowadzić", "prowadzenie"), ("Sterowaniu", "sterować", "sterowanie"),
        ("przetwarzań", "przetwarzać", "przetwarzanie"), ("picia", "pić", "picie"), ("zasilanie", "zasilać", "zasilanie"),
        ("sieciach", "sieć", nil), ("sieci", "sieć", nil), ("układu", "układ", nil),
    ]
    for (word, lemma, expected) in cases {
        #expect(VerbalNouns.baseForm(of: word, lemma: lemma) == expected, "\(word)")
    }
}
