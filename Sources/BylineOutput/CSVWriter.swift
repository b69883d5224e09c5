import BylineQuery

/// `csv` as RFC 4180 has it: a header row, CRLF after every record, and a field in double quotes (with its
/// quotes doubled) when it holds a comma, a quote, CR or LF.
///
/// CRLF because the RFC asks for it and every CSV reader (Python's csv, spreadsheets, DuckDB) takes it, while
/// a bare LF is only a common tolerance.
struct CSVWriter: RecordWriter {
  let columns: [ResultTable.Column]

  func writeRecord(_ fields: [String], into output: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      // A lone empty field would make an empty line, which readers take as no record at all.
      if fields.count == 1, field.isEmpty {
        output += Array("\"\"".utf8)
      } else {
        writeField(field, into: &output)
      }
    }
    output += Array("\r\n".utf8)
  }

  private func writeField(_ field: String, into output: inout [UInt8]) {
    let needsQuotes = field.utf8.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
    guard needsQuotes else { return output += field.utf8 }
    output.append(UInt8(ascii: "\""))
    for byte in field.utf8 {
      if byte == UInt8(ascii: "\"") { output.append(byte) }
      output.append(byte)
    }
    output.append(UInt8(ascii: "\""))
  }
}
