import Testing

@testable import PrecisCore

private let english = CalendarNames(["January", "March", "May", "June", "Friday", "Saturday", "Sunday", "Wednesday"])
private let french = CalendarNames(["janvier", "mars", "mai", "juillet", "mardi", "mercredi", "dimanche"])

private func candidates(_ paragraphs: [[String]]) -> (Document, [KeywordCandidate]) {
    let document = makeDocument(paragraphs)
    return (document, CandidateExtractor().candidates(in: document))
}

@Test func aDayOrMonthAloneOrInAPhraseThatIsNoNameIsATime() {
    let (_, found) = candidates([
        ["Talks resumed on Friday night in Geneva.", "Ministers met on Friday.", "A deal is due in May."],
        ["The Sunday Times reported that the talks in Geneva would end in May."],
    ])
    let surfaces = Dictionary(found.map { ($0.surface, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(surfaces["Friday night"].map { english.isTime($0) } == true, "\(surfaces.keys)")
    #expect(surfaces["Friday"].map { english.isTime($0) } == true, "\(surfaces.keys)")
    #expect(surfaces["May"].map { english.isTime($0) } == true, "\(surfaces.keys)")
    // A name that holds a day, and a word that is none.
    #expect(surfaces["Sunday Times"].map { english.isTime($0) } == false, "\(surfaces.keys)")
    #expect(surfaces["Geneva"].map { english.isTime($0) } == false, "\(surfaces.keys)")
    #expect(!found.contains { CalendarNames.none.isTime($0) })
}

@Test func aCalendarNameThatEndsANameIsKeptAsTheName() {
    let (_, found) = candidates([
        ["Theresa May met the cabinet.", "May said the vote would take place.", "Critics of May stayed away."],
    ])
    let may = found.first { $0.surface == "May" }
    let names = english.namesEndingInCalendarNames(of: found)
    #expect(names == ["may"], "\(found.map(\.surface))")
    #expect(may.map { english.isTime($0, keptAsNames: { names }) } == false)
    #expect(may.map { english.isTime($0) } == true)
}

@Test func whereNamesOfDaysAreInLowerCaseACapitalMarksAnotherWord() {
    #expect(french.writtenInLowerCase && !english.writtenInLowerCase)
    let (_, found) = candidates([
        ["La sonde a photographié la planète Mars mardi.", "Le robot roule sur Mars depuis juillet."],
        ["Les images de Mars arrivent mercredi."],
    ])
    let surfaces = Dictionary(found.map { ($0.surface, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(surfaces["Mars"].map { french.isTime($0) } == false, "\(surfaces.keys)")
    #expect(surfaces["juillet"].map { french.isTime($0) } == true, "\(surfaces.keys)")
    #expect(surfaces["mercredi"].map { french.isTime($0) } == true, "\(surfaces.keys)")
    #expect(surfaces["Mars arrivent"].map { french.isTime($0) } == false, "\(surfaces.keys)")
}

@Test func aCapitalisedAcronymAfterEveryTimeOfDayIsATimeZone() {
    let (document, found) = candidates([
        ["Published: 19:44 EST, 10 October 2012.", "Updated: 21:05 EST, 10 October 2012."],
        ["Police in Leesburg said the NASA contractor was held.", "The NASA contractor was released at 10am EST."],
    ])
    let est = found.first { $0.surface == "EST" }
    let nasa = found.first { $0.surface == "NASA" }
    #expect(est.map { CalendarNames.isTimeZone($0, in: document.text) } == true, "\(found.map(\.surface))")
    #expect(nasa.map { CalendarNames.isTimeZone($0, in: document.text) } == false, "\(found.map(\.surface))")
    for (before, isTime) in [("1200 ", true), ("7.30 ", true), ("10 p.m. ", true), ("9pm ", true), ("1999 ", false), ("12.5 ", false), ("Published ", false)] {
        let text = before + "GMT"
        let follows = CalendarNames.followsTimeOfDay(text.index(text.endIndex, offsetBy: -3), in: text)
        #expect(follows == isTime, "after '\(before)'")
    }
}

@Test func aJournalNamedBeforeVolumeAndPageIsNoTopic() {
    let (document, found) = candidates([
        ["Neurons of the orbitofrontal cortex code reward value.", "The orbitofrontal cortex learns fast."],
        ["1. A. Smith, J. Neurosci. 23, 1234 (2003).", "2. B. Jones, J. Neurosci. 25, 99 (2005).",
         "3. C. Brown, Nature 415: 530 (2002).", "4. D. Green, Neuron 12(3):123 (1999)."],
    ])
    let cited = found.filter { Citations.isMostlyCited($0, in: document.text) }.map(\.surface)
    #expect(cited.contains("Neurosci") && cited.contains("Nature") && cited.contains("Neuron"), "\(cited)")
    #expect(!cited.contains("orbitofrontal cortex"), "\(cited)")
    for (after, isCitation) in [(" 296, 1129", true), (". 23, 1234", true), (" 112(3):123", true), (" 7, e1001", true),
                                (" 3 of them", false), (" 2005, and", false), (", 12", false)] {
        let text = "Science" + after
        #expect(Citations.isFollowedByVolumeAndPage(text.index(text.startIndex, offsetBy: 7), in: text) == isCitation, "\(after)")
    }
}

@Test func aWordWrittenOnlyAfterNumbersIsAUnitNotATopic() {
    let (document, found) = candidates([
        ["Sales rose 5 percent as 300 jobs went.", "Costs fell 2 percent.", "More jobs will go."],
        ["The 2012 Olympics drew crowds.", "Profits grew 12 percent."],
    ])
    let units = Set(found.filter { Measures.isUnit($0, in: document) }.map(\.surface))
    #expect(units == ["percent"], "\(units)")
    #expect(Measures.isYear("2012") && !Measures.isYear("300") && !Measures.isYear("3000"))
}
