/// Turns the bytes of a text file into text, whatever encoding they are in.
///
/// The rules, in order:
/// 1. A forced encoding (``Configuration/encoding``) is used as given; bytes that are illegal in it
///    are an error with their offset.
/// 2. A byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) is honoured and removed.
/// 3. Bytes that look like a binary file (a known file signature such as PNG, ELF or gzip, NUL bytes
///    that are not part of UTF-16 or UTF-32 text, or many control bytes) are refused.
/// 4. Valid UTF-8 is UTF-8, with no detection.
/// 5. UTF-16 and UTF-32 without a byte-order mark are recognised by their code units.
/// 6. Anything else goes to ICU's charset detector, and is converted when its best guess reaches
///    ``Configuration/minimumConfidence``; otherwise decoding fails, naming the best guess.
///
/// ```swift
/// let decoded = try TextDecoder().decode(data)
/// print(decoded.encoding)   // "UTF-8", "windows-1251", "Shift_JIS"…
/// ```
public struct TextDecoder: Sendable {
    /// How to decode.
    public struct Configuration: Sendable, Equatable {
        /// The encoding to use instead of detecting one: any name or alias ICU knows ("UTF-8",
        /// "windows-1251", "cp1251", "latin1", "Shift_JIS", "GB18030", "UTF-16LE"…). `nil` detects.
        public var encoding: String?
        /// The confidence (0...100) ICU's detector must reach before its guess is used. Measured on
        /// news and encyclopedia texts of 200 characters to 64 KB in 16 legacy encodings: guesses at
        /// or above the default were right in every case seen; lower ones were often wrong.
        public var minimumConfidence: Int
        /// How many bytes from the start detection looks at (conversion always covers everything).
        public var sampleSize: Int

        /// The default minimum confidence.
        public static let defaultMinimumConfidence = 20

        /// Detection with the measured threshold, or decoding in `encoding` when it is given.
        public init(encoding: String? = nil, minimumConfidence: Int = defaultMinimumConfidence, sampleSize: Int = 64 * 1024) {
            self.encoding = encoding
            self.minimumConfidence = minimumConfidence
            self.sampleSize = sampleSize
        }
    }

    /// Text with the encoding it was read in.
    public struct Decoded: Sendable, Equatable {
        /// The text, without a byte-order mark.
        public let text: String
        /// The encoding's name: "UTF-8", "UTF-16LE", "windows-1251", "Shift_JIS"… (for a forced
        /// encoding, its standard name: "windows-1251" for "cp1251").
        public let encoding: String
        /// How the encoding was found.
        public let source: Source

        /// Text read in `encoding`, found as `source` says.
        public init(text: String, encoding: String, source: Source) {
            self.text = text
            self.encoding = encoding
            self.source = source
        }
    }

    /// How the encoding of a text was found.
    public enum Source: Sendable, Equatable {
        /// It was given in the configuration.
        case forced
        /// A byte-order mark named it.
        case byteOrderMark
        /// The bytes are valid UTF-8.
        case validUTF8
        /// The code units are those of UTF-16 or UTF-32 text without a byte-order mark.
        case unicodeUnits
        /// ICU's detector guessed it with this confidence (0...100).
        case detected(confidence: Int)
    }

    /// Why bytes could not be decoded. The descriptions say what is wrong and what to do; callers
    /// with their own vocabulary (a command-line option, say) can build their own from the cases.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// There are no bytes at all.
        case empty
        /// The bytes are not text: `reason` says why ("a PNG image", "NUL byte at offset 12").
        case binary(reason: String)
        /// The encoding could not be told with confidence. `bestGuess` is ICU's best guess, if any,
        /// with its confidence.
        case unknownEncoding(bestGuess: String?, confidence: Int)
        /// The forced encoding's name is not one ICU knows.
        case unsupportedEncoding(String)
        /// The bytes at `offset` are not valid in `encoding`.
        case illegalBytes(encoding: String, offset: Int, bytes: [UInt8])

        public var description: String {
            switch self {
            case .empty: "is empty"
            case .binary(let reason): "is not a text file (\(reason))"
            case .unknownEncoding(let guess?, let confidence):
                "is not UTF-8, and its encoding is unclear (best guess \(guess), \(confidence)% confident); "
                    + "set the encoding explicitly if you know it (e.g. \(guess))"
            case .unknownEncoding(nil, _):
                "is not UTF-8, and its encoding is unclear; set the encoding explicitly if you know it"
            case .unsupportedEncoding(let name):
                "unknown encoding '\(name)'; use a name ICU knows, e.g. UTF-8, windows-1252, windows-1251, "
                    + "KOI8-R, ISO-8859-2, GB18030, Shift_JIS, EUC-KR or UTF-16LE"
            case .illegalBytes(let encoding, let offset, let bytes):
                "is not valid \(encoding): \(Self.hex(bytes)) at byte offset \(offset); "
                    + "check the encoding, or convert the file first"
            }
        }

