// Embedding Precis: segment a text in an unknown language, look at its sentences and words,
// write a name in Latin letters and summarise. Run with `swift run --package-path Examples`.
import Foundation
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

// The whole pipeline, as `precis batch` runs it: bytes in a legacy encoding in, a report out.
let legacyBytes = Data(
    [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0, 0x20, 0x2D, 0x20, 0xF1, 0xF2, 0xEE, 0xEB, 0xE8, 0xF6, 0xE0, 0x20, 0xD0, 0xEE, 0xF1,
     0xF1, 0xE8, 0xE8, 0x2E])  // "Москва - столица России." in windows-1251
var options = PipelineOptions()          // a 3-sentence summary and 10 keywords
options.keywords?.count = 5
let pipeline = DocumentPipeline(options: options)   // one per task: it holds ICU objects
let report = pipeline.report(for: .bytes(legacyBytes, id: "moscow"))
print("encoding:", report.encoding ?? "?", "language:", report.language ?? "?")
print("record:", String(decoding: try ReportEncoder().encode(report), as: UTF8.self))
precondition(report.encoding == "windows-1251" && report.language == "ru" && report.error == nil, "pipeline check failed")
