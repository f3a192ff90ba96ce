public import PrecisCore

extension Summarizer {
    /// Segments `text` (identifying its language unless the segmenter fixes one) and summarises it.
    ///
    /// ```swift
    /// let summary = try Summarizer().summarize(article, length: .sentences(3))
    /// for sentence in summary.sentences { print(sentence.text) }
    /// ```
    ///
    /// - Parameter segmenter: the segmenter to use; pass one to fix the language or add
    ///   stopwords, or to reuse its ICU state across many texts.
    /// - Throws: `ICUError` if ICU cannot segment the text.
    public func summarize(
        _ text: String, length: Length = .sentences(3), segmenter: Segmenter = Segmenter()
    ) throws(ICUError) -> Summary {
        summarize(try segmenter.segment(text), length: length)
    }
}