        /// `bytes` as "byte 0x9F" or "bytes 0x9F 0x41" (the first 8), or "a truncated character" when there are none.
        public static func hex(_ bytes: [UInt8]) -> String {
            if bytes.isEmpty { return "a truncated character" }
            let digits = bytes.prefix(8).map { byte in
                let text = String(byte, radix: 16, uppercase: true)
                return "0x" + (text.count == 1 ? "0" + text : text)
            }
            return (bytes.count == 1 ? "byte " : "bytes ") + digits.joined(separator: " ")
        }
    }

    /// How this decoder decodes.
    public var configuration: Configuration

    /// A decoder with `configuration` (by default: detect, with the measured threshold).
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// `bytes` as text, with the encoding used.
    public func decode(_ bytes: some Collection<UInt8>) throws(Failure) -> Decoded {
        let result: Result<Decoded, Failure>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(Failure) in try decode(UnsafeRawBufferPointer(buffer)) }
        }
        if let result { return try result.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBytes { buffer in Result { () throws(Failure) in try decode(buffer) } }.get()
    }

    /// The bytes in `buffer` as text.
    func decode(_ buffer: UnsafeRawBufferPointer) throws(Failure) -> Decoded {
        if buffer.isEmpty { throw .empty }
        if let forced = configuration.encoding { return try decode(buffer, forcedEncoding: forced) }
        if let mark = ByteOrderMark(of: buffer) {
            let body = UnsafeRawBufferPointer(rebasing: buffer[mark.length...])
            let text = try Self.convert(body, from: mark.encoding, offsetBase: mark.length)
            try Self.checkDecodedText(text)
            return Decoded(text: text, encoding: mark.encoding, source: .byteOrderMark)
        }
        if let signature = BinarySignature.match(buffer) { throw .binary(reason: signature) }

        let census = ByteCensus(buffer)
        if census.firstNUL == nil && !census.hasManyControls {
            if !census.hasHighBytes { return Decoded(text: String(decoding: buffer, as: UTF8.self), encoding: "UTF-8", source: .validUTF8) }
            if let text = String(validating: buffer, as: UTF8.self) {
                return Decoded(text: text, encoding: "UTF-8", source: .validUTF8)
            }
        }
        let sample = UnsafeRawBufferPointer(rebasing: buffer.prefix(max(configuration.sampleSize, 64)))
        let unicode = UnicodeUnitsGuess.best(in: sample)
        if census.firstNUL != nil || census.hasManyControls {
            // Legacy text never holds NUL bytes; UTF-16 and UTF-32 text does.
            if let unicode, let decoded = try? Self.convertAll(buffer, from: unicode) {
                return Decoded(text: decoded, encoding: unicode, source: .unicodeUnits)
            }
            if let nul = census.firstNUL { throw .binary(reason: "NUL byte at offset \(nul)") }
            throw .binary(reason: "\(census.controls) control bytes in \(buffer.count)")
        }
        return try detectLegacy(buffer, sample: sample, unicode: unicode)
    }

    /// Invalid UTF-8 without NUL bytes: ICU's detector decides, with UTF-16 as the fallback.
    private func detectLegacy(_ buffer: UnsafeRawBufferPointer, sample: UnsafeRawBufferPointer, unicode: String?) throws(Failure) -> Decoded {
        // Mostly valid UTF-8 with some bad bytes is damaged or mixed UTF-8, not a legacy encoding
        // (in legacy text of 16 encodings, valid UTF-8 sequences were never more than 0.6 times
        // the invalid bytes): report the first bad byte rather than guess.
        let sequences = Self.utf8Sequences(in: sample)
        if sequences.valid > 0 && sequences.valid >= sequences.invalid {
            let bad = Self.firstInvalidUTF8(buffer)
            throw .illegalBytes(encoding: "UTF-8", offset: bad.offset, bytes: Array(buffer[bad.offset..<bad.offset + bad.length]))
        }
        var candidates: [CharsetDetector.Candidate] = []
        if let detector = try? CharsetDetector(), let found = try? detector.candidates(for: sample) {
            // UTF-8 is ruled out (the bytes are not valid UTF-8); UTF-16/32 are judged by their units.
            candidates = found.filter { !$0.name.hasPrefix("UTF-") }
        }
        var confidentGuessFailed = false
        for candidate in candidates where candidate.confidence >= configuration.minimumConfidence {
            do {
                let text = try Self.convert(buffer, from: candidate.name, offsetBase: 0)
                try Self.checkDecodedText(text)
                return Decoded(text: text, encoding: candidate.name, source: .detected(confidence: candidate.confidence))
            } catch {
                // The bytes are not all valid in the guess; a later candidate may fit.
                confidentGuessFailed = true
            }
        }
        if let unicode, let text = try? Self.convertAll(buffer, from: unicode) {
            return Decoded(text: text, encoding: unicode, source: .unicodeUnits)
        }
        // Guesses that could not convert the bytes are no guesses worth naming.
        let best = confidentGuessFailed ? nil : candidates.first
        throw .unknownEncoding(bestGuess: best?.name, confidence: best?.confidence ?? 0)
    }

    /// Throws ``Failure/unsupportedEncoding(_:)`` unless ICU knows the encoding `name` (a name
    /// ``Configuration/encoding`` takes), so that a name given by a user can be refused before any
    /// input is read. ``TextFile/problem(_:)`` words the failure as the command line does.
    public static func checkEncoding(_ name: String) throws(Failure) {
        do { _ = try CharsetConverter(charset: name.trimmingSpaces) } catch { throw .unsupportedEncoding(name) }
    }

    /// The bytes in `buffer` in the encoding `name`.
    private func decode(_ buffer: UnsafeRawBufferPointer, forcedEncoding name: String) throws(Failure) -> Decoded {
        let trimmed = name.trimmingSpaces
        let converter: CharsetConverter
        do { converter = try CharsetConverter(charset: trimmed) } catch { throw .unsupportedEncoding(name) }
        var text: String
        if converter.standardName == "UTF-8" {
            var body = buffer
            if ByteOrderMark(of: buffer)?.encoding == "UTF-8" { body = UnsafeRawBufferPointer(rebasing: buffer[3...]) }
            guard let valid = String(validating: body, as: UTF8.self) else {
                let bad = Self.firstInvalidUTF8(body)
                throw .illegalBytes(
                    encoding: "UTF-8", offset: bad.offset + (buffer.count - body.count), bytes: Array(body[bad.offset..<bad.offset + bad.length]))
            }
            text = valid
        } else {
            text = try Self.convert(buffer, with: converter, offsetBase: 0)
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        }
        try Self.checkDecodedText(text)
        return Decoded(text: text, encoding: converter.standardName, source: .forced)
    }

    /// `buffer` converted from `encoding` (a name ICU knows) to a string; offsets in errors are
    /// shifted by `offsetBase` (the length of a byte-order mark before `buffer`).
    static func convert(_ buffer: UnsafeRawBufferPointer, from encoding: String, offsetBase: Int) throws(Failure) -> String {
        if encoding == "UTF-8" {
            guard let text = String(validating: buffer, as: UTF8.self) else {
                let bad = firstInvalidUTF8(buffer)
                throw .illegalBytes(
                    encoding: "UTF-8", offset: offsetBase + bad.offset, bytes: Array(buffer[bad.offset..<bad.offset + bad.length]))
            }
            return text
        }
        let converter: CharsetConverter
        do { converter = try CharsetConverter(charset: encoding) } catch { throw .unsupportedEncoding(encoding) }
        return try convert(buffer, with: converter, offsetBase: offsetBase)
    }

    /// `buffer` converted by `converter`.
    static func convert(_ buffer: UnsafeRawBufferPointer, with converter: CharsetConverter, offsetBase: Int) throws(Failure) -> String {
        do {
            let units = try converter.utf16(buffer)
            return String(decoding: units, as: UTF16.self)
        } catch {
            switch error {
            case .illegalBytes(let offset, let length):
                let start = min(max(offset, 0), buffer.count)
                let end = min(start + max(length, 0), buffer.count)
                throw .illegalBytes(encoding: converter.standardName, offset: offsetBase + start, bytes: Array(buffer[start..<end]))
            case .icu(let error):
                throw .illegalBytes(encoding: converter.standardName + " (\(error.name))", offset: offsetBase, bytes: [])
            }
        }
    }

    /// The whole buffer in a UTF-16/32 encoding found without a byte-order mark, checked as text.
    private static func convertAll(_ buffer: UnsafeRawBufferPointer, from encoding: String) throws(Failure) -> String {
        let text = try convert(buffer, from: encoding, offsetBase: 0)
        try checkDecodedText(text)
        return text
    }

    /// Refuses decoded text that holds NUL characters or many control characters (a binary file
    /// read in a forced encoding, say).
    static func checkDecodedText(_ text: String) throws(Failure) {
        var controls = 0
        var count = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            count += 1
            if scalar.value == 0 { throw .binary(reason: "NUL character at character \(index)") }
            if ByteCensus.isBinaryControl(scalar.value) { controls += 1 }
        }
        if ByteCensus.manyControls(controls, of: count) {
            throw .binary(reason: "\(controls) control characters in \(count)")
        }
    }

    /// How many valid multi-byte UTF-8 sequences and how many invalid bytes `buffer` holds.
    static func utf8Sequences(in buffer: UnsafeRawBufferPointer) -> (valid: Int, invalid: Int) {
        var iterator = buffer.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var valid = 0
        var invalid = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): if scalar.count > 1 { valid += 1 }
            case .emptyInput: return (valid, invalid)
            case .error(let length): invalid += length
            }
        }
    }

    /// The offset and length of the first invalid UTF-8 sequence in `buffer` (which holds one).
    static func firstInvalidUTF8(_ buffer: UnsafeRawBufferPointer) -> (offset: Int, length: Int) {
        var iterator = buffer.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): position += scalar.count
            case .emptyInput: return (buffer.count, 0)
            case .error(let length): return (position, max(length, 1))
            }
        }
    }
}

