import Foundation
import Testing

@testable import Precis

/// Sample texts, written for these tests, and their bytes in other encodings (made with iconv at
/// test time).
enum EncodingSamples {
    static let french = """
        Le conseil municipal a voté mardi un budget de 4,2 millions d’euros pour restaurer le lac, \
        devenu vert chaque été depuis 2015. « C’est une décision très attendue », a déclaré la maire, \
        qui espère voir revenir les hérons et les pêcheurs dès l’année prochaine.

        """
    static let russian = """
        Городской совет во вторник проголосовал за выделение средств на восстановление озера, \
        которое каждое лето зеленеет от водорослей. Мэр заявила, что жители давно ждали этого \
        решения, и выразила надежду, что уже в следующем году на озеро вернутся цапли и рыбаки.

        """
    static let chinese = """
        市议会周二投票决定拨款四百二十万美元修复这座湖泊。自二零一五年以来，湖水每年夏天都会因藻类而变绿。\
        市长表示，居民们等待这一决定已经很久了，她希望明年鹭鸟和渔民都能回到湖边。

        """
    static let japanese = """
        町議会は火曜日、湖の再生に四百二十万ドルを支出することを決めた。湖は二〇一五年以来、毎年夏になると藻で緑色に\
        なっている。町長は、住民が長い間この決定を待っていたと述べ、来年にはサギや釣り人が湖に戻ってくることを期待している。

        """
    static let korean = """
        시의회는 화요일 호수를 복원하는 데 사백이십만 달러를 지출하기로 결정했다. 이 호수는 이천십오년 이후 매년 여름 \
        조류 때문에 초록색으로 변했다. 시장은 주민들이 이 결정을 오랫동안 기다려 왔다고 말하며 내년에는 왜가리와 \
        낚시꾼들이 호수로 돌아오기를 바란다고 밝혔다.

        """
    static let greek = """
        Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να διαθέσει τέσσερα εκατομμύρια ευρώ για την αποκατάσταση της λίμνης, \
        η οποία κάθε καλοκαίρι πρασινίζει από τα φύκια. Η δήμαρχος δήλωσε ότι οι κάτοικοι περίμεναν πολύ καιρό αυτή την απόφαση.

        """
    static let hungarian = """
        A városi tanács kedden megszavazta, hogy négymillió eurót költ a tó helyreállítására, amely minden nyáron \
        bezöldül az algáktól. A polgármester szerint a lakók régóta várták ezt a döntést, és remélik, hogy jövőre \
        visszatérnek a gémek és a horgászok is.

        """

    /// `text` in `encoding` (an iconv name).
    static func bytes(_ text: String, _ encoding: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", encoding]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "iconv could not convert to \(encoding)")
        return Array(data)
    }
}

@Suite("Decoding text files")
struct TextDecoderTests {
    let decoder = TextDecoder()

    /// A legacy encoding and the names under which ICU may report it (some texts read the same
    /// in a sibling charset).
    struct LegacyCase: CustomTestStringConvertible, Sendable {
        let encoding: String
        let text: String
        let accepted: Set<String>
        var testDescription: String { encoding }
    }

    static let legacyCases = [
        LegacyCase(encoding: "WINDOWS-1252", text: EncodingSamples.french, accepted: ["windows-1252"]),
        LegacyCase(encoding: "ISO-8859-1", text: EncodingSamples.french.replacingOccurrences(of: "’", with: "'"), accepted: ["ISO-8859-1", "windows-1252"]),
        LegacyCase(encoding: "WINDOWS-1251", text: EncodingSamples.russian, accepted: ["windows-1251"]),
        LegacyCase(encoding: "KOI8-R", text: EncodingSamples.russian, accepted: ["KOI8-R"]),
        LegacyCase(encoding: "ISO-8859-5", text: EncodingSamples.russian, accepted: ["ISO-8859-5"]),
        LegacyCase(encoding: "GB18030", text: EncodingSamples.chinese, accepted: ["GB18030"]),
        LegacyCase(encoding: "SHIFT_JIS", text: EncodingSamples.japanese, accepted: ["Shift_JIS"]),
        LegacyCase(encoding: "EUC-JP", text: EncodingSamples.japanese, accepted: ["EUC-JP"]),
        LegacyCase(encoding: "EUC-KR", text: EncodingSamples.korean, accepted: ["EUC-KR"]),
        LegacyCase(encoding: "ISO-8859-7", text: EncodingSamples.greek, accepted: ["ISO-8859-7"]),
        LegacyCase(encoding: "ISO-8859-2", text: EncodingSamples.hungarian, accepted: ["ISO-8859-2", "windows-1250"]),
    ]

