import Foundation

/// A fresh, empty folder under the system's temporary directory, named `<prefix>-<UUID>`, for one
/// test.
func temporaryFolder(_ prefix: String) throws -> String {
    let path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
