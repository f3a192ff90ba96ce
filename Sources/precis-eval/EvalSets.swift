import ArgumentParser
import Foundation

/// Evaluation sets on disk: folders of `<id>.txt` texts with a gold file `<id>.<extension>` each.
enum EvalSets {
    /// The `--lang` keywords of the evaluation commands, besides a language code.
    static let languageKeywords: KeyValuePairs<String, String> = [
        "auto": "to identify each text", "prefix": "for the file name's 'xx_' prefix",
    ]

    /// Sets under `directories`: (name, folder, ids with both files), ids sorted.
    static func find(_ directories: [String], goldExtension: String) throws -> [(String, String, [String])] {
        let fileManager = FileManager.default
        var sets: [(String, String, [String])] = []
        func ids(in folder: String) -> [String] {
            let names = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
            let gold = Set(names.filter { $0.hasSuffix(".\(goldExtension)") }.map { String($0.dropLast(goldExtension.count + 1)) })
            return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.filter(gold.contains).sorted()
        }
        for directory in directories {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(directory): no such folder (pass a set folder or a folder of sets)")
            }
            let own = ids(in: directory)
            if !own.isEmpty {
                sets.append(((directory as NSString).lastPathComponent, directory, own))
                continue
            }
            for child in try fileManager.contentsOfDirectory(atPath: directory).sorted() {
                let childIds = ids(in: "\(directory)/\(child)")
                if !childIds.isEmpty { sets.append((child, "\(directory)/\(child)", childIds)) }
            }
        }
        if sets.isEmpty { throw ValidationError("no <id>.txt + <id>.\(goldExtension) pairs under \(directories.joined(separator: ", "))") }
        return sets
    }

    /// A set's row, then, when its texts are in several languages, a row per language
    /// ("maked_bbc/zh").
    static func rows<Outcome, Row>(
        _ name: String, _ outcomes: [Outcome], language: (Outcome) -> String, row: (String, [Outcome]) -> Row
    ) -> [Row] {
        var rows = [row(name, outcomes)]
        let languages = Set(outcomes.map(language))
        if languages.count > 1 {
            for code in languages.sorted() { rows.append(row("\(name)/\(code)", outcomes.filter { language($0) == code })) }
        }
        return rows
    }
}
