import Testing

@testable import Precis

@Suite("HTML remnants")
struct HTMLRemnantsTests {
    @Test(arguments: [
        ("<p>One.</p><p>Two &amp; three.</p>", "\n\nOne.\n\n\n\nTwo & three.\n\n"),
        ("A<br/>B<br>C", "A\nB\nC"),
        ("<b>Aber</b>deen and <a href=\"x.html\" title='a > b'>a link</a>", "Aberdeen and a link"),
        ("5&nbsp;km, &#8217;quoted&#x2019; &#146;", "5\u{00A0}km, ’quoted’ ’"),
        ("<!-- note -->Text<script>var a = 1 < 2;</script> here<style>p { }</style>.", "Text\n here\n."),
        ("<td>a</td><td>b</td>", " a  b "),
    ])
    func htmlIsRemoved(_ html: String, _ text: String) {
        #expect(HTMLRemnants.strip(html) == text)
    }

    @Test(arguments: [
        "Plain text without markup.",
        "if a < b and b > c then a <b> c",  // "<b>" is a tag only when followed by its end: this one is
        "AT&T, R&D, Q&A; & alone; &unknown; &#0;",
        "Write to <name@example.org> or see <https://example.org>.",
        "x <p unterminated",
        "<notatag>, <p-like>, < p >",
    ])
    func textThatIsNotHTMLStays(_ text: String) {
        let stripped = HTMLRemnants.strip(text)
        if text.contains("<b>") {
            #expect(stripped == "if a < b and b > c then a  c")
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
