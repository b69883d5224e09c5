import BylineIngest
import BylineModel
import BylineOutput
import BylineQuery
import Foundation

/// Query figures: how fast a loaded corpus answers four typical questions, side by side with DuckDB answering
/// the same questions over the same rows (written out by byline's own jsonl writer and loaded into DuckDB by
/// `scripts/duckdb-baseline.py`).
struct QueryBenchmark {
  struct Figure {
    var name: String
    var query: String
    var seconds: Double
    var rows: Int
    var duckSeconds: Double?
    var duckRows: Int?
  }

  let corpusFolder: String
  let tableFolder: String
  let runs: Int

  /// Loads the corpus, exports the tables, times both sides and renders the report.
  func run() -> String {
    let corpus = CorpusLoader().load(paths: [corpusFolder])
    var session = Session(corpus: corpus)
    let source = mostCommonSource(in: corpus) ?? ""
    let word = "government"
    progress("queries: exporting tables for DuckDB into \(tableFolder) …")
    exportTables(&session)
    let questions: [(String, String)] = [
      ("article filter", "articles | where source = \"\(source)\" | count"),
      ("sentence scan", "sentences | where text contains \"\(word)\" | group source | sort source"),
      ("group mentions", "mentions | group entity | sort count desc, entity | limit 10"),
      ("sort quotes", "let sorted = quotes | sort text"),
    ]
    var figures: [Figure] = []
    for (name, query) in questions {
      progress("queries: \(name) …")
      var best = Double.infinity
      var rows = 0
      for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let outcomes = session.run(SourceText(query))
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        rows = outcomes.reduce(0) { total, outcome in
          switch outcome {
          case .table(let table): total + table.rows.count
          case .bound(_, let count): total + count
          case .failed(let diagnostics):
            total
              + (diagnostics.isEmpty
                ? 0
                : {
                  progress("\(name): \(diagnostics[0].message)"); return 0
                }())
          }
        }
      }
      figures.append(Figure(name: name, query: query, seconds: best, rows: rows))
    }
    progress("queries: DuckDB on the same rows …")
    let duck = duckDB(source: source, word: word)
    for index in figures.indices {
      guard let result = duck.queries[figures[index].name] else { continue }
      figures[index].duckSeconds = result.seconds
      figures[index].duckRows = result.rows
    }
    return render(figures, corpus: corpus, duckLoad: duck.load, duckProblem: duck.problem)
  }

  private func mostCommonSource(in corpus: Corpus) -> String? {
    var counts: [String: Int] = [:]
    for article in corpus.articles { if let source = article.source { counts[source, default: 0] += 1 } }
    // The rarest outlet with more than one article: a selective filter, as a user narrowing to one outlet.
    return counts.filter { $0.value > 1 }.min { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? counts.keys.min()
  }

  private func exportTables(_ session: inout Session) {
    try? FileManager.default.createDirectory(atPath: tableFolder, withIntermediateDirectories: true)
    let tables = [
      ("articles", "articles | select id, source, date, title"),
      ("sentences", "sentences | select article, source, text"),
      ("mentions", "mentions | select article, source, entity, text"),
      ("quotes", "quotes | select article, source, speaker, text"),
    ]
    for (name, query) in tables {
      guard case .table(let table)? = session.run(SourceText(query)).first else { continue }
      guard let stream = fopen(tableFolder + "/" + name + ".jsonl", "w") else { continue }
      OutputFormat.jsonl.write(table) { bytes in _ = fwrite(bytes, 1, bytes.count, stream) }
      fclose(stream)
    }
  }

  private struct DuckResult {
    var load: Double?
    var queries: [String: (seconds: Double, rows: Int)] = [:]
    var problem: String?
  }

  private func duckDB(source: String, word: String) -> DuckResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "scripts/duckdb-baseline.py", tableFolder, source, word]
    let output = Pipe()
    process.standardOutput = output
    do {
      try process.run()
    } catch {
      return DuckResult(problem: "could not start python3: \(error)")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      return DuckResult(problem: "the DuckDB script printed no result (status \(process.terminationStatus))")
    }
    if let problem = object["error"] as? String { return DuckResult(problem: problem) }
    var result = DuckResult(load: object["load"] as? Double)
    for (name, value) in object["queries"] as? [String: [String: Any]] ?? [:] {
      guard let seconds = value["seconds"] as? Double, let rows = value["rows"] as? Int else { continue }
      result.queries[name] = (seconds, rows)
    }
    return result
  }

  private func render(_ figures: [Figure], corpus: Corpus, duckLoad: Double?, duckProblem: String?) -> String {
    let sentences = corpus.articles.reduce(0) { $0 + $1.sentences.count }
    let mentions = corpus.articles.reduce(0) { $0 + $1.mentions.count }
    let quotes = corpus.articles.reduce(0) { $0 + $1.quotes.count }
    var lines = [
      "",
      "Queries on the loaded corpus (\(Format.grouped(corpus.articles.count)) articles, "
        + "\(Format.grouped(sentences)) sentences, \(Format.grouped(mentions)) mentions, "
        + "\(Format.grouped(quotes)) quotes); best of \(runs) runs",
      "  query            byline ms  DuckDB ms  DuckDB/byline  rows (byline/DuckDB)",
    ]
    for figure in figures {
      let duck = figure.duckSeconds.map { String(format: "%9.1f", $0 * 1000) } ?? "        –"
      let ratio =
        figure.duckSeconds.map { String(format: "%12.2fx", $0 / max(figure.seconds, 1e-9)) } ?? "            –"
      let rows = "\(figure.rows)/" + (figure.duckRows.map(String.init) ?? "–")
      lines.append(
        "  " + figure.name.padding(toLength: 15, withPad: " ", startingAt: 0)
          + String(format: "%11.1f", figure.seconds * 1000) + "  " + duck + "  " + ratio + "  " + rows)
    }
    for figure in figures { lines.append("  \(figure.name): \(figure.query)") }
    if let duckLoad {
      lines.append(String(format: "  DuckDB loaded the exported rows in %.2f s (not counted above)", duckLoad))
    }
    if let duckProblem { lines.append("  DuckDB: not measured: \(duckProblem)") }
    lines.append("  ratio above 1: byline answered faster than DuckDB on the same rows")
    return lines.joined(separator: "\n")
  }
}
