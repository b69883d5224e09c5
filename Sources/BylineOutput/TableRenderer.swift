import BylineQuery

/// `table`: a header, a dashed rule, one line per row with the columns aligned (numbers to the right), and a
/// `(3 rows)` footer as psql prints it, so that an empty result still says so.
///
/// Given a width, the table fits it: the widest text columns shrink first, evenly, down to a few columns each;
/// if that is not enough the rightmost columns are left out (a `…` column and the footer say which). Cells
/// too long for their column are cut with `…`, or wrapped onto more lines with `wrap`. Control characters
/// are shown as escapes (`\n`, `\t`, `\u{1B}`) so a row stays one line and scraped text cannot move the
/// cursor or recolour the terminal.
struct TableRenderer: ResultWriter {
  /// Columns between neighbours.
  static let gap = 2
  /// The narrowest a text column is squeezed to before columns are left out: room for `Putin…`, since a
  /// column cut to two letters says less than leaving it out and naming it in the footer.
  static let narrowest = 6

  private let columns: [ResultTable.Column]
  /// The widths of the columns shown, the leftmost `widths.count` of them.
  private let widths: [Int]
  private let rightAligned: [Bool]
  private let limit: Int?
  private let wrap: Bool

  private var hiddenCount: Int { columns.count - widths.count }

  init(_ table: ResultTable, width: Int?, wrap: Bool) {
    let limit = width.map { max($0, 1) }
    let measureLimit = limit ?? .max
    var natural = table.columns.map { DisplayWidth.of(Self.visible($0.name), limit: measureLimit) }
    for row in table.rows {
      for (index, cell) in zip(natural.indices, row) where natural[index] <= measureLimit {
        let width = DisplayWidth.of(Self.visible(CellText.of(cell)), limit: measureLimit)
        natural[index] = max(natural[index], width)
      }
    }
    let rightAligned = table.columns.indices.map { CellText.isNumeric($0, of: table) }
    let shrinkable = table.columns.indices.map { !rightAligned[$0] && table.columns[$0].type != .date }
    self.rightAligned = rightAligned
    columns = table.columns
    widths = Self.fit(natural: natural, shrinkable: shrinkable, into: limit)
    self.limit = limit
    self.wrap = wrap
  }

  func writeStart(into output: inout [UInt8]) {
    guard !widths.isEmpty else { return }
    // Headers are cut even when wrapping, so the rule stays right under the names.
    writeCells(columns.prefix(widths.count).map { Self.visible($0.name) }, wrap: false, into: &output)
    var rule = widths.map { String(repeating: "-", count: $0) }
    if hiddenCount > 0 { rule.append("-") }
    writeLine(rule.joined(separator: String(repeating: " ", count: Self.gap)), into: &output)
  }

  func writeRow(_ cells: [Value], index: Int, into output: inout [UInt8]) {
    guard !widths.isEmpty else { return }
    writeCells(cells.prefix(widths.count).map { Self.visible(CellText.of($0)) }, wrap: wrap, into: &output)
  }

  func writeEnd(rowCount: Int, into output: inout [UInt8]) {
    writeLine(rowCount == 1 ? "(1 row)" : "(\(rowCount) rows)", into: &output)
    guard hiddenCount > 0 else { return }
    let count = "\(hiddenCount) \(hiddenCount == 1 ? "column" : "columns") hidden"
    let names = columns.suffix(hiddenCount).map { Self.visible($0.name) }.joined(separator: ", ")
    let note = "(\(count): \(names))"
    // Names that do not fit are better left out than cut mid-word.
    let fits = limit.map { DisplayWidth.of(note) <= $0 } ?? true
    writeLine(fits ? note : "(\(count))", into: &output)
  }

