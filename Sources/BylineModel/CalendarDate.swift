/// A calendar date at day, month or year precision, written as ISO 8601 (`2024-06-19`, `2024-06`, `2024`).
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: String, Sendable, Codable {
    case day, month, year
  }

  // Stored compactly, since every date row of every article holds one: the year in 32 bits, and month and day
  // as bytes where 0 means unknown.
  private let storedYear: Int32
  private let storedMonth: UInt8
  private let storedDay: UInt8

  public var year: Int { Int(storedYear) }
  public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
  public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

  /// Years outside ±2 billion are clamped, and a month or day outside 1…255 is treated as unknown.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    storedYear = Int32(clamping: year)
    let month = month.flatMap { (1...255).contains($0) ? UInt8($0) : nil }
    storedMonth = month ?? 0
    storedDay = month == nil ? 0 : day.flatMap { (1...255).contains($0) ? UInt8($0) : nil } ?? 0
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
