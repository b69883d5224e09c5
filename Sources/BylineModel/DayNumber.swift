/// Days since 1970-01-01 in the proleptic Gregorian calendar (after Howard Hinnant's `days_from_civil`).
public enum DayNumber {
  /// The day number of a calendar day.
  public static func serial(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = floorDivision(shiftedYear, 400)
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar day of a day number.
  public static func date(_ serial: Int) -> CalendarDate {
    let shifted = serial + 719_468
    let era = floorDivision(shifted, 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return CalendarDate(year: year, month: month, day: day)
  }

  /// 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday.
  public static func weekday(_ serial: Int) -> Int {
    floorModulo(serial + 3, 7)
  }

  /// Division rounding towards minus infinity.
  public static func floorDivision(_ value: Int, _ divisor: Int) -> Int {
    let quotient = value / divisor
    return value % divisor < 0 ? quotient - 1 : quotient
  }

  /// The remainder of `floorDivision`, never negative for a positive divisor.
  public static func floorModulo(_ value: Int, _ divisor: Int) -> Int {
    value - floorDivision(value, divisor) * divisor
  }
}