  /// Writes one row of the table (or several lines of it, when wrapping) from the texts of its shown cells.
  private func writeCells(_ texts: [String], wrap: Bool, into output: inout [UInt8]) {
    let pieces = zip(texts, widths).map { text, width in
      wrap ? Self.wrapped(text, to: width) : [Self.truncated(text, to: width)]
    }
    let height = pieces.map(\.count).max() ?? 1
    for lineIndex in 0..<height {
      var parts = pieces.indices.map { column in
        let piece = lineIndex < pieces[column].count ? pieces[column][lineIndex] : ""
        let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(piece)))
        return rightAligned[column] ? padding + piece : piece + padding
      }
      if hiddenCount > 0 { parts.append(lineIndex == 0 ? "…" : " ") }
      writeLine(parts.joined(separator: String(repeating: " ", count: Self.gap)), into: &output)
    }
  }

  /// Appends `line` without the padding at its end, cut to the width when it is a footer that does not fit.
  private func writeLine(_ line: String, into output: inout [UInt8]) {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    let fitted = limit.map { Self.truncated(String(line), to: $0) } ?? String(line)
    output += fitted.utf8
    output.append(0x0A)
  }

  /// The widths of the columns to show, leftmost first; fewer than `natural.count` when some do not fit.
  static func fit(natural: [Int], shrinkable: [Bool], into limit: Int?) -> [Int] {
    guard let limit, !natural.isEmpty else { return natural }
    for shown in stride(from: natural.count, through: 1, by: -1) {
      let marker = shown < natural.count ? 1 + gap : 0
      let available = limit - gap * (shown - 1) - marker
      if let widths = shrink(Array(natural.prefix(shown)), shrinkable: Array(shrinkable.prefix(shown)), to: available) {
        return widths
      }
    }
    // Not even the first column fits at its narrowest: it gets the whole width, whatever its kind.
    return [min(natural[0], limit)]
  }

  /// Caps the shrinkable columns at one width, the largest that makes the total fit, so the widest shrink
  /// first and none shrinks below `narrowest`; nil when that is not enough.
  private static func shrink(_ natural: [Int], shrinkable: [Bool], to available: Int) -> [Int]? {
    func width(_ column: Int, cap: Int) -> Int {
      shrinkable[column] ? max(min(natural[column], narrowest), min(natural[column], cap)) : natural[column]
    }
    func total(cap: Int) -> Int { natural.indices.reduce(0) { $0 + width($1, cap: cap) } }
    var high = natural.max() ?? 0
    if total(cap: high) <= available { return natural }
    var low = 0
    guard total(cap: low) <= available else { return nil }
    // total(cap: low) fits and total(cap: high) does not.
    while high - low > 1 {
      let middle = (low + high) / 2
      if total(cap: middle) <= available { low = middle } else { high = middle }
    }
    var widths = natural.indices.map { width($0, cap: low) }
    var spare = available - total(cap: low)
    for column in widths.indices where spare > 0 && shrinkable[column] && widths[column] == low && natural[column] > low
    {
      widths[column] += 1
      spare -= 1
    }
    return widths
  }

  /// `text` if it fits in `width` columns, else as much of it as fits followed by `…`.
  static func truncated(_ text: String, to width: Int) -> String {
    if DisplayWidth.of(text, limit: width) <= width { return text }
    guard width > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = DisplayWidth.of(character)
      if used + characterWidth > width - 1 { break }
      result.append(character)
      used += characterWidth
    }
    return result + "…"
  }

  /// `text` broken into lines of at most `width` columns, after the last space that fits where there is
  /// one, else between grapheme clusters.
  static func wrapped(_ text: String, to width: Int) -> [String] {
    if DisplayWidth.of(text, limit: width) <= width { return [text] }
    guard width > 0 else { return [""] }
    var lines: [String] = []
    var line: [(character: Character, width: Int)] = []
    var used = 0
    for character in text {
      var character = character
      var characterWidth = DisplayWidth.of(character)
      // A wide character in a one-column column cannot be shown at all.
      if characterWidth > width { (character, characterWidth) = ("…", 1) }
      while used + characterWidth > width, !line.isEmpty {
        if let space = line.lastIndex(where: { $0.character == " " }), space > 0 {
          lines.append(String(line[..<space].map(\.character)))
          line.removeSubrange(...space)
        } else {
          lines.append(String(line.map(\.character)))
          line.removeAll()
        }
        used = line.reduce(0) { $0 + $1.width }
      }
      if line.isEmpty, character == " ", !lines.isEmpty { continue }
      line.append((character, characterWidth))
      used += characterWidth
    }
    if !line.isEmpty || lines.isEmpty { lines.append(String(line.map(\.character))) }
    return lines
  }

  /// `text` with the characters that would break the row or the terminal written as escapes: C0 and C1
  /// controls, the Unicode line and paragraph separators, and the bidirectional overrides and isolates,
  /// which would reorder the columns after them.
  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where needsEscape(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
