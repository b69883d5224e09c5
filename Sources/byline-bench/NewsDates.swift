import BylineModel

/// A calendar day and the ways scraped pages write it.
///
/// The generator needs real weekdays ("Friday, 21 June 2024" must be a Friday) because the parser
/// is expected to resolve "on Tuesday" against the publication date, so the day arithmetic is exact.
struct NewsDay {
  /// Days since 1970-01-01 (proleptic Gregorian).
  let serial: Int

  init(serial: Int) {
    self.serial = serial
  }

  init(year: Int, month: Int, day: Int) {
    serial = DayNumber.serial(year: year, month: month, day: day)
  }

  /// A day `days` later (earlier when negative).
  func adding(days: Int) -> NewsDay { NewsDay(serial: serial + days) }

  var parts: (year: Int, month: Int, day: Int) {
    let date = DayNumber.date(serial)
    // Day numbers always name a whole day, so month and day are there.
    return (date.year, date.month ?? 1, date.day ?? 1)
  }
  var year: Int { parts.year }
  var month: Int { parts.month }
  var day: Int { parts.day }

  /// 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday.
  var weekday: Int { ((serial % 7) + 7 + 3) % 7 }

  static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October",
    "November", "December",
  ]

  var weekdayName: String { Self.weekdayNames[weekday] }
  var weekdayShort: String { String(weekdayName.prefix(3)) }
  var monthName: String { Self.monthNames[month - 1] }
  var monthShort: String { String(monthName.prefix(3)) }

  // MARK: Formats seen in the seed pages

  /// "Jun20,2024" (000's byline: the scraper dropped the spaces).
  var compact: String { "\(monthShort)\(day),\(year)" }
  /// "Friday, 21 June 2024" (001's post-date header).
  var weekdayDayMonthYear: String { "\(weekdayName), \(day) \(monthName) \(year)" }
  /// "Saturday, July 20, 2024" (002's header).
  var weekdayMonthDayYear: String { "\(weekdayName), \(monthName) \(day), \(year)" }
  /// "2024-06-20" (003's credit line).
  var iso: String { "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }
  /// "WED, JUN 19 2024" (001's source line).
  var wire: String { "\(weekdayShort.uppercased()), \(monthShort.uppercased()) \(day) \(year)" }
  /// "June 20, 2024".
  var monthDayYear: String { "\(monthName) \(day), \(year)" }
  /// "Mon. Jul 22nd, 2024" (000's site header).
  var headerWithOrdinal: String {
    "\(weekdayShort). \(monthShort) \(day)\(Self.ordinalSuffix(day)), \(year)"
  }
  /// "Wednesday, June 19" (in running text, year implied).
  var weekdayMonthDay: String { "\(weekdayName), \(monthName) \(day)" }
  /// "Tuesday 18 June" (in running text, British order).
  var weekdayDayMonth: String { "\(weekdayName) \(day) \(monthName)" }
  /// "19-06-2024" (001's parenthesised date).
  var dayMonthYearDashes: String { "\(Self.twoDigits(day))-\(Self.twoDigits(month))-\(year)" }

  private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

  private static func ordinalSuffix(_ day: Int) -> String {
    if (11...13).contains(day % 100) { return "th" }
    switch day % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }
}
