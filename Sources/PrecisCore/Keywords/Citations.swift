/// References to the literature, as keyword selection reads them.
///
/// A paper's list of references names the journals it cites before their volume and pages:
/// "Science 296, 1129 (2002)", "Nature 415: 530–536", "J. Neurosci. 23, 1234". A journal cited
/// thirty times outnumbers any topic of the paper, but it is where the work was published, not
/// what it is about. `isMostlyCited` tells such a candidate by what follows it, in any language.
package enum Citations {
    /// Whether more than half the occurrences of `candidate` are followed by a volume and a page
    /// (or issue), as a journal's name in a reference is.
    package static func isMostlyCited(_ candidate: KeywordCandidate, in text: String) -> Bool {
        guard candidate.count > 0, candidate.surface.first?.isUppercase == true else { return false }
        var cited = 0
        for occurrence in candidate.occurrences where isFollowedByVolumeAndPage(occurrence.upperBound, in: text) {
            cited += 1
        }
        return cited * 2 > candidate.count
    }

    /// Whether the text after `end` reads as a volume and a page: an optional full stop, a number,
    /// an optional issue in brackets, a comma or colon, and a page ("296, 1129", ". 23, 1234",
    /// "112(3):123", "7, e1001").
    static func isFollowedByVolumeAndPage(_ end: String.Index, in text: String) -> Bool {
        var scalars = text.unicodeScalars[end...].prefix(24).makeIterator()
        var next = scalars.next()
        func skipSpaces() { while let scalar = next, scalar == " " || scalar == "\u{A0}" { next = scalars.next() } }
        func digits() -> Int {
            var count = 0
            while let scalar = next, ("0"..."9").contains(scalar) {
                count += 1
                next = scalars.next()
            }
            return count
        }
        if next == "." { next = scalars.next() }
        skipSpaces()
        guard (1...4).contains(digits()) else { return false }
        skipSpaces()
        if next == "(" {
            next = scalars.next()
            while let scalar = next, scalar != ")" {
                guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" else { return false }
                next = scalars.next()
            }
            guard next == ")" else { return false }
            next = scalars.next()
            skipSpaces()
        }
        guard next == "," || next == ":" else { return false }
        next = scalars.next()
        skipSpaces()
        if let scalar = next, scalar.properties.isAlphabetic, scalar.isASCII { next = scalars.next() }
        return digits() >= 1
    }
}
