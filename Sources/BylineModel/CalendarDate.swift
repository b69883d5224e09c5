/// A calendar date at day, month or year precision, written as ISO 8601 (`2024-06-19`, `2024-06`, `2024`).
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: String, Sendable, Codable {
    case day, month, year
  }

  public let year: Int
  public let month: Int?
  public let day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  public var precision: Precision {
    if day != nil { return .day }
    if month != nil { return .month }
    return .year
  }

  /// The ISO form: `2024-06-19`, `2024-06` or `2024`.
  public var iso: String {
    var text = String(year)
    while text.count < 4 { text = "0" + text }
    if let month { text += "-" + Self.twoDigits(month) }
    if let day { text += "-" + Self.twoDigits(day) }
    return text
  }

  public var description: String { iso }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  /// Whether `day` exists in `month` of `year` (proleptic Gregorian).
  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    return day <= daysIn(month: month, year: year)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }
}