/// A byte-order mark at the start of a file.
struct ByteOrderMark {
    /// The encoding it names.
    let encoding: String
    /// Its length in bytes.
    let length: Int

    /// The mark at the start of `bytes`, if any. UTF-32LE is tried before UTF-16LE, whose mark
    /// it begins with.
    init?(of bytes: UnsafeRawBufferPointer) {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 } }
        if starts([0xEF, 0xBB, 0xBF]) {
            (encoding, length) = ("UTF-8", 3)
        } else if starts([0xFF, 0xFE, 0x00, 0x00]) {
            (encoding, length) = ("UTF-32LE", 4)
        } else if starts([0x00, 0x00, 0xFE, 0xFF]) {
            (encoding, length) = ("UTF-32BE", 4)
        } else if starts([0xFF, 0xFE]) {
            (encoding, length) = ("UTF-16LE", 2)
        } else if starts([0xFE, 0xFF]) {
            (encoding, length) = ("UTF-16BE", 2)
        } else {
            return nil
        }
    }
}

/// Signatures of common binary formats, so that a file can be refused with a name for what it is.
enum BinarySignature {
    /// What the file starts like, e.g. "a PNG image", or `nil`.
    static func match(_ bytes: UnsafeRawBufferPointer) -> String? {
        for (prefix, name) in table where bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy({ $0 == $1 }) {
            return name
        }
        return nil
    }

