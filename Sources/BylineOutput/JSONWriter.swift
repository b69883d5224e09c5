import BylineQuery

/// `json` and `jsonl`: each row an object with the column names as keys, in column order.
///
/// `json` is one array, an object a line as sqlite3's `.mode json` writes it (`[{…},\n{…}]`), so that a
/// result diffs by row and an empty one is `[]`; `jsonl` is the same objects, one per line, nothing around them.
struct JSONWriter: ResultWriter {
  let columns: [ResultTable.Column]
  /// Whether to write JSON Lines rather than one array.
  let lines: Bool

  func writeStart(into output: inout [UInt8]) {
    if !lines { output.append(UInt8(ascii: "[")) }
  }

  func writeRow(_ cells: [Value], index: Int, into output: inout [UInt8]) {
    if !lines, index > 0 { output += Array(",\n".utf8) }
    var json = JSONText()
    json.beginObject()
    for (column, cell) in zip(columns, cells) {
      json.key(column.name)
      json.value(cell)
    }
    json.endObject()
    output += json.bytes
    if lines { output.append(UInt8(ascii: "\n")) }
  }

  func writeEnd(rowCount: Int, into output: inout [UInt8]) {
    if !lines { output += Array("]\n".utf8) }
  }
}

extension JSONText {
  /// Writes a cell with JSON's own types where it has them: lists as arrays, null as null; dates as ISO strings
  /// and entities as their canonical names.
  mutating func value(_ value: Value) {
    switch value {
    case .null: null()
    case .bool(let flag): bool(flag)
    case .integer(let integer): int(integer)
    case .number(let number): self.number(number)
    case .text(let text): string(text)
    case .date(let date): string(date.iso)
    case .entity(let entity): string(entity.name)
    case .list(let elements):
      beginArray()
      for element in elements { self.value(element) }
      endArray()
    }
  }
}
