import ArgumentParser
import Foundation

/// The text files that commands taking many paths work on.
enum TextFiles {
    /// One input: where it is, and its path relative to the folder it was found under (its file
    /// name when it was named directly).
    struct Input: Sendable, Hashable {
        let path: String
        let relative: String
    }

    /// Files named directly, and the `.txt` files below folders (sorted within each folder); "-"
    /// (standard input) is passed through when `standardInput` allows it.
    static func find(_ paths: [String], standardInput: Bool = false) throws -> [Input] {
        let fileManager = FileManager.default
        var inputs: [Input] = []
        for path in paths {
            if path == "-" && standardInput {
                inputs.append(Input(path: path, relative: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("\(path): no such file or folder")
            }
            guard isDirectory.boolValue else {
                inputs.append(Input(path: path, relative: (path as NSString).lastPathComponent))
                continue
            }
            var found: [String] = []
            let enumerator = fileManager.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".txt") { found.append(relative) }
            }
            let root = path.hasSuffix("/") ? String(path.dropLast()) : path
            inputs += found.sorted().map { Input(path: "\(root)/\($0)", relative: $0) }
        }
        return inputs
    }
}
