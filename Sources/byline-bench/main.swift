// byline-bench: generate a synthetic corpus, then measure how fast and in how much memory byline
// ingests it. Figures go to stdout as aligned tables (they are pasted into issue notes); progress
// and errors go to stderr.
//
//     swift run -c release byline-bench [--articles N] [--dir PATH] [--keep]

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import BylineIngest
import Foundation

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
  FileHandle.standardError.write(Data((Options.synopsis + "\n(byline-bench --help explains the flags)\n").utf8))
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
  progress("generating \(Format.grouped(options.articleCount)) articles into \(options.directory) …")
  do {
    let (summary, seconds) = try Measurements.time { try generator.generate(concurrency: cores) }
    corpusSummary = summary
    generationSeconds = seconds
  } catch {
    progress("could not generate the corpus: \(error)")
    exit(1)
  }
}
let corpusBytes = Double(corpusSummary.bytes)

// MARK: - Measurements

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

let defaultLabel = "default (\(ingestParallel.concurrency))"
var lines: [String] = []
lines.append("byline-bench: ingest of a synthetic corpus")
lines.append("  corpus    \(options.directory)/articles: \(Format.grouped(corpusSummary.articles)) articles, "
  + "\(Format.megabytes(corpusSummary.bytes)) MB (avg \(Format.grouped(corpusSummary.bytes / max(1, corpusSummary.articles))) bytes), "
  + "generator v\(CorpusGenerator.version)")
lines.append("  machine   \(cores) cores; CorpusLoader default concurrency \(ingestParallel.concurrency)")
lines.append("  method    MB = 10^6 bytes; every pass run \(runsPerMeasurement)x, the faster kept (the first warms the page cache)")
lines.append("")

var generation = TextTable("Corpus", "seconds", "MB/s", "articles/s")
if let generationSeconds {
  generation.add(
    "generated (\(cores) threads)", Format.seconds(generationSeconds),
    Format.rate(corpusBytes / 1e6, per: generationSeconds),
    Format.perSecond(corpusSummary.articles, generationSeconds))
} else {
  generation.add("reused from an earlier run (--keep)", "–", "–", "–")
}
lines.append(generation.render())
lines.append("")

var throughput = TextTable("Throughput", "seconds", "MB/s", "articles/s", "speed-up", "vs read-only")
throughput.add(
  "read only, 1 thread", Format.seconds(readSerial.seconds), Format.rate(Double(readSerial.bytes) / 1e6, per: readSerial.seconds),
  Format.perSecond(readSerial.files, readSerial.seconds), "1.00x", "–")
throughput.add(
  "read only, \(readParallel.threads) threads", Format.seconds(readParallel.seconds),
  Format.rate(Double(readParallel.bytes) / 1e6, per: readParallel.seconds),
  Format.perSecond(readParallel.files, readParallel.seconds), Format.ratio(readSerial.seconds / readParallel.seconds), "–")
throughput.add(
  "ingest, concurrency 1", Format.seconds(ingestSerial.seconds), Format.rate(corpusBytes / 1e6, per: ingestSerial.seconds),
  Format.perSecond(ingestSerial.counts.articles, ingestSerial.seconds), "1.00x",
  Format.ratio(ingestSerial.seconds / readSerial.seconds))
throughput.add(
  "ingest, concurrency \(defaultLabel)", Format.seconds(ingestParallel.seconds),
  Format.rate(corpusBytes / 1e6, per: ingestParallel.seconds),
  Format.perSecond(ingestParallel.counts.articles, ingestParallel.seconds),
  Format.ratio(ingestSerial.seconds / ingestParallel.seconds),
  Format.ratio(ingestParallel.seconds / readParallel.seconds))
lines.append(throughput.render())
lines.append("  (speed-up: against the 1-thread row above it; vs read-only: ingest time / read-only time, same threads)")
lines.append("")

var memory = TextTable("Memory (MB)", "resident before", "resident after", "held by corpus", "peak so far")
for (label, pass) in [("ingest, concurrency 1", ingestSerial), ("ingest, concurrency \(defaultLabel)", ingestParallel)] {
  memory.add(
    label, Format.megabytes(pass.residentBefore), Format.megabytes(pass.residentAfter),
    Format.megabytes(pass.residentAfter - pass.residentBefore), Format.megabytes(pass.peakResident))
}
lines.append(memory.render())
lines.append("  (peak so far: getrusage ru_maxrss, the process's high-water mark, which never goes down)")
lines.append("")

/// A count the generator knows, or "–" where it does not apply.
func intended(_ value: Int?) -> String { value.map(Format.grouped) ?? "–" }
var counts = TextTable("Counts", "concurrency 1", defaultLabel, "generated")
let serialCounts = ingestSerial.counts
let parallelCounts = ingestParallel.counts
let countRows: [(String, Int, Int, Int?)] = [
  ("articles", serialCounts.articles, parallelCounts.articles, corpusSummary.articles),
  ("skipped files", serialCounts.skippedFiles, parallelCounts.skippedFiles, 0),
  ("blocks", serialCounts.blocks, parallelCounts.blocks, corpusSummary.blocks),
  ("sentences (generated: approx.)", serialCounts.sentences, parallelCounts.sentences, corpusSummary.sentences),
  ("metadata lines", serialCounts.metadataLines, parallelCounts.metadataLines, corpusSummary.metadataLines),
  ("boilerplate lines", serialCounts.boilerplateLines, parallelCounts.boilerplateLines, corpusSummary.boilerplateLines),
  ("articles with a title", serialCounts.withTitle, parallelCounts.withTitle, corpusSummary.articles),
  ("articles with a date", serialCounts.withDate, parallelCounts.withDate, nil),
  ("articles with warnings", serialCounts.withWarnings, parallelCounts.withWarnings, nil),
  ("windows-1252 articles", serialCounts.windows1252, parallelCounts.windows1252, corpusSummary.windows1252),
  ("utf-16 articles", serialCounts.utf16, parallelCounts.utf16, corpusSummary.utf16),
]
for (label, serial, parallel, generated) in countRows {
  counts.add(label, Format.grouped(serial), Format.grouped(parallel), intended(generated))
}
lines.append(counts.render())
lines.append(
  "  read-only pass: \(Format.grouped(readSerial.files)) files, \(Format.grouped(readSerial.lines)) lines, "
    + "\(Format.grouped(readSerial.bytes)) bytes; generated: \(Format.grouped(corpusSummary.utf8WithBOM)) with a UTF-8 BOM, "
    + "\(Format.grouped(corpusSummary.notLineFeedOnly)) with CRLF, CR or mixed line ends")
lines.append(
  "  concurrency 1 and \(defaultLabel) agree on every count: "
    + (serialCounts == parallelCounts ? "yes" : "NO (parallel loading changed the result)"))
for skipped in ingestParallel.skippedExamples {
  lines.append("  skipped: \(skipped.path): \(skipped.reason)")
}
print(lines.joined(separator: "\n"))

// MARK: - Clean up

if options.keep {
  print("\ncorpus kept in \(options.directory) (reused by the next run with the same --articles)")
} else {
  do {
    try generator.remove()
    if options.explicitDirectory == nil { FileSystem.removeIfEmpty(Options.defaultParent) }
    print("\ncorpus deleted (\(Format.megabytes(corpusSummary.bytes)) MB in \(options.directory)); pass --keep to keep it")
  } catch {
    progress("could not delete \(options.directory): \(error)")
    exit(1)
  }
}
