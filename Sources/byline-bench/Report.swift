import Foundation

/// The figures of one benchmark run as aligned tables: corpus, throughput, memory, counts.
struct BenchmarkReport {
  let corpusFolder: String
  let corpus: CorpusGenerator.Summary
  /// Nil when an existing corpus was reused.
  let generationSeconds: Double?
  let cores: Int
  let runsPerMeasurement: Int
  let readSerial: Measurements.ReadOnlyPass
  let readParallel: Measurements.ReadOnlyPass
  let ingestSerial: Measurements.IngestPass
  let ingestParallel: Measurements.IngestPass

  private var defaultLabel: String { "default (\(ingestParallel.concurrency))" }
  private var corpusMegabytes: Double { Double(corpus.bytes) / 1e6 }

  func render() -> String {
    let averageBytes = corpus.bytes / max(1, corpus.articles)
    let header = [
      "byline-bench: ingest of a synthetic corpus",
      "  corpus    \(corpusFolder): \(Format.grouped(corpus.articles)) articles, "
        + "\(Format.megabytes(corpus.bytes)) MB (avg \(Format.grouped(averageBytes)) bytes), "
        + "generator v\(CorpusGenerator.version)",
      "  machine   \(cores) cores; CorpusLoader default concurrency \(ingestParallel.concurrency)",
      "  method    MB = 10^6 bytes; every pass run \(runsPerMeasurement)x, the faster kept "
        + "(the first warms the page cache)",
    ]
    let sections = [
      header.joined(separator: "\n"), corpusTable(), throughputTable(), memoryTable(),
      countsTable(),
    ]
    return sections.joined(separator: "\n\n")
  }

  private func corpusTable() -> String {
    var table = TextTable("Corpus", "seconds", "MB/s", "articles/s")
    if let generationSeconds {
      table.add(
        "generated (\(cores) threads)", Format.seconds(generationSeconds),
        Format.rate(corpusMegabytes, per: generationSeconds),
        Format.perSecond(corpus.articles, generationSeconds))
    } else {
      table.add("reused from an earlier run (--keep)", "–", "–", "–")
    }
    return table.render()
  }

  private func throughputTable() -> String {
    var table = TextTable("Throughput", "seconds", "MB/s", "articles/s", "speed-up", "x read-only")
    table.add(
      "read only, 1 thread", Format.seconds(readSerial.seconds),
      Format.rate(Double(readSerial.bytes) / 1e6, per: readSerial.seconds),
      Format.perSecond(readSerial.files, readSerial.seconds), "1.00x", "–")
    table.add(
      "read only, \(readParallel.threads) threads", Format.seconds(readParallel.seconds),
      Format.rate(Double(readParallel.bytes) / 1e6, per: readParallel.seconds),
      Format.perSecond(readParallel.files, readParallel.seconds),
      Format.ratio(readSerial.seconds / readParallel.seconds), "–")
    table.add(
      "ingest, concurrency 1", Format.seconds(ingestSerial.seconds),
      Format.rate(corpusMegabytes, per: ingestSerial.seconds),
      Format.perSecond(ingestSerial.counts.articles, ingestSerial.seconds), "1.00x",
      Format.ratio(ingestSerial.seconds / readSerial.seconds))
    table.add(
      "ingest, concurrency \(defaultLabel)", Format.seconds(ingestParallel.seconds),
      Format.rate(corpusMegabytes, per: ingestParallel.seconds),
      Format.perSecond(ingestParallel.counts.articles, ingestParallel.seconds),
      Format.ratio(ingestSerial.seconds / ingestParallel.seconds),
      Format.ratio(ingestParallel.seconds / readParallel.seconds))
    return table.render() + "\n"
      + "  speed-up: 1-thread time / this time; x read-only: this time / read-only time, same threads"
  }

  private func memoryTable() -> String {
    var table = TextTable(
      "Memory (MB)", "resident before", "resident after", "held by corpus", "peak so far")
    for (label, pass) in [
      ("ingest, concurrency 1", ingestSerial),
      ("ingest, concurrency \(defaultLabel)", ingestParallel),
    ] {
      table.add(
        label, Format.megabytes(pass.residentBefore), Format.megabytes(pass.residentAfter),
        Format.megabytes(pass.residentAfter - pass.residentBefore),
        Format.megabytes(pass.peakResident))
    }
    return table.render() + "\n"
      + "  peak so far: getrusage ru_maxrss, the process's high-water mark (it never goes down)"
  }

  private func countsTable() -> String {
    let serial = ingestSerial.counts
    let parallel = ingestParallel.counts
    // The generator's intent where it has one; sentences are its own splitter's estimate.
    let rows: [(label: String, path: KeyPath<Measurements.IngestCounts, Int>, generated: Int?)] = [
      ("articles", \.articles, corpus.articles),
      ("skipped files", \.skippedFiles, 0),
      ("blocks", \.blocks, corpus.blocks),
      ("sentences", \.sentences, corpus.sentences),
      ("metadata lines", \.metadataLines, corpus.metadataLines),
      ("boilerplate lines", \.boilerplateLines, corpus.boilerplateLines),
      ("articles with a title", \.withTitle, corpus.articles),
      ("articles with a date", \.withDate, nil),
      ("articles with warnings", \.withWarnings, nil),
      ("windows-1252 articles", \.windows1252, corpus.windows1252),
      ("utf-16 articles", \.utf16, corpus.utf16),
    ]
    var table = TextTable("Counts", "concurrency 1", defaultLabel, "generated")
    for row in rows {
      table.add(
        row.label, Format.grouped(serial[keyPath: row.path]),
        Format.grouped(parallel[keyPath: row.path]),
        row.generated.map(Format.grouped) ?? "–")
    }
    var notes = [
      "  generated: what the generator meant each line to be (its sentence count is approximate)",
      "  read-only pass: \(Format.grouped(readSerial.files)) files, \(Format.grouped(readSerial.lines)) lines, "
        + "\(Format.grouped(readSerial.bytes)) bytes; \(Format.grouped(corpus.utf8WithBOM)) files with a UTF-8 BOM, "
        + "\(Format.grouped(corpus.notLineFeedOnly)) with CRLF, CR or mixed line ends",
      "  concurrency 1 and \(defaultLabel) agree on every count: "
        + (serial == parallel ? "yes" : "NO (parallel loading changed the result)"),
    ]
    for skipped in ingestParallel.skippedExamples {
      notes.append("  skipped: \(skipped.path): \(skipped.reason)")
    }
    return table.render() + "\n" + notes.joined(separator: "\n")
  }
}

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
    // Four decimals below a second: a small corpus reads in milliseconds.
    if value < 1 { return String(format: "%.4f", value) }
    return value >= 100 ? String(format: "%.1f", value) : String(format: "%.3f", value)
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
