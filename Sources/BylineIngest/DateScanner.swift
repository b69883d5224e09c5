import BylineModel

/// One absolute calendar date found in a line, and where it was written.
struct DateMatch: Hashable, Sendable {
  /// UTF-8 byte offsets of the whole expression in the line, a leading weekday included.
  var range: Range<Int>
  /// The date at day or, for "June 2024", month precision.
  var date: CalendarDate
}

/// Finds absolute calendar dates ("Mon. Jul 22nd, 2024", "21 June 2024", "2024-06-20", "20.06.2024",
/// "16 de enero de 2024", "June 2024") in one line of text.
///
/// It scans UTF-8 bytes by hand rather than with regular expressions because it runs on every line of
/// every article. Bare years ("2024") are deliberately not matched: they are too often counts or names.
enum DateScanner {
  /// Every date in `line`, in order and non-overlapping.
  ///
  /// Ambiguous numeric dates ("06/07/2024") are read day-first, unless `monthFirst` is set or the same line
  /// writes an unambiguous month-first date ("06/20/2024") and no unambiguous day-first one.
  static func scan(_ line: some StringProtocol, monthFirst: Bool = false) -> [DateMatch] {
    if let found = line.utf8.withContiguousStorageIfAvailable({ scan($0, monthFirst: monthFirst) }) {
      return found
    }
    return Array(line.utf8).withUnsafeBufferPointer { scan($0, monthFirst: monthFirst) }
  }

  /// Every date in a line given as UTF-8 bytes; see `scan(_:monthFirst:)`.
  static func scan(_ bytes: [UInt8], monthFirst: Bool = false) -> [DateMatch] {
    bytes.withUnsafeBufferPointer { scan($0, monthFirst: monthFirst) }
  }

  /// Every date in a line given as UTF-8 bytes; see `scan(_:monthFirst:)`.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, monthFirst: Bool = false) -> [DateMatch] {
    LineScanner(bytes).matches(monthFirst: monthFirst)
  }

  /// The date of a line that is essentially only a date: "Published 3:45 PM EST, Tue January 16, 2024",
  /// "Updated: 16 Jan 2024 10:15 GMT", "2024-06-20T10:15:00Z". Nil when the line says anything else or
  /// holds more than one date.
  static func parseWholeLine(_ line: some StringProtocol, monthFirst: Bool = false) -> CalendarDate? {
    if let found = line.utf8.withContiguousStorageIfAvailable({ parseWholeLine($0, monthFirst: monthFirst) }) {
      return found
    }
    return Array(line.utf8).withUnsafeBufferPointer { parseWholeLine($0, monthFirst: monthFirst) }
  }

  /// The date of a line, given as UTF-8 bytes, that is essentially only a date; see `parseWholeLine(_:monthFirst:)`.
  static func parseWholeLine(_ bytes: [UInt8], monthFirst: Bool = false) -> CalendarDate? {
    bytes.withUnsafeBufferPointer { parseWholeLine($0, monthFirst: monthFirst) }
  }

  /// The date of a line, given as UTF-8 bytes, that is essentially only a date; see `parseWholeLine(_:monthFirst:)`.
  static func parseWholeLine(_ bytes: UnsafeBufferPointer<UInt8>, monthFirst: Bool = false) -> CalendarDate? {
    let scanner = LineScanner(bytes)
    let trimmed = scanner.trimmed()
    // A date line with its decorations fits well inside this; longer lines are prose that mentions a date.
    guard !trimmed.isEmpty, trimmed.count <= 200 else { return nil }
    let found = scanner.matches(monthFirst: monthFirst)
    guard found.count == 1, let only = found.first else { return nil }
    guard scanner.isDecoration(trimmed.lowerBound..<only.range.lowerBound),
      scanner.isDecoration(only.range.upperBound..<trimmed.upperBound)
    else { return nil }
    return only.date
  }
}

// MARK: - Word table

/// Up to 16 lower-cased UTF-8 bytes of a word packed into two integers, so looking a word up costs no allocation.
private struct WordKey: Hashable {
  var low: UInt64 = 0
  var high: UInt64 = 0
  var length = 0

