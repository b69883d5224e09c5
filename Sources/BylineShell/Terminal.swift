import Foundation

/// What byline needs to know about the terminal and its three standard streams.
public enum Terminal {
  /// Whether `descriptor` is a terminal.
  public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Whether `descriptor` is open at all; `byline <&-` starts with standard input closed.
  public static func isOpen(_ descriptor: Int32) -> Bool { fcntl(descriptor, F_GETFD) != -1 }

  /// Columns of the terminal on `descriptor`, or nil when it is not a terminal; `COLUMNS` when the terminal
  /// does not say, 80 when nothing does.
  public static func width(of descriptor: Int32) -> Int? {
    guard isTerminal(descriptor) else { return nil }
    var size = winsize()
    if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return 80
  }

  /// Whether `TERM` says the terminal cannot move its cursor (Emacs shell buffers, some CI logs).
  public static var isDumb: Bool {
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    return term.isEmpty || term == "dumb"
  }

  /// Writes all of `bytes` to `descriptor`, going on after interrupted writes (SIGINT is installed without
  /// SA_RESTART in the REPL). False when the descriptor refused them (a full disk, a closed pipe).
  @discardableResult
  public static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Bool {
    let contiguous = Array(bytes)
    return contiguous.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return false }
        offset += written
      }
      return true
    }
  }

  /// A message for the person at the terminal, on standard error, with a line end.
  public static func report(_ message: String) {
    write(Array(("byline: " + message + "\n").utf8), to: STDERR_FILENO)
  }

  /// The text of `errno` in `strerror`'s words: "Permission denied".
  public static func describe(errno code: Int32) -> String {
    String(cString: strerror(code))
  }
}
