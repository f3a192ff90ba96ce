internal import CPrecisICU
import PrecisCore

extension CalendarNames {
    /// The names of the months and days of the week in `language`, from ICU's calendar data
    /// (format and stand-alone forms); `none` for a language ICU has no calendar data for.
    public static func forLanguage(_ language: Language) -> CalendarNames {
        (try? icuNames(locale: language.code)).map(CalendarNames.init) ?? .none
    }

    private static func icuNames(locale: String) throws(ICUError) -> [String] {
        var capacity: Int32 = 2048
        while true {
            var buffer = [UInt16](repeating: 0, count: Int(capacity))
            var error: Int32 = 0
            let length = precis_calendar_names(locale, &buffer, capacity, &error)
            if error == ICUError.bufferOverflow, length > capacity {
                capacity = length
                continue
            }
            try ICUError.check(error, "read the calendar names of '\(locale)'")
            return String(decoding: buffer[..<Int(length)], as: UTF16.self).split(separator: "\n").map(String.init)
        }
    }
}
