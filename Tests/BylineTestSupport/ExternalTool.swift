import Foundation
import Testing

/// Runs a real consumer of byline's output (jq, Python) on bytes given as its standard input. Shared by the output
/// tests (writers on fixtures) and the command-line tests (the binary on the seeds).
public enum ExternalTool {
  public struct Run: Sendable {
    public var status: Int32
    public var output: Data
    public var errors: String
  }

  /// The executable's path, or nil (with a test issue or a failure when `CI=true`) when it is not installed.
  public static func find(_ name: String, candidates: [String]) -> String? {
    if let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) { return path }
    let message = "\(name) is not installed (scripts/install-deps.sh installs it)"
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record(Comment(rawValue: message))
    } else {
      withKnownIssue(Comment(rawValue: message)) { Issue.record(Comment(rawValue: message)) }
    }
    return nil
  }

  public static func run(_ executable: String, _ arguments: [String], input: [UInt8]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    // Consumers decode their input by the locale; pin it so the test does not depend on the caller's.
    environment["LC_ALL"] = "C.UTF-8"
    environment["PYTHONIOENCODING"] = "utf-8"
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Written from another thread: a consumer that echoes a large input would otherwise fill its pipe and
    // wait for us while we wait for it.
    let writer = Thread { [stdin] in
      stdin.fileHandleForWriting.write(Data(input))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, output: output, errors: String(decoding: errors, as: UTF8.self))
  }

  /// Where jq and Python are looked for.
  public static let jq = ["/usr/bin/jq", "/usr/local/bin/jq"]
  public static let python = ["/usr/bin/python3", "/usr/local/bin/python3"]

  /// A Python program that reads CSV (`csv` as its argument) or byline's TSV (`tsv`, escapes undone) from standard
  /// input with the csv module and prints the rows as a JSON array of arrays of strings.
  public static let pythonCellReader = """
    import csv, io, json, re, sys
    text = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")
    if sys.argv[1] == "csv":
        rows = list(csv.reader(text, strict=True))
    else:
        escapes = {"t": "\\t", "n": "\\n", "r": "\\r", "\\\\": "\\\\"}
        unescape = lambda field: re.sub(r"\\\\(.)", lambda m: escapes[m.group(1)], field)
        reader = csv.reader(text, delimiter="\\t", quoting=csv.QUOTE_NONE)
        # TSV has no quotes, so a lone empty cell is an empty line, which csv reads as no cells at all.
        rows = [[unescape(f) for f in row] or [""] for row in reader]
    json.dump(rows, sys.stdout)
    """
}
