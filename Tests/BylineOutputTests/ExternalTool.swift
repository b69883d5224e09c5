import Foundation
import Testing

/// Runs a real consumer of byline's output (jq, Python) on bytes given as its standard input.
enum ExternalTool {
  struct Run {
    var status: Int32
    var output: Data
    var errors: String
  }

  /// The executable's path, or nil (with a test issue or a failure when `CI=true`) when it is not installed.
  static func find(_ name: String, candidates: [String]) -> String? {
    if let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) { return path }
    let message = "\(name) is not installed (scripts/install-deps.sh installs it)"
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record(Comment(rawValue: message))
    } else {
      withKnownIssue(Comment(rawValue: message)) { Issue.record(Comment(rawValue: message)) }
    }
    return nil
  }

  static func run(_ executable: String, _ arguments: [String], input: [UInt8]) throws -> Run {
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
}
