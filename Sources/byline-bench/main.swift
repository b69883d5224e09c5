// byline-bench: generate a synthetic corpus, then measure how fast and in how much memory byline
// ingests it. Figures go to stdout as aligned tables (they are pasted into issue notes); progress
// and errors go to stderr.
//
//     swift run -c release byline-bench [--articles N] [--dir PATH] [--keep]

import BylineIngest
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Progress and errors, kept off stdout so the report stays clean.
func progress(_ message: String) {
  FileHandle.standardError.write(Data(("byline-bench: " + message + "\n").utf8))
}

// MARK: - Command line

let options: Options
switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
case .run(let parsed):
  options = parsed
case .help:
  print(Options.usage)
  exit(0)
case .invalid(let problem):
  progress(problem)
  FileHandle.standardError.write(
    Data((Options.synopsis + "\n(byline-bench --help explains the flags)\n").utf8))
  exit(2)
}

/// How many cores the machine offers; the loader's default and the parallel baselines use all of them.
let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
let runsPerMeasurement = 2
let generator = CorpusGenerator(articleCount: options.articleCount, directory: options.directory)

// MARK: - Corpus

var corpusSummary: CorpusGenerator.Summary
var generationSeconds: Double?
if let existing = generator.existingCorpus() {
  progress("reusing the complete corpus in \(options.directory)")
  corpusSummary = existing
} else {
  progress(
    "generating \(Format.grouped(options.articleCount)) articles into \(options.directory) …")
  do {
    let (summary, seconds) = try Measurements.time { try generator.generate(concurrency: cores) }
    corpusSummary = summary
    generationSeconds = seconds
  } catch {
    progress("could not generate the corpus: \(error)")
    exit(1)
  }
}

// MARK: - Measurements

if options.firstPrompt {
  let corpora = [
    ("examples/corpus (12 articles)", "examples/corpus"),
    ("generated (\(Format.grouped(options.articleCount)) articles)", generator.articlesFolder),
  ]
  print(FirstPrompt(corpora: corpora, runs: 3).run())
  if !options.keep { try? generator.remove() }
  exit(0)
}

progress("read-only baseline …")
let readSerial = Measurements.best(of: runsPerMeasurement) {
  Measurements.readOnly(folder: generator.articlesFolder, threads: 1)
}
let readParallel = Measurements.best(of: runsPerMeasurement) {
  Measurements.readOnly(folder: generator.articlesFolder, threads: cores)
}
progress("ingest, concurrency 1 …")
let ingestSerial = Measurements.best(of: runsPerMeasurement) {
  Measurements.ingest(folder: generator.articlesFolder, concurrency: 1)
}
progress("ingest, default concurrency …")
let ingestParallel = Measurements.best(of: runsPerMeasurement) {
  Measurements.ingest(folder: generator.articlesFolder, concurrency: nil)
}

// MARK: - Report

let report = BenchmarkReport(
  corpusFolder: generator.articlesFolder, corpus: corpusSummary,
  generationSeconds: generationSeconds,
  cores: cores, runsPerMeasurement: runsPerMeasurement, readSerial: readSerial,
  readParallel: readParallel, ingestSerial: ingestSerial, ingestParallel: ingestParallel)
print(report.render())

// The exported tables live outside the corpus folder, which the generator keeps to itself.
let tableFolder = NSTemporaryDirectory() + "/byline-bench-tables-\(getpid())"
let queries = QueryBenchmark(corpusFolder: generator.articlesFolder, tableFolder: tableFolder, runs: 3)
print(queries.run())
try? FileManager.default.removeItem(atPath: tableFolder)

// MARK: - Clean up

if options.keep {
  print("\ncorpus kept in \(options.directory) (reused by the next run with the same --articles)")
} else {
  do {
    try generator.remove()
    if options.explicitDirectory == nil { FileSystem.removeIfEmpty(Options.defaultParent) }
    print(
      "\ncorpus deleted (\(Format.megabytes(corpusSummary.bytes)) MB in \(options.directory)); pass --keep to keep it"
    )
  } catch {
    progress("could not delete \(options.directory): \(error)")
    exit(1)
  }
}
