import Foundation

/// Time to the first prompt: how long `byline` takes from start until it could read a statement, on the bundled
/// example corpus and on the generated one. Measured by running the `byline` built beside this benchmark with
/// `-q -c .quit CORPUS` (load, summary, session, one dot-command, exit): the REPL adds only libedit's setup and
/// reading the history file to that.
struct FirstPrompt {
  let corpora: [(name: String, path: String)]
  let runs: Int

  /// The `byline` executable in the same build folder as this benchmark.
  static var binary: URL {
    let benchmark = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    return benchmark.deletingLastPathComponent().appendingPathComponent("byline")
  }

  /// The report: one line per corpus with the best wall time of `runs`.
  func run() -> String {
    guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
      return "time to first prompt: \(Self.binary.path) is not built (swift build -c release --product byline)"
    }
    var lines = ["time to first prompt (byline -q -c .quit CORPUS, best of \(runs))"]
    for corpus in corpora {
      let seconds = (0..<runs).compactMap { _ in Self.time(corpus.path) }.min()
      let figure = seconds.map { String(format: "%.3f s", $0) } ?? "failed"
      lines.append("  " + corpus.name.padding(toLength: 30, withPad: " ", startingAt: 0) + "  " + figure)
    }
    return lines.joined(separator: "\n")
  }

  /// Wall time of one start, or nil when byline failed.
  private static func time(_ corpus: String) -> Double? {
    let process = Process()
    process.executableURL = binary
    process.arguments = ["-q", "-c", ".quit", corpus]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let started = Date()
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    return process.terminationStatus == 0 ? Date().timeIntervalSince(started) : nil
  }
}