  mutating func append(_ byte: UInt8) {
    if length < 8 {
      low |= UInt64(byte) << (8 * UInt64(length))
    } else if length < 16 {
      high |= UInt64(byte) << (8 * UInt64(length - 8))
    }
    length += 1
  }

  /// Whether the word was short enough to be packed whole.
  var isComplete: Bool { length <= 16 }

  init() {}

  /// The key of an already lower-cased word.
  init(_ word: String) {
    for byte in word.utf8 { append(byte) }
  }
}

/// What a known word means to a date.
private enum DateWord {
  case month(Int)
  /// A month name that is also a common word ("Mars", "ago"), trusted only with a day number.
  case monthWithDay(Int)
  case weekday
  /// Words that may surround a date on a date-only line ("Published", "at", "Uhr").
  case decoration
  /// A time-zone abbreviation; on a date-only line it must be written in capitals.
  case zone

  var month: Int? {
    switch self {
    case .month(let month), .monthWithDay(let month): return month
    default: return nil
    }
  }
}

private let dateWords: [WordKey: DateWord] = {
  var table: [WordKey: DateWord] = [:]
  // English, German, French, Spanish, Italian and Portuguese names with their usual abbreviations,
  // including accent-less spellings that scraped text often has.
  let months: [[String]] = [
    ["january", "jan", "januar", "jänner", "janv", "janvier", "enero", "ene", "gennaio", "janeiro"],
    [
      "february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro",
      "fev",
    ],
    ["march", "mar", "mars", "märz", "maerz", "mär", "marzo", "março", "marco"],
    ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
    ["may", "mai", "mayo", "maggio", "maio"],
    ["june", "jun", "juni", "juin", "junio", "giugno", "junho", "giu"],
    ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "lug"],
    ["august", "aug", "août", "aout", "agosto", "ago"],
    ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
    ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "ott"],
    ["november", "nov", "novembre", "noviembre", "novembro"],
    ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
  ]
  // Russian and Polish write the month in the genitive after a day: "19 июня 2024", "19 czerwca 2024".
  let slavicMonths: [[String]] = [
    ["января", "январь", "stycznia", "styczeń"], ["февраля", "февраль", "lutego", "luty"],
    ["марта", "март", "marca", "marzec"], ["апреля", "апрель", "kwietnia", "kwiecień"],
    ["мая", "май", "maja", "maj"], ["июня", "июнь", "czerwca", "czerwiec"], ["июля", "июль", "lipca", "lipiec"],
    ["августа", "август", "sierpnia", "sierpień"], ["сентября", "сентябрь", "września", "wrzesień"],
    ["октября", "октябрь", "października", "październik"], ["ноября", "ноябрь", "listopada", "listopad"],
    ["декабря", "декабрь", "grudnia", "grudzień"],
  ]
  for (index, names) in slavicMonths.enumerated() {
    for name in names { table[WordKey(name)] = .monthWithDay(index + 1) }
  }
  // These are everyday words or names too ("Mars 2020" is a rover, not March), so they need a day. Short
  // forms that are English words ("gen", "set", "out") are left out altogether.
  let onlyWithDay: Set<String> = ["mars", "ago", "dic", "ene", "marco", "fev", "giu", "lug", "ott"]
  for (index, names) in months.enumerated() {
    for name in names { table[WordKey(name)] = .month(index + 1) }
  }
  for name in onlyWithDay {
    if let month = table[WordKey(name)]?.month { table[WordKey(name)] = .monthWithDay(month) }
  }
  let weekdays = [
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
  ]
  for name in weekdays { table[WordKey(name)] = .weekday }
  let decorations = [
    "published", "updated", "posted", "on", "at", "last", "modified", "date", "dated", "first", "originally",
    "created", "as", "of", "pub", "upd", "edited", "issued", "released", "time", "am", "pm", "uhr", "um",
    "stand", "veröffentlicht", "aktualisiert", "publié", "publie", "mis", "à", "jour", "le", "publicado",
    "actualizado", "el", "h",
  ]
  for name in decorations { table[WordKey(name)] = .decoration }
  let zones = [
    "utc", "gmt", "z", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst",
    "akdt", "hst", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "jst", "kst", "hkt", "sgt",
    "aest", "aedt", "acst", "awst", "nzst", "nzdt", "wib", "pht", "ict", "sast", "wat", "eat", "cat", "gst",
    "pkt", "brt", "art",
  ]
  for name in zones { table[WordKey(name)] = .zone }
  return table
}()

