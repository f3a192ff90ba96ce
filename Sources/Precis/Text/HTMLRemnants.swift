/// Removes what HTML leaves in text copied or scraped from web pages: tags of HTML elements,
/// comments, scripts and style sheets, and character references such as `&amp;`, `&nbsp;` and
/// `&#8217;`. Left alone, `<p class="body">` and `&nbsp;` turn up in summaries and become
/// keywords ("p class", "nbsp").
///
/// Only tags of known HTML elements are removed, so "a <b" in a formula or "<name@example.org>"
/// stays. Tags that end a block (`p`, `div`, `li`, headings, `br`…) become line breaks (a blank
/// line for paragraphs), so paragraphs survive; inline tags (`b`, `a`, `span`…) vanish.
///
/// **Offsets survive.** Every removal is padded to the UTF-8 length of what it replaces, so a
/// UTF-8 offset into the result is the same offset into the input: summaries' and keywords'
/// offsets still point into the original file. The padding is spaces next to white space, and
/// elsewhere invisible format characters (WORD JOINER, SOFT HYPHEN), which word breaking ignores
/// and matching keys drop, so that words stay whole ("caf&eacute;s", "Aber<b>deen</b>").
/// Runs in time linear in the text's length.
public enum HTMLRemnants {
    /// `text` without HTML tags, comments, scripts and style sheets, and with character references
    /// replaced by their characters, each padded to its original UTF-8 length. Text without `<`
    /// or `&` is returned as it is.
    public static func strip(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var scanner = Scanner()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let (end, replacement) = scanner.tag(in: bytes, at: index) {
                append(replacement, replacing: end - index, before: end < bytes.count ? bytes[end] : nil, to: &output)
                index = end
            } else if byte == UInt8(ascii: "&"), let (end, character) = reference(in: bytes, at: index) {
                append(String(character), replacing: end - index, before: end < bytes.count ? bytes[end] : nil, to: &output)
                index = end
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `replacement` padded to `length` bytes: with spaces when it holds white space or
    /// `next` (the byte after the removed text) is white space or the end, else with WORD JOINERs
    /// (3 bytes) and SOFT HYPHENs (2 bytes), which join what is on either side as HTML shows it
    /// ("Aber<b>deen</b>", "&#39;&#39;").
    static func append(_ replacement: String, replacing length: Int, before next: UInt8?, to output: inout [UInt8]) {
        let bytes = Array(replacement.utf8)
        output.append(contentsOf: bytes)
        var padding = length - bytes.count
        guard padding > 0 else { return }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        if bytes.contains(where: isSpace) || next.map(isSpace) ?? true || padding == 1 {
            output.append(contentsOf: repeatElement(0x20, count: padding))
            return
        }
        let wordJoiner: [UInt8] = [0xE2, 0x81, 0xA0]
        let softHyphen: [UInt8] = [0xC2, 0xAD]
        while padding > 0 {
            if padding == 2 || padding == 4 {
                output.append(contentsOf: softHyphen)
                padding -= 2
            } else {
                output.append(contentsOf: wordJoiner)
                padding -= 3
            }
        }
    }

    /// Finds tags; remembers which closing tags are missing, so that an unclosed `<script>` does
    /// not make every later one search the rest of the text again.
    struct Scanner {
        private var missingClosers: Set<String> = []

        /// The end of the tag, comment or script starting at `start`, and what replaces it, or
        /// `nil` when no known tag starts there.
        mutating func tag(in bytes: [UInt8], at start: Int) -> (end: Int, replacement: String)? {
            var index = start + 1
            if HTMLRemnants.matches(bytes, at: index, "!--") {
                guard let end = HTMLRemnants.find(Array("-->".utf8), in: bytes, from: index + 3, missing: &missingClosers, key: "-->")
                else { return nil }
                return (end, "")
            }
            if HTMLRemnants.matches(bytes, at: index, "!doctype") { return HTMLRemnants.tagEnd(in: bytes, from: index).map { ($0, "") } }
            var closing = false
            if index < bytes.count && bytes[index] == UInt8(ascii: "/") {
                closing = true
                index += 1
            }
            let nameStart = index
            while index < bytes.count, index - nameStart < 12,
                (bytes[index] | 0x20) >= UInt8(ascii: "a") && (bytes[index] | 0x20) <= UInt8(ascii: "z")
                    || (index > nameStart && bytes[index] >= UInt8(ascii: "1") && bytes[index] <= UInt8(ascii: "6"))
            {
                index += 1
            }
            guard index > nameStart, index < bytes.count else { return nil }
            let name = String(decoding: bytes[nameStart..<index].map { $0 | 0x20 }, as: UTF8.self)
            let next = bytes[index]
            guard next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D
            else { return nil }
            guard let kind = HTMLRemnants.elements[name], let end = HTMLRemnants.tagEnd(in: bytes, from: index) else { return nil }
            if !closing && (name == "script" || name == "style") {
                // Drop the code too, up to the closing tag when there is one.
                if let close = HTMLRemnants.find(
                    Array("</\(name)".utf8), in: bytes, from: end, missing: &missingClosers, key: name, caseInsensitive: true),
                    let closeEnd = HTMLRemnants.tagEnd(in: bytes, from: close)
                {
                    return (closeEnd, "\n")
                }
                return (end, "")
            }
            switch kind {
            case .inline: return (end, "")
            case .cell: return (end, " ")
            case .line: return (end, "\n")
            case .block: return (end, "\n\n")
            }
        }
    }

    /// How an element's tag is replaced.
    enum Kind {
        /// By nothing (`b`, `a`, `span`).
        case inline
        /// By a space (table cells).
        case cell
        /// By a line break (`br`, `li`, `tr`).
        case line
        /// By a blank line, which ends a paragraph (`p`, `div`, headings).
        case block
    }

    /// HTML elements whose tags are removed.
    static let elements: [String: Kind] = {
        var table: [String: Kind] = [:]
        for name in ["a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "html", "head", "body", "meta", "link", "script", "style", "noscript"] {
            table[name] = .inline
        }
        for name in ["td", "th"] { table[name] = .cell }
        for name in ["br", "li", "tr", "dt", "dd", "option"] { table[name] = .line }
        // A page's `<title>` stands alone too, so that the summariser can find it as the title.
        for name in ["title", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "blockquote", "pre", "hr", "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "caption", "form", "address"] {
            table[name] = .block
        }
        return table
    }()

    /// The index after the `>` that ends a tag whose name ends before `from`, or `nil` when a `<`
    /// or the end of the text comes first (so every byte is looked at by one tag at most).
    static func tagEnd(in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
                if byte == UInt8(ascii: "<") { return nil }
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            } else if byte == UInt8(ascii: "<") {
                return nil
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` hold the ASCII `text` (compared without case) at `index`.
    static func matches(_ bytes: [UInt8], at index: Int, _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where (bytes[index + offset] | 0x20) != (byte | 0x20) {
            return false
        }
        return true
    }

    /// The index after the first `pattern` at or after `from`, or `nil`; a pattern once missing
    /// (recorded under `key` in `missing`) is not searched for again.
    static func find(
        _ pattern: [UInt8], in bytes: [UInt8], from: Int, missing: inout Set<String>, key: String, caseInsensitive: Bool = false
    ) -> Int? {
        if missing.contains(key) || pattern.isEmpty { return nil }
        var index = from
        while index + pattern.count <= bytes.count {
            var found = true
            for (offset, byte) in pattern.enumerated() {
                let value = caseInsensitive ? bytes[index + offset] | 0x20 : bytes[index + offset]
                if value != (caseInsensitive ? byte | 0x20 : byte) {
                    found = false
                    break
                }
            }
            if found { return index + pattern.count }
            index += 1
        }
        missing.insert(key)
        return nil
    }

    /// The character reference (`&amp;`, `&#8217;`, `&#x2019;`) starting at `start`: the index
    /// after its `;` and its character.
    static func reference(in bytes: [UInt8], at start: Int) -> (Int, Character)? {
        var index = start + 1
        var name: [UInt8] = []
        while index < bytes.count, name.count <= 10, bytes[index] != UInt8(ascii: ";") {
            let byte = bytes[index]
            let isAlphanumeric =
                (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isAlphanumeric || (byte == UInt8(ascii: "#") && name.isEmpty) else { return nil }
            name.append(byte)
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";"), !name.isEmpty else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            // Windows-1252 numbers in the C1 range (&#146;) mean the Windows characters.
            guard let value, value != 0, let scalar = Unicode.Scalar(windows1252C1[value] ?? value) else { return nil }
            return (index + 1, Character(scalar))
        }
        guard let character = namedReferences[text] else { return nil }
        return (index + 1, character)
    }

    /// The named character references of Latin-1, and the punctuation most often met in text.
    static let namedReferences: [String: Character] = [
        "AElig": "Æ", "Aacute": "Á", "Acirc": "Â", "Agrave": "À", "Aring": "Å", "Atilde": "Ã", "Auml": "Ä",
        "Ccedil": "Ç", "ETH": "Ð", "Eacute": "É", "Ecirc": "Ê", "Egrave": "È", "Euml": "Ë", "Iacute": "Í",
        "Icirc": "Î", "Igrave": "Ì", "Iuml": "Ï", "Ntilde": "Ñ", "Oacute": "Ó", "Ocirc": "Ô", "Ograve": "Ò",
        "Oslash": "Ø", "Otilde": "Õ", "Ouml": "Ö", "THORN": "Þ", "Uacute": "Ú", "Ucirc": "Û", "Ugrave": "Ù",
        "Uuml": "Ü", "Yacute": "Ý", "aacute": "á", "acirc": "â", "acute": "´", "aelig": "æ", "agrave": "à",
        "aring": "å", "atilde": "ã", "auml": "ä", "brvbar": "¦", "ccedil": "ç", "cedil": "¸", "cent": "¢",
        "copy": "©", "curren": "¤", "deg": "°", "divide": "÷", "eacute": "é", "ecirc": "ê", "egrave": "è",
        "eth": "ð", "euml": "ë", "frac12": "½", "frac14": "¼", "frac34": "¾", "iacute": "í", "icirc": "î",
        "iexcl": "¡", "igrave": "ì", "iquest": "¿", "iuml": "ï", "laquo": "«", "macr": "¯", "micro": "µ",
        "middot": "·", "nbsp": "\u{00A0}", "not": "¬", "ntilde": "ñ", "oacute": "ó", "ocirc": "ô",
        "ograve": "ò", "ordf": "ª", "ordm": "º", "oslash": "ø", "otilde": "õ", "ouml": "ö", "para": "¶",
        "plusmn": "±", "pound": "£", "raquo": "»", "reg": "®", "sect": "§", "shy": "\u{00AD}", "sup1": "¹",
        "sup2": "²", "sup3": "³", "szlig": "ß", "thorn": "þ", "times": "×", "uacute": "ú", "ucirc": "û",
        "ugrave": "ù", "uml": "¨", "uuml": "ü", "yacute": "ý", "yen": "¥", "yuml": "ÿ", "amp": "&", "lt": "<",
        "gt": ">", "quot": "\"", "apos": "'", "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘",
        "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "trade": "™", "euro": "€",
        "bull": "•", "zwnj": "\u{200C}", "zwj": "\u{200D}", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š", "dagger": "†",
        "prime": "′", "minus": "−", "larr": "←", "rarr": "→",
    ]

    /// Windows-1252's characters for the C1 numbers HTML maps to them.
    static let windows1252C1: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}
