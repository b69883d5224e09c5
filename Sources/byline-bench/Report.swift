import Foundation

/// A plain-text table: first column left-aligned, the others right-aligned, two spaces between
/// columns. Plain ASCII and fixed-width, so it pastes into issue notes inside a code block as is.
struct TextTable {
  /// The header row; its first cell names the section ("Throughput").
  var header: [String]
  var rows: [[String]] = []

  init(_ header: String...) {
    self.header = header
  }

  mutating func add(_ cells: String...) {
    rows.append(cells)
  }

  func render() -> String {
    // Row labels are indented under the section title; the indent is part of the first column.
    let all = [header] + rows.map { row in row.isEmpty ? row : ["  " + row[0]] + row.dropFirst() }
    let columnCount = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columnCount)
    for row in all {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    return all.map { row in
      var text = ""
      for column in 0..<columnCount {
        let cell = column < row.count ? row[column] : ""
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        text += column == 0 ? cell + padding : "  " + padding + cell
      }
      while text.last == " " { text.removeLast() }
      return text
    }.joined(separator: "\n")
  }
}

/// Number formats for the report. MB means 10^6 bytes throughout.
enum Format {
  static func seconds(_ value: Double) -> String {
    value >= 100 ? String(format: "%.1f", value) : String(format: "%.3f", value)
  }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }

  static func rate(_ amount: Double, per seconds: Double, decimals: Int = 1) -> String {
    guard seconds > 0 else { return "–" }
    return String(format: "%.\(decimals)f", amount / seconds)
  }

  static func perSecond(_ count: Int, _ seconds: Double) -> String {
    guard seconds > 0 else { return "–" }
    return grouped(Int((Double(count) / seconds).rounded()))
  }

  static func ratio(_ value: Double) -> String {
    guard value.isFinite, value > 0 else { return "–" }
    return String(format: "%.2fx", value)
  }

  /// 1234567 → "1,234,567".
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return value < 0 ? "-" + text : text
  }
}
