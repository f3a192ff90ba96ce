public import PrecisCore

extension IDFModel {
    /// The IDF model Precis ships for `language`, or `nil` when it ships none.
    ///
    /// The models are described in `corpora/README.md`: 11 are counted on background corpora (news,
    /// web and Wikipedia text from Universal Dependencies treebanks, and BBC news for English) and
    /// pruned to keys found in at least two documents; 25 are estimated from the word frequencies
    /// of the `wordfreq` package. They are compiled into the library, so they
    /// need no files at run time. A model is parsed the first time it is asked for (a few
    /// milliseconds; tens for English), once per process; later calls return it at once, from
    /// any thread.
    public static func bundled(for language: Language) -> IDFModel? {
        BundledIDFData.model(for: language.code)
    }

    /// The languages Precis ships an IDF model for, sorted by code.
    public static var bundledLanguages: [Language] {
        BundledIDFData.codes.map { Language($0) }
    }

    /// Parses an embedded model. The embedded text is made by `scripts/embed_data.py` from files
    /// `precis idf build` wrote and is checked by the tests, so a failure is a bug in Precis:
    /// debug builds stop, release builds go on without the model.
    static func bundledModel(parsing text: String, language code: String) -> IDFModel? {
        do {
            let model = try IDFModel(parsing: text)
            assert(model.language.code == code, "the embedded IDF model for '\(code)' is of '\(model.language.code)'")
            return model
        } catch {
            assertionFailure("the embedded IDF model for '\(code)' does not parse: \(error)")
            return nil
        }
    }
}
