import BylineQuery
import Foundation

/// Reads a script for `-f` and `.read`, with a message a person can act on when it cannot be read.
public enum ScriptFile {
  /// Why a script could not be used.
  public enum Problem: Error, Sendable, CustomStringConvertible {
    /// Missing, a folder, or unreadable: the path named nothing to run.
    case unreadable(path: String, reason: String)
    /// Its bytes are not UTF-8, at this line and column.
    case notUTF8(path: String, line: Int, column: Int, byte: UInt8)

    public var description: String {
      switch self {
      case .unreadable(let path, let reason):
        return "cannot read script \(path): \(reason)"
      case .notUTF8(let path, let line, let column, let byte):
        let hex = String(byte, radix: 16, uppercase: true)
        return "\(path):\(line):\(column): the script is not UTF-8 text (byte 0x\(hex)); save it as UTF-8"
      }
    }
  }

  /// The script at `path` as a source named by that path, so that diagnostics read `path:3:14: error: …`.
  public static func read(_ path: String) throws(Problem) -> SourceText {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .unreadable(path: path, reason: "no such file")
    }
    if isFolder.boolValue { throw .unreadable(path: path, reason: "it is a folder, not a script file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: access(path, R_OK) != 0 ? "permission denied" : "it could not be read")
    }
    return try source(Array(data), name: path)
  }

  /// A script from bytes (standard input, a file), refused when they are not UTF-8.
  public static func source(_ bytes: [UInt8], name: String) throws(Problem) -> SourceText {
    var body = bytes[...]
    // A byte order mark from a Windows editor is not part of the first statement.
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let offset = firstInvalidUTF8(body) {
      let prefix = body[body.startIndex..<offset]
      let line = prefix.count { $0 == UInt8(ascii: "\n") } + 1
      let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? body.startIndex
      let column = String(decoding: body[lineStart..<offset], as: UTF8.self).count + 1
      throw .notUTF8(path: name, line: line, column: column, byte: body[offset])
    }
    return SourceText(bytes: Array(body), name: name)
  }

  /// The offset of the first byte that does not belong to valid UTF-8, or nil.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = bytes.startIndex
    while true {
      let before = offset
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        return before
      }
    }
  }
}
