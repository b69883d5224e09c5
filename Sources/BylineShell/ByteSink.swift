import Foundation

/// Where results or messages go: a file descriptor (standard output, a `.output` file) or memory, which is how
/// the runner is tested without a process.
public final class ByteSink {
  private enum Destination {
    case descriptor(Int32, owned: Bool)
    case memory
  }

  private let destination: Destination
  /// The file a `.output` sink writes, for messages; nil for the standard streams and memory.
  public let path: String?
  /// What a memory sink has received.
  public private(set) var captured: [UInt8] = []
  /// Whether a write has failed; later writes are dropped rather than retried.
  public private(set) var failed = false

  private init(_ destination: Destination, path: String? = nil) {
    self.destination = destination
    self.path = path
  }

  public static func standardOutput() -> ByteSink { ByteSink(.descriptor(STDOUT_FILENO, owned: false)) }
  public static func standardError() -> ByteSink { ByteSink(.descriptor(STDERR_FILENO, owned: false)) }
  public static func memory() -> ByteSink { ByteSink(.memory) }

  /// A sink writing to `path`, created or truncated; throws the `errno` text when it cannot be opened.
  public static func file(_ path: String) throws(SinkError) -> ByteSink {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    if descriptor < 0 { throw SinkError(path: path, reason: Terminal.describe(errno: errno)) }
    return ByteSink(.descriptor(descriptor, owned: true), path: path)
  }

  /// Whether this sink is a terminal, so that results are laid out as a table fitted to it.
  public var isTerminal: Bool {
    if case .descriptor(let descriptor, _) = destination { return Terminal.isTerminal(descriptor) }
    return false
  }

  /// The terminal's width now (it may have been resized since the last statement), or nil.
  public var width: Int? {
    if case .descriptor(let descriptor, _) = destination { return Terminal.width(of: descriptor) }
    return nil
  }

  public func write(_ bytes: [UInt8]) {
    guard !failed else { return }
    switch destination {
    case .descriptor(let descriptor, _):
      if !Terminal.write(bytes, to: descriptor) { failed = true }
    case .memory:
      captured += bytes
    }
  }

  public func write(_ text: String) { write(Array(text.utf8)) }

  /// What a memory sink has received, as text.
  public var text: String { String(decoding: captured, as: UTF8.self) }

  /// Closes a file sink; the standard streams stay open.
  public func close() {
    if case .descriptor(let descriptor, owned: true) = destination { Foundation.close(descriptor) }
  }
}

/// A `.output` file that could not be opened, with the system's reason.
public struct SinkError: Error, Sendable {
  public let path: String
  public let reason: String
}
