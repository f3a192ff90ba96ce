internal import CPrecisICU

/// A failure reported by ICU, with what Precis was doing when it happened.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's error code (a `UErrorCode` value greater than zero).
    public let code: Int32
    /// What Precis asked ICU to do, e.g. "open a sentence break iterator for 'th'".
    public let operation: String

    /// ICU's name for the code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
    public var name: String { String(cString: precis_icu_error_name(code)) }

    public var description: String { "ICU could not \(operation): \(name)" }

    /// Throws when `code` is a failure (greater than zero); warnings (negative) are ignored.
    static func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if code > 0 { throw ICUError(code: code, operation: operation()) }
    }

    /// `U_BUFFER_OVERFLOW_ERROR`: the output did not fit; retry with the length returned.
    static let bufferOverflow: Int32 = 15
}

/// Facts about the ICU that Precis runs on.
public enum ICU {
    /// The version of the system ICU, e.g. "72.1".
    public static var version: String { String(cString: precis_icu_version()) }
}
