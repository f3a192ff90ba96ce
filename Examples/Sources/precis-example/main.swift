// Embedding Precis: segment a text in an unknown language, look at its sentences and words,
// write a name in Latin letters and summarise. Run with `swift run --package-path Examples`.
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

// The two most central sentences, in their original order, with their scores.
let summary = Summarizer().summarize(document, length: .sentences(2))
for sentence in summary.sentences {
    print("summary [\(sentence.index)]:", sentence.text, "score:", (sentence.score * 1000).rounded() / 1000)
}
precondition(summary.sentences.count == 2 && summary.sentences[0].index < summary.sentences[1].index, "summary check failed")
