import BylineQuery

/// How a result is laid out where the format leaves a choice; only `table` has any so far.
public struct OutputOptions: Sendable, Equatable {
  /// The width in terminal columns that `table` fits itself to, or nil for no limit (wider than any cell).
  public var width: Int?
  /// Whether `table` wraps long cells onto more lines instead of cutting them short with `…`.
  public var wrap: Bool

  /// Options with no width limit and truncation rather than wrapping.
  public init(width: Int? = nil, wrap: Bool = false) {
    self.width = width
    self.wrap = wrap
  }
}

/// A format's writer: the bytes before the rows, each row, and the bytes after them.
///
/// Writers append to a buffer the caller owns and flushes, so a large result is never held a second time as
/// text; the table renderer measures the rows first but re-renders each when it writes it.
protocol ResultWriter {
  /// Appends the header, if the format has one.
  func writeStart(into output: inout [UInt8])
  /// Appends row `index` (counted from 0) of the result.
  func writeRow(_ cells: [Value], index: Int, into output: inout [UInt8])
  /// Appends whatever closes the output, once all `rowCount` rows are written.
  func writeEnd(rowCount: Int, into output: inout [UInt8])
}

/// A format that is a header record of column names, then one record of cell texts per row (csv, tsv).
protocol RecordWriter: ResultWriter {
  var columns: [ResultTable.Column] { get }
  /// Appends one record, line end included.
  func writeRecord(_ fields: [String], into output: inout [UInt8])
}

extension RecordWriter {
  func writeStart(into output: inout [UInt8]) {
    writeRecord(columns.map(\.name), into: &output)
  }

  func writeRow(_ cells: [Value], index: Int, into output: inout [UInt8]) {
    writeRecord(cells.map(CellText.of), into: &output)
  }

  func writeEnd(rowCount: Int, into output: inout [UInt8]) {}
}

extension OutputFormat {
  /// Writes `table` in this format, handing `sink` the bytes in chunks of about 64 KiB, in order.
  public func write(_ table: ResultTable, options: OutputOptions = OutputOptions(), to sink: ([UInt8]) -> Void) {
    let writer = self.writer(for: table, options: options)
    let chunkSize = 1 << 16
    var output: [UInt8] = []
    output.reserveCapacity(chunkSize + 4096)
    writer.writeStart(into: &output)
    for (index, row) in table.rows.enumerated() {
      writer.writeRow(row, index: index, into: &output)
      if output.count >= chunkSize {
        sink(output)
        output.removeAll(keepingCapacity: true)
      }
    }
    writer.writeEnd(rowCount: table.rows.count, into: &output)
    if !output.isEmpty { sink(output) }
  }

  /// The whole of `table` in this format as one string; for small results and tests.
  public func render(_ table: ResultTable, options: OutputOptions = OutputOptions()) -> String {
    var bytes: [UInt8] = []
    write(table, options: options) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func writer(for table: ResultTable, options: OutputOptions) -> any ResultWriter {
    switch self {
    case .table: TableRenderer(table, width: options.width, wrap: options.wrap)
    case .json: JSONWriter(columns: table.columns, lines: false)
    case .jsonl: JSONWriter(columns: table.columns, lines: true)
    case .csv: CSVWriter(columns: table.columns)
    case .tsv: TSVWriter(columns: table.columns)
    case .markdown: MarkdownWriter(table)
    }
  }
}