    @Test(arguments: legacyCases)
    func legacyEncodingsAreDetectedAndConverted(_ sample: LegacyCase) throws {
        let bytes = try EncodingSamples.bytes(sample.text, sample.encoding)
        let decoded = try decoder.decode(bytes)
        #expect(decoded.text == sample.text)
        #expect(sample.accepted.contains(decoded.encoding), "read as \(decoded.encoding)")
        guard case .detected(let confidence) = decoded.source else {
            Issue.record("expected detection, got \(decoded.source)")
            return
        }
        #expect(confidence >= TextDecoder.Configuration.defaultMinimumConfidence)
    }

    @Test(arguments: ["UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"], [EncodingSamples.french, EncodingSamples.russian, EncodingSamples.chinese])
    func unicodeWithoutAByteOrderMarkIsRecognised(encoding: String, text: String) throws {
        let decoded = try decoder.decode(try EncodingSamples.bytes(text, encoding))
        #expect(decoded.text == text)
        #expect(decoded.encoding == encoding)
        #expect(decoded.source == .unicodeUnits)
    }

    @Test(arguments: [
        ("UTF-8", [0xEF, 0xBB, 0xBF] as [UInt8]), ("UTF-16LE", [0xFF, 0xFE]), ("UTF-16BE", [0xFE, 0xFF]),
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00]), ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF]),
    ])
    func byteOrderMarksAreHonouredAndRemoved(encoding: String, mark: [UInt8]) throws {
        let text = EncodingSamples.japanese
        let decoded = try decoder.decode(mark + (try EncodingSamples.bytes(text, encoding)))
        #expect(decoded.text == text)
        #expect(decoded.encoding == encoding)
        #expect(decoded.source == .byteOrderMark)
    }

    @Test func validUTF8IsUTF8WithoutDetection() throws {
        let decoded = try decoder.decode(Array(EncodingSamples.russian.utf8))
        #expect(decoded == TextDecoder.Decoded(text: EncodingSamples.russian, encoding: "UTF-8", source: .validUTF8))
        // Data works as well as arrays.
        #expect(try decoder.decode(Data("plain ASCII".utf8)).text == "plain ASCII")
    }

    @Test func damagedUTF8IsReportedNotGuessed() throws {
        // Half UTF-8, half windows-1251: mostly valid UTF-8, so the first bad byte is reported.
        let half = EncodingSamples.russian.count / 2
        let start = String(EncodingSamples.russian.prefix(half))
        let end = String(EncodingSamples.russian.dropFirst(half))
        let legacy = try EncodingSamples.bytes(end, "WINDOWS-1251")
        let bytes = Array(start.utf8) + legacy
        #expect(throws: TextDecoder.Failure.illegalBytes(encoding: "UTF-8", offset: start.utf8.count, bytes: [legacy[0]])) {
            _ = try decoder.decode(bytes)
        }
    }

    @Test(arguments: [
        (0..<40).map { UInt8(0xC0 + $0 % 50) },
        { var random = SplitMix64(seed: 7); return (0..<1000).map { _ in UInt8.random(in: 0x80...0xFF, using: &random) } }(),
    ])
    func bytesOfNoClearEncodingAreNotGuessed(_ bytes: [UInt8]) throws {
        #expect {
            try decoder.decode(bytes)
        } throws: { error in
            guard case .unknownEncoding = error as? TextDecoder.Failure else { return false }
            return true
        }
    }

    @Test func aForcedEncodingIsUsedAsGiven() throws {
        let bytes = try EncodingSamples.bytes(EncodingSamples.russian, "KOI8-R")
        let decoded = try TextDecoder(configuration: .init(encoding: "koi8-r")).decode(bytes)
        #expect(decoded.text == EncodingSamples.russian)
        #expect(decoded.encoding == "KOI8-R")
        #expect(decoded.source == .forced)
        // Aliases resolve to the standard name.
        let latin = try TextDecoder(configuration: .init(encoding: "latin1")).decode([0x63, 0x61, 0x66, 0xE9])
        #expect(latin.text == "café" && latin.encoding == "ISO-8859-1")
    }

    @Test func forcedEncodingErrors() throws {
        #expect(throws: TextDecoder.Failure.unsupportedEncoding("no-such-charset")) {
            _ = try TextDecoder(configuration: .init(encoding: "no-such-charset")).decode(Array("text".utf8))
        }
        // 0x81 0x20: a lead byte without a valid trail byte in Shift_JIS.
        let bytes: [UInt8] = Array("abc ".utf8) + [0x81, 0x20]
        #expect {
            _ = try TextDecoder(configuration: .init(encoding: "Shift_JIS")).decode(bytes)
        } throws: { error in
            guard case .illegalBytes(let encoding, let offset, _) = error as? TextDecoder.Failure else { return false }
            return encoding == "Shift_JIS" && offset == 4
        }
        #expect(throws: TextDecoder.Failure.illegalBytes(encoding: "UTF-8", offset: 3, bytes: [0xE9])) {
            _ = try TextDecoder(configuration: .init(encoding: "utf8")).decode([0x63, 0x61, 0x66, 0xE9])
        }
    }

    /// Bytes that are no text, and why they are refused.
    static let binaryCases: [(String, [UInt8], String)] = [
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "a PNG image"),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0], "an ELF executable or library"),
        ("gzip", [0x1F, 0x8B, 0x08, 0x00, 0x12, 0x34, 0x56, 0x78, 0x00, 0x03], "gzip-compressed data; decompress it first"),
        ("PDF", Array("%PDF-1.7\n%âãÏÓ\n".utf8), "a PDF document; extract its text first, e.g. with pdftotext"),
        ("NUL", Array("a text\0with a NUL byte in it".utf8), "NUL byte at offset 6"),
        ("controls", Array("\u{1}\u{2}\u{3}\u{4}\u{5}\u{6} some text".utf8), "6 control bytes in 16"),
    ]

    @Test(arguments: binaryCases.indices)
    func binaryDataIsRefused(_ index: Int) throws {
        let (_, bytes, reason) = Self.binaryCases[index]
        #expect(throws: TextDecoder.Failure.binary(reason: reason)) { _ = try decoder.decode(bytes) }
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: TextDecoder.Failure.empty) { _ = try decoder.decode([UInt8]()) }
        #expect(TextDecoder.Failure.empty.description == "is empty")
    }

    @Test func failuresSayWhatToDo() {
        let guess = TextDecoder.Failure.unknownEncoding(bestGuess: "windows-1251", confidence: 11).description
        #expect(guess.contains("best guess windows-1251") && guess.contains("set the encoding"))
        let illegal = TextDecoder.Failure.illegalBytes(encoding: "KOI8-R", offset: 12, bytes: [0x98, 0x41]).description
        #expect(illegal == "is not valid KOI8-R: bytes 0x98 0x41 at byte offset 12; check the encoding, or convert the file first")
    }

    @Test func aLongLegacyTextDecodesInBoundedTime() throws {
        // 5 MB of windows-1251: detection reads a sample, conversion is linear.
        let text = String(repeating: EncodingSamples.russian, count: 5_000_000 / EncodingSamples.russian.utf8.count * 2)
        let bytes = try EncodingSamples.bytes(text, "WINDOWS-1251")
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let decoded = try decoder.decode(bytes)
            #expect(decoded.encoding == "windows-1251")
            #expect(decoded.text.utf8.count == text.utf8.count)
        }
        #expect(elapsed < .seconds(30))
    }
}
