public import PrecisCore

extension TaggerModel {
    /// The part-of-speech tagger and lemmatiser Precis ships for `language`, or `nil` when it ships
    /// none (`bundledLanguages` lists them).
    ///
    /// The models are trained by `make taggers` on Universal Dependencies treebanks
    /// (`models/README.md` names them, with their licences) and compiled into the library, so they
    /// need no files at run time. A model is decoded the first time it is asked for, once per
    /// process; later calls return it at once, from any thread.
    public static func bundled(for language: Language) -> TaggerModel? {
        BundledTaggerData.model(for: language.code)
    }

    /// The languages Precis ships a tagger for, sorted by code.
    public static var bundledLanguages: [Language] {
        BundledTaggerData.codes.map { Language($0) }
    }

    /// Decodes an embedded model. The embedded text is made by `scripts/embed_data.py` from
    /// files `precis tagger train` wrote and is checked by the tests, so a failure is a bug in
    /// Precis: debug builds stop, release builds go on without the model.
    static func bundledModel(base64 text: String, language code: String) -> TaggerModel? {
        guard let bytes = Base64.decode(text) else {
            assertionFailure("the embedded tagger for '\(code)' is not base64")
            return nil
        }
        do {
            let model = try TaggerModel(serialized: bytes)
            assert(model.language.code == code, "the embedded tagger for '\(code)' is of '\(model.language.code)'")
            return model
        } catch {
            assertionFailure("the embedded tagger for '\(code)' does not load: \(error)")
            return nil
        }
    }
}
