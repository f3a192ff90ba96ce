/// `text` on one line: every run of white space (line breaks included) and control characters
/// becomes one space, so that no control character (an escape sequence, say) reaches a terminal;
/// word joiners and soft hyphens (the padding of removed HTML) are left out.
package func collapsingWhitespace(_ text: Substring) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var inSpace = false
    for character in text {
        if character == "\u{2060}" || character == "\u{AD}" { continue }
        if character.isWhitespace || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            inSpace = true
        } else {
            if inSpace { result.append(" ") }
            inSpace = false
            result.append(character)
        }
    }
    return result
}
