import ArgumentParser
import Precis
import PrecisCommandLine

struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Write names and words of any script in Latin letters.",
        discussion: """
            precis translit "Владимир Путин"   →  Vladimir Putin
            Japanese kanji are left as they are (ICU would read them as Mandarin); kana are romanised.
            """
    )

    @Argument(help: "Text to transliterate; several arguments are joined with spaces. None: read standard input.")
    var text: [String] = []

    @Option(name: .long, help: "Language code, for scripts several languages share (ru/uk Cyrillic, zh/ja Han); 'auto' to identify it.")
    var lang: String = "auto"

    func validate() throws {
        try LanguageArgument.validate(lang)
    }

    func run() throws {
        let input = text.isEmpty ? try TextFile.read("-").text : text.joined(separator: " ")
        var language = Language.undetermined
        if lang == "auto" {
            language = LanguageIdentifier().identify(input).language
        } else {
            language = Language(lang)
        }
        let transliterator = NameTransliterator()
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            Output.line(try transliterator.latinText(String(line), language: language))
        }
    }
}
