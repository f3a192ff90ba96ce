public import PrecisCore

internal import CStemmer

/// A Snowball stemmer (libstemmer) for one language: "running" → "run", "Städte" → "stadt".
///
/// It expects folded (lower-case) words. A stemmer keeps state between calls: one instance serves
/// one task at a time.
public final class Stemmer {
    private let handle: OpaquePointer
    /// The language it stems.
    public let language: Language

    /// A stemmer for `language`, or `nil` when Snowball has none for it.
    public init?(language: Language) {
        guard Stemmer.languages.contains(language),
            let handle = sb_stemmer_new(language.code, "UTF_8")
        else { return nil }
        self.handle = handle
        self.language = language
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a folded word.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                let stemmed = sb_stemmer_stem(handle, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }

    /// The languages Snowball has stemmers for, by ISO 639-1 code where the language has one.
    public static let languages: Set<Language> = {
        var result = Set<Language>()
        guard var list = sb_stemmer_list() else { return result }
        while let name = list.pointee {
            let algorithm = String(cString: name)
            if let code = snowballCodes[algorithm] { result.insert(Language(code)) }
            list += 1
        }
        return result
    }()

    /// Snowball's algorithm names and the language codes libstemmer also accepts for them.
    private static let snowballCodes: [String: String] = [
        "arabic": "ar", "armenian": "hy", "basque": "eu", "catalan": "ca", "danish": "da",
        "dutch": "nl", "english": "en", "finnish": "fi", "french": "fr", "german": "de",
        "greek": "el", "hindi": "hi", "hungarian": "hu", "indonesian": "id", "irish": "ga",
        "italian": "it", "lithuanian": "lt", "nepali": "ne", "norwegian": "no", "portuguese": "pt",
        "romanian": "ro", "russian": "ru", "serbian": "sr", "spanish": "es", "swedish": "sv",
        "tamil": "ta", "turkish": "tr", "yiddish": "yi",
    ]
}
