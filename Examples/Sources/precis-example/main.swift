// Embedding Precis: segment a text in an unknown language, look at its sentences and words,
// and write a name in Latin letters. Run with `swift run --package-path Examples`.
import Precis

let text = """
    Президент Владимир Путин исключил отправку войск в Афганистан. Он сказал, что опыт \
    Советского Союза стал уроком. Москва будет полагаться на дипломатию.
    """

let segmenter = Segmenter()  // language: .auto (identified from the text)
let document = try segmenter.segment(text)
print("language:", document.language)
for sentence in document.sentences {
    let words = document.words(of: sentence).filter { !$0.isStopword }
    print("-", document[sentence])
    print("  content words:", words.map { String(document[$0]) }.joined(separator: ", "))
}

let transliterator = NameTransliterator()
let name = try transliterator.latin("Путин", language: document.language) ?? "?"
print("Путин in Latin letters:", name)
precondition(document.sentences.count == 3 && name == "Putin", "embedding check failed")
