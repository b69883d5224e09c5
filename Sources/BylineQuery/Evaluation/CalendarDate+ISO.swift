import BylineModel

extension CalendarDate {
  /// Reads an ISO 8601 date at day, month or year precision (`2024-06-19`, `2024-06`, `2024`); nil for anything
  /// else, including days that do not exist (`2024-02-30`) and surrounding spaces.
  public init?<Text: StringProtocol>(iso text: Text) {
    let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
      return nil
    }
    var numbers: [Int] = []
    for part in parts {
      var number = 0
      for byte in part {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        number = number * 10 + Int(byte - UInt8(ascii: "0"))
      }
      numbers.append(number)
    }
    let month = numbers.count > 1 ? numbers[1] : nil
    let day = numbers.count > 2 ? numbers[2] : nil
    if let month, !(1...12).contains(month) { return nil }
    if let month, let day, !CalendarDate.isValid(year: numbers[0], month: month, day: day) { return nil }
    self.init(year: numbers[0], month: month, day: day)
  }

  /// Days since 1970-01-01, for a date known to the day.
  var dayNumber: Int? {
    guard let month, let day else { return nil }
    return DayNumber.serial(year: year, month: month, day: day)
  }
}
