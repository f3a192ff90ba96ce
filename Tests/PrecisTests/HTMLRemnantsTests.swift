import Testing

@testable import Precis

@Suite("HTML remnants")
struct HTMLRemnantsTests {
    /// `text` with runs of padding (spaces beyond one, word joiners, soft hyphens) removed, to
    /// compare with what a reader sees.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars where scalar != "\u{2060}" && scalar != "\u{AD}" {
            if scalar == " " && result.last == " " { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    @Test(arguments: [
        ("<p>One.</p><p>Two &amp; three.</p>", "\n\n One.\n\n \n\n Two & three.\n\n "),
        ("A<br/>B<br>C", "A\n B\n C"),
        ("<b>Aber</b>deen and <a href=\"x.html\" title='a > b'>a link</a>", "Aberdeen and a link "),
        ("5&nbsp;km, &#8217;quoted&#x2019; &#146;", "5\u{00A0}km, ’quoted’ ’ "),
        ("r&eacute;sum&eacute; caf&eacute;s", "résumé cafés"),
        ("<!-- note -->Text<script>var a = 1 < 2;</script> here<style>p { }</style>.", "Text\n here\n ."),
        ("<td>a</td><td>b</td>", " a b "),
    ])
    func htmlIsRemovedAndOffsetsKept(_ html: String, _ text: String) {
        let stripped = HTMLRemnants.strip(html)
        #expect(Self.visible(stripped) == text)
        #expect(stripped.utf8.count == html.utf8.count)
    }

    @Test func wordsStayWholeAndSentencesPointIntoTheInput() throws {
        let html = "<p>Le r&eacute;sum&eacute; du <b>Conseil</b> est pr&ecirc;t.</p>\n<p>Les caf&eacute;s ferment t&ocirc;t.</p>"
        let stripped = HTMLRemnants.strip(html)
        let document = try Segmenter(configuration: .init(language: .fixed("fr"))).segment(stripped)
        let words = document.tokens.filter { $0.kind == .letter }.map { String(document[$0]) }.map(Self.visible)
        #expect(words.contains("résumé") && words.contains("cafés") && words.contains("Conseil"))
        #expect(document.sentences.count == 2)
    }

    @Test(arguments: [
        "Plain text without markup.",
        "if a < b and b > c then a <b> c",  // "<b>" is a tag: it is removed
        "AT&T, R&D, Q&A; & alone; &unknown; &#0;",
        "Write to <name@example.org> or see <https://example.org>.",
        "x <p unterminated",
        "<notatag>, <p-like>, < p >",
    ])
    func textThatIsNotHTMLStays(_ text: String) {
        let stripped = HTMLRemnants.strip(text)
        if text.contains("<b>") {
            #expect(stripped == "if a < b and b > c then a     c")
        } else {
            #expect(stripped == text)
        }
    }

    @Test func unclosedScriptsAndCommentsStayLinear() {
        // Thousands of unclosed openers: each later one must not search the rest of the text again.
        let text = String(repeating: "<script>x <!-- y ", count: 20_000)
        let clock = ContinuousClock()
        var stripped = ""
        let elapsed = clock.measure { stripped = HTMLRemnants.strip(text) }
        #expect(!stripped.contains("<script>"))
        #expect(elapsed < .seconds(20))
    }
}
