import BylineModel
import Foundation

/// Expands corpus arguments into file paths: folders recursively, in sorted order, following symbolic
/// links but never into a folder already visited (a link loop ends there, with a message).
enum FileWalker {
  static func collect(
    _ path: String, into files: inout [String], skipped: inout [SkippedFile], ignored: inout [String]
  ) {
    var visited = Set<String>()
    walk(path, into: &files, skipped: &skipped, ignored: &ignored, visited: &visited, isArgument: true)
  }

  /// Inside folders only text files are articles: `.txt`, `.text`, or no extension at all. A folder of
  /// scraped pages often holds JSON, scripts and notes beside them; files named on the command line are
  /// always read.
  static func isArticleName(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
    let fileExtension = name[name.index(after: dot)...].lowercased()
    return fileExtension == "txt" || fileExtension == "text"
  }

  private static func walk(
    _ path: String, into files: inout [String], skipped: inout [SkippedFile], ignored: inout [String],
    visited: inout Set<String>, isArgument: Bool
  ) {
    var status = stat()
    guard stat(path, &status) == 0 else {
      let reason = errno == ELOOP ? "symbolic link loop" : String(cString: strerror(errno))
      skipped.append(SkippedFile(path: path, reason: reason))
      return
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      guard visited.insert(real).inserted else {
        skipped.append(SkippedFile(path: path, reason: "folder already read (symbolic link loop)"))
        return
      }
      let entries: [String]
      do {
        entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
      } catch {
        skipped.append(SkippedFile(path: path, reason: "cannot list folder: \(error.localizedDescription)"))
        return
      }
      for entry in entries where !entry.hasPrefix(".") {
        walk(
          path + "/" + entry, into: &files, skipped: &skipped, ignored: &ignored, visited: &visited, isArgument: false)
      }
    } else if status.st_mode & S_IFMT == S_IFREG {
      if isArgument || isArticleName(String(path.split(separator: "/").last ?? "")) {
        files.append(path)
      } else {
        ignored.append(path)
      }
    } else if isArgument {
      skipped.append(SkippedFile(path: path, reason: "not a regular file"))
    }
  }
}

/// Reads a whole file, or standard input for `-`.
enum FileReader {
  static func read(_ path: String, maximumSize: Int) throws(IngestError) -> [UInt8] {
    if path == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
    let size = Int(status.st_size)
    guard size <= maximumSize else {
      throw .unreadable("file too large (\(size >> 20) MB; the limit is \(maximumSize >> 20) MB)")
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      let count = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.read(descriptor, base + filled, size - filled)
      }
      if count < 0 { throw .unreadable(String(cString: strerror(errno))) }
      if count == 0 { break }
      filled += count
    }
    if filled < size { bytes.removeLast(size - filled) }
    return bytes
  }

  /// "a/b/000_x.txt" → "000_x".
  static func stem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