    /// Magic numbers; each holds a byte that text never starts with, except PDF's.
    static let table: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable or library"),
        ([0x1F, 0x8B], "gzip-compressed data; decompress it first"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data; decompress it first"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data; decompress it first"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx, .odt or .epub document); extract the text first"),
        (Array("%PDF-".utf8), "a PDF document; extract its text first, e.g. with pdftotext"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Java class or Mach-O universal binary"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        (Array("SQLite format 3\0".utf8), "an SQLite database"),
    ]
}

/// Counts of the bytes that tell text from binary data, in one pass.
struct ByteCensus {
    /// The offset of the first NUL byte.
    private(set) var firstNUL: Int?
    /// How many control bytes other than tab, line ends, form feed, escape and end-of-file (0x1A).
    private(set) var controls = 0
    /// Whether any byte is 0x80 or above (else the bytes are ASCII).
    private(set) var hasHighBytes = false
    /// How many bytes were counted.
    let count: Int

    /// Counts the bytes of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        count = bytes.count
        var high: UInt8 = 0
        var controls = 0
        for (index, byte) in bytes.enumerated() {
            high |= byte
            if byte < 0x20 || byte == 0x7F {
                if byte == 0 && firstNUL == nil { firstNUL = index }
                if Self.isBinaryControl(UInt32(byte)) { controls += 1 }
            }
        }
        self.controls = controls
        hasHighBytes = high >= 0x80
    }

    /// Whether control bytes make up so much that this is no text (more than 2%, and at least 4).
    var hasManyControls: Bool { Self.manyControls(controls, of: count) }

    /// Whether `controls` control characters in `count` are too many for text.
    static func manyControls(_ controls: Int, of count: Int) -> Bool { controls >= 4 && controls * 50 > count }

    /// Control characters that text does not hold: C0 controls other than tab, line feed, vertical
    /// tab, form feed, carriage return, SUB (0x1A, an old end-of-file mark) and ESC (0x1B, used by
    /// ISO-2022 encodings and terminal colours), and DEL. NUL counts.
    static func isBinaryControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x1A, 0x1B: false
        case 0x00...0x1F, 0x7F: true
        default: false
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " || slice.first == "\t" { slice.removeFirst() }
        while slice.last == " " || slice.last == "\t" { slice.removeLast() }
        return String(slice)
    }
}

extension TextDecoder.Source: CustomStringConvertible {
    /// The short form `precis encoding` prints: "forced", "bom", "utf8", "units" or
    /// "detected:CONFIDENCE".
    public var description: String {
        switch self {
        case .forced: "forced"
        case .byteOrderMark: "bom"
        case .validUTF8: "utf8"
        case .unicodeUnits: "units"
        case .detected(let confidence): "detected:\(confidence)"
        }
    }
}
