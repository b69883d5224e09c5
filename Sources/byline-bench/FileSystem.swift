import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file operations the benchmark needs. Reading, writing and listing go straight to POSIX so the
/// read-only baseline measures the kernel and the disk, not a wrapper's buffering; creating and
/// removing folders are rare and use `FileManager`.
enum FileSystem {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// The whole file as bytes (one `fstat`, then `read` until end of file).
  static func readFile(_ path: String) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Failure(description: "\(path): \(errorText())") }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw Failure(description: "\(path): \(errorText())")
    }
    let size = Int(status.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      initialized = 0
      while initialized < size {
        let count = read(descriptor, buffer.baseAddress! + initialized, size - initialized)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 {
          failed = count < 0
          break
        }
        initialized += count
      }
    }
    if failed { throw Failure(description: "\(path): \(errorText())") }
    return bytes
  }

  /// Writes `bytes` to a new file (replacing any old one).
  static func writeFile(_ path: String, _ bytes: [UInt8]) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw Failure(description: "\(path): \(errorText())") }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + written, bytes.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw Failure(description: "\(path): \(errorText())") }
      written += count
    }
  }

  /// Every regular file under `folder`, recursively, sorted by path (so runs visit files in one order).
  static func regularFiles(under folder: String) -> [String] {
    var files: [String] = []
    var pending = [folder]
    while let current = pending.popLast() {
      guard let directory = opendir(current) else { continue }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        if name == "." || name == ".." { continue }
        let path = current + "/" + name
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): pending.append(path)
        case Int32(DT_REG): files.append(path)
        default:
          // Some file systems do not fill d_type; ask stat.
          var status = stat()
          if stat(path, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR { pending.append(path) }
            if (status.st_mode & S_IFMT) == S_IFREG { files.append(path) }
          }
        }
      }
    }
    return files.sorted()
  }

  static func makeFolder(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Names in a folder (empty when it does not exist).
  static func contents(of folder: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  }

  /// Removes a file or a whole folder tree.
  static func remove(_ path: String) throws {
    try FileManager.default.removeItem(atPath: path)
  }

  /// Removes a folder only if it is empty (never anything a user put there).
  static func removeIfEmpty(_ folder: String) {
    rmdir(folder)
  }

  static func readText(_ path: String) -> String? {
    guard let bytes = try? readFile(path) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}