// MARK: - Scanning

/// A date found at some position, before weekday extension.
private struct Found {
  var start: Int
  var end: Int
  var date: CalendarDate
  /// The month-first reading of an ambiguous numeric date ("06/07/2024").
  var monthFirstReading: CalendarDate? = nil
  /// For unambiguous numeric day/month dates: whether they were written month-first.
  var writtenMonthFirst: Bool? = nil
}

/// The outcome of trying to read a date at one position.
private enum Attempt {
  case date(Found)
  /// Shaped like a date but impossible ("31 June 2024"): skip it whole so no part of it matches.
  case impossible(end: Int)
  case none
}

private let space: UInt8 = 0x20
private let tab: UInt8 = 0x09
private let period: UInt8 = 0x2E
private let comma: UInt8 = 0x2C
private let hyphen: UInt8 = 0x2D
private let slash: UInt8 = 0x2F
private let colon: UInt8 = 0x3A
private let plus: UInt8 = 0x2B


/// Byte-level reading of one line. Every access goes through bounds checks or `byte(_:)`, because
/// `UnsafeBufferPointer` does not check in release builds and lines can end anywhere.
private struct LineScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let count: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.count = bytes.count
  }

  /// The byte at `index`, or 0 outside the line, so lookahead needs no separate bounds test.
  @inline(__always) func byte(_ index: Int) -> UInt8 {
    index >= 0 && index < count ? bytes[index] : 0
  }

  // MARK: Main loop

  func matches(monthFirst: Bool) -> [DateMatch] {
    var index = 0
    var nextDigit = firstDigit(from: 0)
    guard nextDigit < count else { return [] }
    var found: [Found] = []
    var previousEnd = 0
    // Where scanning resumes after an attempt: past a date (kept) or past an impossible one, or nil to go on.
    func accept(_ attempt: Attempt) -> Int? {
      switch attempt {
      case .date(let date):
        found.append(withWeekday(date, notBefore: previousEnd))
        previousEnd = date.end
        return date.end
      case .impossible(let end):
        return end
      case .none:
        return nil
      }
    }
    while index < count {
      if nextDigit < index {
        nextDigit = firstDigit(from: index)
        if nextDigit >= count { break }
      }
      // Every date has a digit and its month word sits within a few bytes of it, so long prose runs
      // before the next digit can be skipped unread.
      if nextDigit - index > 48 { index = nextDigit - 48 }
      let current = bytes[index]
      if isDigit(current) {
        if !isJoinedBefore(index) {
          if let next = accept(numberFirst(at: index)) {
            index = next
            continue
          }
        }
        index = digitsEnd(from: index)
        continue
      }
      if isLetterStart(index) {
        let (key, wordEnd) = readWord(at: index)
        if nextDigit - wordEnd <= 6, !isLetterOrDigit(before: index), let key, let word = dateWords[key],
          let month = word.month
        {
          if let next = accept(monthNameFirst(month: month, needsDay: !isMonth(word), start: index, wordEnd: wordEnd)) {
            index = next
            continue
          }
        }
        index = wordEnd
        continue
      }
      index += 1
    }
    return resolveOrder(found, monthFirst: monthFirst)
  }

  private func isMonth(_ word: DateWord) -> Bool {
    if case .month = word { return true }
    return false
  }

  /// Applies the line's (or the caller's) day/month order to ambiguous numeric dates.
  private func resolveOrder(_ found: [Found], monthFirst: Bool) -> [DateMatch] {
    var useMonthFirst = monthFirst
    if !useMonthFirst {
      let written = found.compactMap(\.writtenMonthFirst)
      useMonthFirst = written.contains(true) && !written.contains(false)
    }
    return found.map { item in
      DateMatch(range: item.start..<item.end, date: useMonthFirst ? item.monthFirstReading ?? item.date : item.date)
    }
  }

  // MARK: Dates that start with a number

  private func numberFirst(at start: Int) -> Attempt {
    let (first, firstEnd) = readNumber(at: start)
    let firstLength = firstEnd - start
    let separator = byte(firstEnd)
    let numericSeparator = separator == hyphen || separator == slash || separator == period
    if firstLength == 4 {
      if let cjk = cjkDate(year: first, start: start, after: firstEnd) { return cjk }
      guard numericSeparator else { return .none }
      return yearFirst(year: first, separator: separator, start: start, after: firstEnd + 1)
    }
    guard firstLength <= 2 else { return .none }
    if numericSeparator && isDigit(byte(firstEnd + 1)) {
      return numericDayMonth(first: first, separator: separator, start: start, after: firstEnd + 1)
    }
    return dayFirstText(day: first, start: start, after: firstEnd)
  }

  /// "2024年6月19日" (Chinese and Japanese), "2024년 6월 19일" (Korean).
  private func cjkDate(year: Int, start: Int, after yearEnd: Int) -> Attempt? {
    // 年 E5 B9 B4, 月 E6 9C 88, 日 E6 97 A5; 년 EB 85 84, 월 EC 9B 94, 일 EC 9D BC.
    let yearMarks: [[UInt8]] = [[0xE5, 0xB9, 0xB4], [0xEB, 0x85, 0x84]]
    let monthMarks: [[UInt8]] = [[0xE6, 0x9C, 0x88], [0xEC, 0x9B, 0x94]]
    let dayMarks: [[UInt8]] = [[0xE6, 0x97, 0xA5], [0xEC, 0x9D, 0xBC]]
    func mark(_ marks: [[UInt8]], at index: Int) -> Int? {
      for candidate in marks where index + 3 <= count && Array(bytes[index..<(index + 3)]) == candidate {
        return index + 3
      }
      return nil
    }
    guard var cursor = mark(yearMarks, at: yearEnd) else { return nil }
    if byte(cursor) == 0x20 { cursor += 1 }
    let (month, monthEnd) = readNumber(at: cursor)
    guard (1...2).contains(monthEnd - cursor), var afterMonth = mark(monthMarks, at: monthEnd) else {
      return nil
    }
    if byte(afterMonth) == 0x20 { afterMonth += 1 }
    let (day, dayEnd) = readNumber(at: afterMonth)
    guard (1...2).contains(dayEnd - afterMonth), let end = mark(dayMarks, at: dayEnd) else {
      guard (1...12).contains(month), (1900...2100).contains(year) else { return nil }
      return .date(Found(start: start, end: monthEnd + 3, date: CalendarDate(year: year, month: month)))
    }
    guard let date = validDate(year: year, month: month, day: day) else { return .impossible(end: end) }
    return .date(Found(start: start, end: end, date: date))
  }

  /// "2024-06-20", "2024/06/20", "2024.06.20", "2024-06-20T10:15:00Z".
  private func yearFirst(year: Int, separator: UInt8, start: Int, after monthStart: Int) -> Attempt {
    let (month, monthEnd) = readNumber(at: monthStart)
    guard (1...2).contains(monthEnd - monthStart), byte(monthEnd) == separator else { return .none }
    let (day, dayEnd) = readNumber(at: monthEnd + 1)
    guard (1...2).contains(dayEnd - monthEnd - 1) else { return .none }
    var end = dayEnd
    if separator == hyphen, byte(end) | 0x20 == 0x74, let timeEnd = isoTimeEnd(from: end + 1) {
      end = timeEnd
    }
    guard endsCleanly(end) else { return .none }
    guard let date = validDate(year: year, month: month, day: day) else { return .impossible(end: end) }
    return .date(Found(start: start, end: end, date: date))
  }

  /// "20.06.2024", "19-06-2024", "20/06/2024" and "06/20/2024".
  private func numericDayMonth(first: Int, separator: UInt8, start: Int, after secondStart: Int) -> Attempt {
    let (second, secondEnd) = readNumber(at: secondStart)
    guard (1...2).contains(secondEnd - secondStart), byte(secondEnd) == separator else { return .none }
    let (year, yearEnd) = readNumber(at: secondEnd + 1)
    guard yearEnd - secondEnd - 1 == 4, endsCleanly(yearEnd) else { return .none }
    let dayFirstReading = validDate(year: year, month: second, day: first)
    let monthFirstReading = validDate(year: year, month: first, day: second)
    var found: Found
    switch (dayFirstReading, monthFirstReading) {
    case (let dayFirst?, let monthFirst?):
      found = Found(start: start, end: yearEnd, date: dayFirst)
      if first != second { found.monthFirstReading = monthFirst }
    case (let dayFirst?, nil):
      found = Found(start: start, end: yearEnd, date: dayFirst)
      found.writtenMonthFirst = false
    case (nil, let monthFirst?):
      found = Found(start: start, end: yearEnd, date: monthFirst)
      found.writtenMonthFirst = true
    case (nil, nil):
      return .impossible(end: yearEnd)
    }
    // Dotted dates are a European habit; they say nothing about how this line orders slashed ones.
    if separator == period { found.writtenMonthFirst = nil }
    return .date(found)
  }

  /// "19 June 2024", "19th of June, 2024", "16. Januar 2024", "1er janvier 2024", "16 de enero de 2024", "19-Jun-2024".
  private func dayFirstText(day: Int, start: Int, after digitsEnd: Int) -> Attempt {
    var index = ordinalSuffixEnd(from: digitsEnd) ?? digitsEnd
    let beforeGap = index
    if byte(index) == period { index += 1 }
    index = gapEnd(from: index)
    // The day needs some separation from the month ("16janvier" is more likely an identifier).
    guard index > beforeGap else { return .none }
    index = connectorEnd(from: index) ?? index
    guard isLetterStart(index) else { return .none }
    let (key, wordEnd) = readWord(at: index)
    guard let key, let month = dateWords[key]?.month else { return .none }
    index = wordEnd
    if byte(index) == period { index += 1 }
    if byte(index) == comma { index += 1 }
    index = gapEnd(from: index)
    index = connectorEnd(from: index) ?? index
    let (year, yearEnd) = readNumber(at: index)
    guard yearEnd - index == 4, endsCleanly(yearEnd) else { return .none }
    guard let date = validDate(year: year, month: month, day: day) else { return .impossible(end: yearEnd) }
    return .date(Found(start: start, end: yearEnd, date: date))
  }

  // MARK: Dates that start with a month name

  /// "June 19, 2024", "Jul 22nd, 2024", "Jun20,2024", "JUN 19 2024", "Jan. 16, 2024", "June 2024", "enero de 2024".
  private func monthNameFirst(month: Int, needsDay: Bool, start: Int, wordEnd: Int) -> Attempt {
    var index = wordEnd
    if byte(index) == period { index += 1 }
    index = spacesEnd(from: index)
    if byte(index) == comma { index = spacesEnd(from: index + 1) }
    index = connectorEnd(from: index) ?? index
    let (number, numberEnd) = readNumber(at: index)
    let length = numberEnd - index
    if length == 4 {
      guard !needsDay, endsCleanly(numberEnd) else { return .none }
      guard (1900...2100).contains(number) else { return .impossible(end: numberEnd) }
      return .date(Found(start: start, end: numberEnd, date: CalendarDate(year: number, month: month)))
    }
    guard (1...2).contains(length) else { return .none }
    index = ordinalSuffixEnd(from: numberEnd) ?? numberEnd
    if byte(index) == comma { index += 1 }
    index = spacesEnd(from: index)
    let (year, yearEnd) = readNumber(at: index)
    guard yearEnd - index == 4, endsCleanly(yearEnd) else { return .none }
    guard let date = validDate(year: year, month: month, day: number) else { return .impossible(end: yearEnd) }
    return .date(Found(start: start, end: yearEnd, date: date))
  }

  // MARK: Weekdays

  /// Widens a date to take in a weekday written just before it ("Friday, 21 June 2024", "Mon. Jul 22nd").
  private func withWeekday(_ found: Found, notBefore limit: Int) -> Found {
    // Only a full date names a day; "The Sun, June 2024" is a newspaper, not a Sunday.
    guard found.date.precision == .day else { return found }
    var index = found.start
    index = spacesStart(before: index, notBefore: limit)
    if index > limit && byte(index - 1) == comma {
      index = spacesStart(before: index - 1, notBefore: limit)
    }
    if index > limit && byte(index - 1) == period { index -= 1 }
    guard index < found.start else { return found }
    let wordEnd = index
    while index > limit {
      let previous = byte(index - 1)
      if isASCIILetter(previous) {
        index -= 1
      } else if previous & 0xC0 == 0x80, index - 2 >= limit, (0xC3...0xC5).contains(byte(index - 2)) {
        index -= 2
      } else {
        break
      }
    }
    guard index < wordEnd, !isLetterOrDigit(before: index) else { return found }
    let (key, end) = readWord(at: index)
    guard end == wordEnd, let key, case .weekday = dateWords[key] else { return found }
    var widened = found
    widened.start = index
    return widened
  }

  // MARK: Date-only lines

  /// The line without surrounding whitespace.
  func trimmed() -> Range<Int> {
    var start = 0
    var end = count
    while start < end {
      let length = whitespaceLength(at: start)
      if length == 0 { break }
      start += length
    }
    while end > start {
      if isASCIISpace(byte(end - 1)) {
        end -= 1
      } else if end - 2 >= start && byte(end - 2) == 0xC2 && byte(end - 1) == 0xA0 {
        end -= 2
      } else {
        break
      }
    }
    return start..<end
  }

  /// Whether `range` holds only what may surround a date on a date-only line: labels such as "Published",
  /// times, "a.m.", time zones, offsets and separators.
  func isDecoration(_ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let current = byte(index)
      if (current == plus || current == hyphen) && isDigit(byte(index + 1)) {
        // "+01:00", "-0500", "UTC+2".
        let (_, digitsEnd) = readNumber(at: index + 1)
        guard digitsEnd - index - 1 <= 4 else { return false }
        index = digitsEnd
        if byte(index) == colon && isDigit(byte(index + 1)) { index = readNumber(at: index + 1).end }
        continue
      }
      let separator = decorationSeparatorLength(at: index)
      if separator > 0 {
        index += separator
        continue
      }
      if isDigit(current) {
        let (_, hourEnd) = readNumber(at: index)
        guard hourEnd - index <= 2 else { return false }
        // "10:15", "10:15:00", British "14.02" and French "10h15".
        let mark = byte(hourEnd)
        let minuteEnd = readNumber(at: hourEnd + 1).end
        if (mark == colon || mark == period || mark | 0x20 == 0x68) && minuteEnd - hourEnd - 1 == 2 {
          var timeEnd = minuteEnd
          if byte(timeEnd) == colon && isDigit(byte(timeEnd + 1)) { timeEnd = readNumber(at: timeEnd + 1).end }
          index = timeEnd
          continue
        }
        // A bare hour only counts with its "PM": "3 PM".
        let next = spacesEnd(from: hourEnd)
        guard isMeridiem(at: next) != nil else { return false }
        index = next
        continue
      }
      if let meridiemEnd = isMeridiem(at: index) {
        index = meridiemEnd
        continue
      }
      guard isLetterStart(index) else { return false }
      let (key, wordEnd) = readWord(at: index)
      guard let key, let word = dateWords[key] else { return false }
      switch word {
      case .decoration, .weekday:
        break
      case .zone:
        guard current &- 0x41 < 26 else { return false }
      case .month, .monthWithDay:
        return false
      }
      index = wordEnd
    }
    return true
  }

  /// The end of "am", "pm", "a.m." or "p.m." written at `index`, else nil.
  private func isMeridiem(at index: Int) -> Int? {
    let first = byte(index) | 0x20
    guard first == 0x61 || first == 0x70, !isLetterOrDigit(before: index) || isDigit(byte(index - 1)) else {
      return nil
    }
    var end = index + 1
    if byte(end) == period { end += 1 }
    guard byte(end) | 0x20 == 0x6D else { return nil }
    end += 1
    if byte(end) == period { end += 1 }
    guard !isLetterStart(end) else { return nil }
    return end
  }

  private func decorationSeparatorLength(at index: Int) -> Int {
    switch byte(index) {
    case space, tab, comma, colon, hyphen, slash, period, 0x7C, 0x28, 0x29, 0x5B, 0x5D, 0x0D, 0x0A:
      return 1
    case 0xC2:
      let next = byte(index + 1)
      return next == 0xA0 || next == 0xB7 ? 2 : 0
    case 0xE2:
      // En and em dashes and the bullet.
      guard byte(index + 1) == 0x80 else { return 0 }
      let last = byte(index + 2)
      return last == 0x93 || last == 0x94 || last == 0xA2 ? 3 : 0
    default:
      return 0
    }
  }

  // MARK: Pieces

  private func firstDigit(from start: Int) -> Int {
    var index = start
    while index < count && !isDigit(bytes[index]) { index += 1 }
    return index
  }

  private func digitsEnd(from start: Int) -> Int {
    var index = start
    while index < count && isDigit(bytes[index]) { index += 1 }
    return index
  }

  /// The value of the digit run at `start` (capped, so long runs cannot overflow) and where it ends.
  private func readNumber(at start: Int) -> (value: Int, end: Int) {
    var index = start
    var value = 0
    while index < count {
      let digit = bytes[index] &- 0x30
      guard digit < 10 else { break }
      if value < 100_000_000 { value = value * 10 + Int(digit) }
      index += 1
    }
    return (value, index)
  }

  /// Whether `index` starts a letter: ASCII, or a two-byte Latin letter such as "é" or "ä".
  private func isLetterStart(_ index: Int) -> Bool {
    let current = byte(index)
    if isASCIILetter(current) { return true }
    return ((0xC3...0xC5).contains(current) || current == 0xD0 || current == 0xD1) && byte(index + 1) & 0xC0 == 0x80
  }

  private func isLetterOrDigit(before index: Int) -> Bool {
    let previous = byte(index - 1)
    if isASCIILetter(previous) || isDigit(previous) { return true }
    let lead = byte(index - 2)
    return previous & 0xC0 == 0x80 && ((0xC3...0xC5).contains(lead) || lead == 0xD0 || lead == 0xD1)
  }

  /// Whether a number at `index` continues something else: "11,000", "2.0.24", "10:15", "+44", "F16".
  private func isJoinedBefore(_ index: Int) -> Bool {
    if isLetterOrDigit(before: index) { return true }
    let previous = byte(index - 1)
    if previous == plus { return true }
    let joins = previous == period || previous == comma || previous == colon || previous == slash || previous == hyphen
    return joins && isDigit(byte(index - 2))
  }

  /// Whether a date may end at `index`: not inside a word, a longer number or a dotted/dashed sequence.
  private func endsCleanly(_ index: Int) -> Bool {
    let next = byte(index)
    if isLetterStart(index) || isDigit(next) { return false }
    let joins = next == period || next == comma || next == colon || next == slash || next == hyphen
    return !(joins && isDigit(byte(index + 1)))
  }

  /// Reads a word starting at `start`, lower-cased into a key (nil when too long to be a date word).
  private func readWord(at start: Int) -> (key: WordKey?, end: Int) {
    var index = start
    var key = WordKey()
    while index < count {
      let current = bytes[index]
      if isASCIILetter(current) {
        key.append(current | 0x20)
        index += 1
      } else if (0xC3...0xC5).contains(current) && index + 1 < count && bytes[index + 1] & 0xC0 == 0x80 {
        var second = bytes[index + 1]
        // Latin-1 capitals (À…Þ except ×) sit 0x20 below their small letters.
        if current == 0xC3 && (0x80...0x9E).contains(second) && second != 0x97 { second += 0x20 }
        key.append(current)
        key.append(second)
        index += 2
      } else if (current == 0xD0 || current == 0xD1) && index + 1 < count && bytes[index + 1] & 0xC0 == 0x80 {
        var lead = current
        var second = bytes[index + 1]
        // Cyrillic capitals А–П (D0 90–9F) and Р–Я (D0 A0–AF) to their small letters.
        if lead == 0xD0 && (0x90...0x9F).contains(second) {
          second += 0x20
        } else if lead == 0xD0 && (0xA0...0xAF).contains(second) {
          lead = 0xD1
          second -= 0x20
        }
        key.append(lead)
        key.append(second)
        index += 2
      } else {
        break
      }
    }
    return (key.isComplete ? key : nil, index)
  }

  /// The end of an ordinal suffix ("st", "nd", "rd", "th", French "er") right after a day number.
  private func ordinalSuffixEnd(from index: Int) -> Int? {
    let first = byte(index) | 0x20
    let second = byte(index + 1) | 0x20
    let known: Bool
    switch (first, second) {
    case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68), (0x65, 0x72): known = true
    default: known = false
    }
    guard known, !isLetterStart(index + 2) else { return nil }
    return index + 2
  }

  /// The end of a connecting word ("of", "de", "del") and the spaces after it.
  private func connectorEnd(from index: Int) -> Int? {
    let first = byte(index) | 0x20
    let second = byte(index + 1) | 0x20
    var end: Int
    switch (first, second) {
    case (0x6F, 0x66), (0x64, 0x65): end = index + 2
    default: return nil
    }
    if first == 0x64 && byte(end) | 0x20 == 0x6C { end += 1 }
    guard !isLetterStart(end) else { return nil }
    let after = spacesEnd(from: end)
    return after > end ? after : nil
  }

  private func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }

  /// Length of the space character at `index` (ASCII or no-break space), else 0.
  private func whitespaceLength(at index: Int) -> Int {
    let current = byte(index)
    if isASCIISpace(current) { return 1 }
    return current == 0xC2 && byte(index + 1) == 0xA0 ? 2 : 0
  }

  private func spacesEnd(from start: Int) -> Int {
    var index = start
    while index < count {
      let length = whitespaceLength(at: index)
      if length == 0 { break }
      index += length
    }
    return index
  }

  /// Like `spacesEnd`, also crossing the hyphens of "19-Jun-2024".
  private func gapEnd(from start: Int) -> Int {
    var index = start
    while index < count {
      if byte(index) == hyphen {
        index += 1
        continue
      }
      let length = whitespaceLength(at: index)
      if length == 0 { break }
      index += length
    }
    return index
  }

  private func spacesStart(before end: Int, notBefore limit: Int) -> Int {
    var index = end
    while index > limit {
      if isASCIISpace(byte(index - 1)) {
        index -= 1
      } else if index - 2 >= limit && byte(index - 2) == 0xC2 && byte(index - 1) == 0xA0 {
        index -= 2
      } else {
        break
      }
    }
    return index
  }

  /// The end of the time after an ISO "T": "10:15", "10:15:00", "10:15:00.123", then "Z" or an offset.
  private func isoTimeEnd(from start: Int) -> Int? {
    let (_, hourEnd) = readNumber(at: start)
    guard hourEnd - start == 2, byte(hourEnd) == colon else { return nil }
    let (_, minuteEnd) = readNumber(at: hourEnd + 1)
    guard minuteEnd - hourEnd - 1 == 2 else { return nil }
    var end = minuteEnd
    if byte(end) == colon {
      let (_, secondEnd) = readNumber(at: end + 1)
      guard secondEnd - end - 1 == 2 else { return nil }
      end = secondEnd
      if byte(end) == period && isDigit(byte(end + 1)) { end = readNumber(at: end + 1).end }
    }
    let zone = byte(end)
    if zone | 0x20 == 0x7A {
      end += 1
    } else if zone == plus || zone == hyphen {
      let (_, offsetEnd) = readNumber(at: end + 1)
      let length = offsetEnd - end - 1
      if length == 2 && byte(offsetEnd) == colon {
        let (_, minutesEnd) = readNumber(at: offsetEnd + 1)
        guard minutesEnd - offsetEnd - 1 == 2 else { return nil }
        end = minutesEnd
      } else {
        guard length == 2 || length == 4 else { return nil }
        end = offsetEnd
      }
    }
    return end
  }

  private func validDate(year: Int, month: Int, day: Int) -> CalendarDate? {
    guard (1900...2100).contains(year), CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}
