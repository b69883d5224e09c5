import BylineQuery

/// `tsv`: a header row, then one line per row, cells between tabs, LF line ends; inside a cell tab, newline,
/// carriage return and backslash are written `\t`, `\n`, `\r`, `\\` so every row stays one line (the
/// convention of PostgreSQL's text COPY format and of `cut`/`awk` pipelines).
struct TSVWriter: RecordWriter {
  let columns: [ResultTable.Column]

  func writeRecord(_ fields: [String], into output: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { output.append(0x09) }
      for byte in field.utf8 {
        switch byte {
        case 0x09: output += [0x5C, UInt8(ascii: "t")]
        case 0x0A: output += [0x5C, UInt8(ascii: "n")]
        case 0x0D: output += [0x5C, UInt8(ascii: "r")]
        case 0x5C: output += [0x5C, 0x5C]
        default: output.append(byte)
        }
      }
    }
    output.append(0x0A)
  }
}
