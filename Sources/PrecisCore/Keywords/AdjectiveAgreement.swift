/// Puts an adjective's lemma (its masculine nominative singular, as Universal Dependencies writes
/// it) in the gender of the noun it goes with, in Russian, Ukrainian, Polish and Czech: what
/// showing "смертельная атака" for a phrase only ever written "смертельной атаки" takes.
///
/// The noun's gender is read off its lemma's ending where the ending tells it plainly (a
/// consonant: masculine; "-а"/"-я": feminine; "-о"/"-е": neuter; with the exceptions each
/// language has, such as Russian "-мя" and Ukrainian "-ння" nouns); where it does not ("-ь"), and
/// for adjectives whose lemma does not end as a masculine adjective does, there is no answer
/// and the phrase is shown as written.
enum AdjectiveAgreement {
    /// A noun's gender, as its lemma tells it.
    enum Gender { case masculine, feminine, neuter }

    /// The languages covered.
    static let languages: Set<String> = ["ru", "uk", "pl", "cs"]

    /// The gender of a noun whose lemma is `noun`, in `language`, when its ending tells it.
    static func gender(ofNoun noun: String, language: String) -> Gender? {
        let word = noun.lowercased()
        guard let last = word.last, word.count >= 2 else { return nil }
        switch language {
        case "ru":
            if word.hasSuffix("мя") { return nil }  // время, имя: neuter in -я
            if "бвгджзклмнпрстфхцчшщй".contains(last) { return .masculine }
            if last == "а" || last == "я" { return .feminine }
            if last == "о" || last == "е" || last == "ё" { return .neuter }
        case "uk":
            // завдання, життя, питання: neuter, a doubled consonant before -я.
            let letters = Array(word)
            if last == "я", letters.count >= 3, letters[letters.count - 2] == letters[letters.count - 3] { return .neuter }
            if "бвгґджзклмнпрстфхцчшщй".contains(last) { return .masculine }
            if last == "а" || last == "я" { return .feminine }
            if last == "о" || last == "е" { return .neuter }
        case "pl":
            if word.hasSuffix("um") { return .neuter }
            // Abstract nouns in "-ość" are feminine ("jakość"; "gość", guest, is not one); after
            // other soft consonants both genders occur ("sieć", "liść"; "dłoń", "koń").
            if word.hasSuffix("ość"), word.count > 4 { return .feminine }
            if "ćńśź".contains(last) { return nil }
            if "bcćdfghjklłmnńprsśtwzźż".contains(last) { return .masculine }
            if last == "a" { return .feminine }
            if last == "o" || last == "e" || last == "ę" { return .neuter }
        case "cs":
            if "bcčdďfghjklmnňprřsštťvzž".contains(last) { return .masculine }
            if last == "a" { return .feminine }
            if last == "o" { return .neuter }
        default: break
        }
        return nil
    }

    /// The adjective whose lemma is `adjective` in `gender`, or `nil` when its ending is not
    /// one this knows.
    static func inflect(_ adjective: String, to gender: Gender, language: String) -> String? {
        // A masculine adjective stays as it is, if it is one ("вердикт19" tagged ADJ is not).
        if gender == .masculine { return inflect(adjective, to: .feminine, language: language) == nil ? nil : adjective }
        let feminine = gender == .feminine
        func replacing(_ suffix: String, with ending: String) -> String? {
            adjective.lowercased().hasSuffix(suffix) ? String(adjective.dropLast(suffix.count)) + ending : nil
        }
        switch language {
        case "ru":
            if let form = replacing("ый", with: feminine ? "ая" : "ое") { return form }
            if let form = replacing("ой", with: feminine ? "ая" : "ое") { return form }
            for stem in ["г", "к", "х"] {
                if let form = replacing(stem + "ий", with: stem + (feminine ? "ая" : "ое")) { return form }
            }
            for stem in ["ж", "ш", "ч", "щ"] {
                if let form = replacing(stem + "ий", with: stem + (feminine ? "ая" : "ее")) { return form }
            }
            return replacing("ий", with: feminine ? "яя" : "ее")
        case "uk":
            if let form = replacing("ій", with: feminine ? "я" : "є") { return form }
            return replacing("ий", with: feminine ? "а" : "е")
        case "pl":
            if let form = replacing("ki", with: feminine ? "ka" : "kie") { return form }
            if let form = replacing("gi", with: feminine ? "ga" : "gie") { return form }
            if let form = replacing("y", with: feminine ? "a" : "e") { return form }
            return replacing("i", with: feminine ? "ia" : "ie")
        case "cs":
            if let form = replacing("ý", with: feminine ? "á" : "é") { return form }
            return replacing("í", with: "í")
        default: return nil
        }
    }
}
