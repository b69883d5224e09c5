import BylineQuery

/// `markdown`: a GitHub-flavoured pipe table, padded to aligned columns as sqlite3's `.mode markdown` does so
/// that it reads as well unrendered; numeric columns are aligned right (`---:`).
///
/// In cells `\` and `|` are escaped with a backslash, line breaks become `<br>`, and other control characters
/// are written as the table format writes them.
struct MarkdownWriter: ResultWriter {
  private let columns: [ResultTable.Column]
  private let widths: [Int]
  private let rightAligned: [Bool]

  init(_ table: ResultTable) {
    columns = table.columns
    rightAligned = table.columns.indices.map { CellText.isNumeric($0, of: table) }
    // Three dashes at least: some Markdown readers want them in the delimiter row.
    var widths = table.columns.map { max(3, DisplayWidth.of(Self.escaped($0.name))) }
    for row in table.rows {
      for (index, cell) in zip(widths.indices, row) {
        widths[index] = max(widths[index], DisplayWidth.of(Self.escaped(CellText.of(cell))))
      }
    }
    self.widths = widths
  }

  func writeStart(into output: inout [UInt8]) {
    guard !columns.isEmpty else { return }
    writeLine(columns.map { Self.escaped($0.name) }, into: &output)
    let delimiters = zip(widths, rightAligned).map { width, right in
      right ? String(repeating: "-", count: width - 1) + ":" : String(repeating: "-", count: width)
    }
    writeLine(delimiters, into: &output)
  }

  func writeRow(_ cells: [Value], index: Int, into output: inout [UInt8]) {
    guard !columns.isEmpty else { return }
    writeLine(cells.prefix(columns.count).map { Self.escaped(CellText.of($0)) }, into: &output)
  }

  func writeEnd(rowCount: Int, into output: inout [UInt8]) {}

  private func writeLine(_ cells: [String], into output: inout [UInt8]) {
    var line = "|"
    for (index, cell) in cells.enumerated() {
      let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
      line += " " + (rightAligned[index] ? padding + cell : cell + padding) + " |"
    }
    output += line.utf8
    output.append(0x0A)
  }

  private static func escaped(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x7C || $0 < 0x20 }) else { return text }
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case "|": result += "\\|"
      case "\n", "\r\n", "\r": result += "<br>"
      default: result.append(character)
      }
    }
    return TableRenderer.visible(result)
  }
}
