import Foundation
import Testing

/// A real terminal for REPL tests: a private tmux server (its own socket name, killed at the end) running an
/// interactive bash, into which the test types commands and keys, then polls the screen for what it expects —
/// never fixed sleeps. byline runs inside bash rather than as the pane's command, so that Ctrl-C cannot take the
/// pane down with it.
final class TerminalSession {
  static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// The built `byline` beside the test bundle.
  static let binary: String = {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("byline").path
  }()

  let server = "byline-test-\(UUID().uuidString.prefix(8))"
  /// A home of its own (no ~/.editrc) and a state folder for the history.
  let home: URL
  private let tmux: String

  /// Starts the terminal, `columns` wide; nil (after recording an issue under CI) when tmux is missing.
  init?(columns: Int = 100, rows: Int = 30) throws {
    guard let tmux = Self.tmux else {
      if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("tmux is not installed") }
      return nil
    }
    self.tmux = tmux
    home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-repl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let environment = [
      "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin",
      "LANG": "C.UTF-8", "TERM": "xterm-256color", "PS1": "$ ",
    ]
    _ = try run(
      [
        "new-session", "-d", "-s", "byline", "-x", String(columns), "-y", String(rows), "-c", projectRoot.path,
        "env", "-i",
      ] + environment.map { "\($0.key)=\($0.value)" } + ["bash", "--norc", "--noprofile"],
      startsServer: true)
  }

  deinit {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(at: home)
  }

  /// Runs a tmux command and returns what it printed.
  ///
  /// With posix_spawn and waitpid rather than Foundation's Process, whose child reaping did not happen under the
  /// test runner once tmux had forked its server (the client stayed a zombie and the wait never returned). The
  /// command that starts the server gets no pipe: the server would inherit it, and reading to its end would never
  /// finish.
  @discardableResult
  private func run(_ arguments: [String], startsServer: Bool = false) throws -> String {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pipeEnds: [Int32] = [-1, -1]
    if startsServer {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    } else {
      guard pipe(&pipeEnds) == 0 else { throw CocoaError(.fileWriteUnknown) }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    }
    // The server must not inherit the test runner's blocked or ignored signals.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([tmux, "-L", server, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, environ)
    var output: [UInt8] = []
    if !startsServer {
      close(pipeEnds[1])
      var chunk = [UInt8](repeating: 0, count: 65536)
      while spawned == 0 {
        let count = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        output += chunk[..<count]
      }
      close(pipeEnds[0])
    }
    guard spawned == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return String(decoding: output, as: UTF8.self)
  }

  /// Types text as it is.
  func type(_ text: String) throws { try run(["send-keys", "-t", "byline", "-l", text]) }

  /// Presses keys by tmux's names: `Enter`, `Tab`, `C-c`, `C-d`, `C-r`.
  func press(_ keys: String...) throws { try run(["send-keys", "-t", "byline"] + keys) }

  /// Starts byline in the pane with these arguments (a `cd`-relative corpus, say).
  func startByline(_ arguments: String, prefix: String = "") throws {
    try type("\(prefix)\(Self.binary) \(arguments)")
    try press("Enter")
  }

  /// The screen and its scrollback, as text.
  func screen() throws -> String { try run(["capture-pane", "-p", "-J", "-t", "byline", "-S", "-200"]) }

  /// The row the cursor is on.
  func cursorRow() throws -> Int {
    Int(
      try run(["display-message", "-p", "-t", "byline", "#{cursor_y}"]).trimmingCharacters(in: .whitespacesAndNewlines))
      ?? -1
  }

  /// Polls the screen until `condition` holds, up to `seconds`; the last screen either way.
  @discardableResult
  func wait(seconds: Double = 20, until condition: (String) -> Bool) throws -> (Bool, String) {
    let attempts = Int(seconds / 0.05)
    var last = ""
    for _ in 0..<attempts {
      last = try screen()
      if condition(last) { return (true, last) }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return (false, last)
  }

  /// Waits until `text` has appeared `count` times on the screen.
  @discardableResult
  func waitFor(_ text: String, count: Int = 1, seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> String
  {
    let (found, screen) = try wait(seconds: seconds) { $0.components(separatedBy: text).count - 1 >= count }
    #expect(found, "never saw \(count)× \"\(text)\" on:\n\(screen)", sourceLocation: sourceLocation)
    return screen
  }

  /// After byline has exited: its exit status, as bash reports it.
  func exitStatus() throws -> Int? {
    try type("echo \"status=$?\"")
    try press("Enter")
    let screen = try waitFor("status=", count: 2)
    let line = screen.split(separator: "\n").last { $0.hasPrefix("status=") }
    return line.flatMap { Int($0.dropFirst("status=".count)) }
  }
}
