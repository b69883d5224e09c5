import Foundation

/// The REPL's persistent history: `$XDG_STATE_HOME/byline/history` (default `~/.local/state/byline/history`)
/// in libedit's file format, appended after every entry under a lock on a sibling `history.lock`, so a crash
/// loses nothing and two REPLs at once lose nothing either.
///
/// A file that could not be read (another program's, damaged, unreadable) is never written: byline warns and
/// runs without saving history. When the file grows past `limit` entries it is compacted at start, through a
/// temporary file renamed over it — under the sibling lock, since the rename replaces the file's inode.
public final class History {
  /// The entries kept when the file is compacted.
  public static let defaultLimit = 2000

  public let path: String
  public let limit: Int
  /// Every entry, oldest first: the file's, then this session's.
  public private(set) var entries: [String]
  /// Whether new entries reach the file; false after a warning.
  public private(set) var isSaving: Bool
  private let warn: (String) -> Void

  /// The history file for this environment, or nil when there is no `HOME` to put it under.
  ///
  /// `XDG_STATE_HOME` counts only when absolute, as the XDG base directory specification says.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/byline/history" }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/byline/history"
  }

  /// Opens the history at `path`, reporting through `warn` (once, in words a person can act on) anything that
  /// keeps it from being read or saved.
  public init(path: String, limit: Int = History.defaultLimit, warn: @escaping (String) -> Void) {
    self.path = path
    self.limit = limit
    self.warn = warn
    entries = []
    isSaving = true
    load()
    if isSaving && entries.count > limit { compact() }
  }

  private var directory: String { (path as NSString).deletingLastPathComponent }
  private var lockPath: String { directory + "/history.lock" }

  private func load() {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      stopSaving("cannot create \(directory) (\(Self.reason(error))); history will not be saved")
      return
    }
    guard FileManager.default.fileExists(atPath: path) else { return }
    guard let bytes = Self.read(path) else {
      stopSaving("cannot read the history file \(path) (\(Terminal.describe(errno: errno))); history is off")
      return
    }
    do {
      entries = try HistoryFileFormat.decode(bytes)
    } catch {
      switch error {
      case .foreign:
        stopSaving(
          "\(path) is not a byline history file (its first line is not \(HistoryFileFormat.header)); "
            + "it is left as it is and history is off")
      case .damaged(let line):
        stopSaving("the history file \(path) is damaged at line \(line); it is left as it is and history is off")
      }
      return
    }
    if access(path, W_OK) != 0 {
      stopSaving(
        "cannot write the history file \(path) (\(Terminal.describe(errno: errno))); "
          + "this session's entries will not be saved")
    }
  }

  /// Records an entry typed at the REPL; false when it was empty or repeats the previous one.
  @discardableResult
  public func add(_ entry: String) -> Bool {
    guard !entry.allSatisfy(\.isWhitespace), entry != entries.last else { return false }
    entries.append(entry)
    if isSaving { append(entry) }
    return true
  }

  private func append(_ entry: String) {
    let failure: String? = withLock {
      let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { return Terminal.describe(errno: errno) }
      defer { close(descriptor) }
      var status = stat()
      var text = ""
      // The header is written only into an empty file: libedit reads a file with it as its first line only.
      if fstat(descriptor, &status) == 0 && status.st_size == 0 { text = HistoryFileFormat.header + "\n" }
      text += HistoryFileFormat.encode(entry) + "\n"
      return Terminal.write(Array(text.utf8), to: descriptor) ? nil : Terminal.describe(errno: errno)
    }
    if let failure { stopSaving("cannot save history to \(path) (\(failure)); later entries will not be saved") }
  }

  /// Keeps the last `limit` entries, re-reading the file under the lock so that another REPL's latest entries
  /// are kept too.
  private func compact() {
    let failure: String? = withLock {
      guard let bytes = Self.read(path), let current = try? HistoryFileFormat.decode(bytes) else {
        return "it changed and could not be read again"
      }
      let kept = current.suffix(limit)
      let temporary = directory + "/history.tmp-\(getpid())"
      var text = HistoryFileFormat.header + "\n"
      for entry in kept { text += HistoryFileFormat.encode(entry) + "\n" }
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { return Terminal.describe(errno: errno) }
      let written = Terminal.write(Array(text.utf8), to: descriptor) && fsync(descriptor) == 0
      close(descriptor)
      guard written, rename(temporary, path) == 0 else {
        let reason = Terminal.describe(errno: errno)
        unlink(temporary)
        return reason
      }
      entries = Array(kept)
      return nil
    }
    if let failure { warn("could not compact the history file \(path) (\(failure)); it is left as it was") }
  }

  /// Runs `body` holding an exclusive lock on the sibling lock file; the failure text when it cannot lock.
  private func withLock(_ body: () -> String?) -> String? {
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return "cannot open \(lockPath): " + Terminal.describe(errno: errno) }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      if errno != EINTR { return "cannot lock \(lockPath): " + Terminal.describe(errno: errno) }
    }
    defer { flock(descriptor, LOCK_UN) }
    return body()
  }

  private func stopSaving(_ message: String) {
    isSaving = false
    warn(message)
  }

  /// The bytes of a file, or nil with `errno` set.
  private static func read(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { return nil }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
    }
  }

  private static func reason(_ error: Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return Terminal.describe(errno: Int32(code))
    }
    return (error as NSError).localizedDescription
  }
}
