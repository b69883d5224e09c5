/// libedit's history file format, so that the file byline writes is one libedit itself can load: a first line
/// `_HiStOrY_V2_`, then one entry per line escaped as `strvis(3)` with `VIS_WHITE` does it (a space is `\040`,
/// a line end inside a multi-line statement `\012`, a backslash `\134`, other control characters `\^A`).
///
/// Reading is strict: a file that does not start with the header was written by something else, and one that
/// does not decode is damaged; either way the caller must leave it alone (libedit's own `H_SAVE` would have
/// overwritten it).
enum HistoryFileFormat {
  static let header = "_HiStOrY_V2_"

  /// Why a file's text is not a history byline can use.
  enum Problem: Error, Equatable {
    /// No `_HiStOrY_V2_` first line: another program's file.
    case foreign
    /// The entry on this line (from 1) does not decode.
    case damaged(line: Int)
  }

  /// The escaped form of one entry, without its line end.
  static func encode(_ entry: String) -> String {
    var text = ""
    for scalar in entry.unicodeScalars {
      switch scalar.value {
      case 0x20, 0x09, 0x0A, 0x0D, 0x5C:
        let octal = String(scalar.value, radix: 8)
        text += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
      case 0x00..<0x20:
        text += "\\^" + String(UnicodeScalar(UInt8(scalar.value) + 0x40))
      case 0x7F:
        text += "\\^?"
      default:
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  /// The entries of a file's bytes, oldest first; an empty file has none.
  static func decode(_ bytes: [UInt8]) throws(Problem) -> [String] {
    if bytes.isEmpty { return [] }
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let first = lines.first, Array(first) == Array(header.utf8) else { throw .foreign }
    var entries: [String] = []
    entries.reserveCapacity(lines.count - 1)
    for (index, line) in lines.enumerated().dropFirst() {
      guard let decoded = unescape(Array(line)), let entry = String(validating: decoded, as: UTF8.self) else {
        throw .damaged(line: index + 1)
      }
      entries.append(entry)
    }
    return entries
  }

  /// `strunvis(3)` for the escapes `strvis` writes (octal, `\^X`, `\M-X`, `\M^X`, C style, `\$`); nil when the
  /// line holds anything else after a backslash.
  static func unescape(_ bytes: [UInt8]) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
    func isOctal(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x37).contains($0) } ?? false }
    func control(_ byte: UInt8) -> UInt8 { byte == UInt8(ascii: "?") ? 0x7F : byte & 0x1F }
    while index < bytes.count {
      let current = bytes[index]
      guard current == UInt8(ascii: "\\") else {
        output.append(current)
        index += 1
        continue
      }
      guard let next = byte(at: index + 1) else { return nil }
      switch next {
      case _ where isOctal(next):
        var value = 0
        var length = 0
        while length < 3, isOctal(byte(at: index + 1 + length)) {
          value = value * 8 + Int(bytes[index + 1 + length] - 0x30)
          length += 1
        }
        guard value <= 0xFF else { return nil }
        output.append(UInt8(value))
        index += 1 + length
      case UInt8(ascii: "\\"):
        output.append(next)
        index += 2
      case UInt8(ascii: "^"):
        guard let letter = byte(at: index + 2) else { return nil }
        output.append(control(letter))
        index += 3
      case UInt8(ascii: "M"):
        guard let kind = byte(at: index + 2), let letter = byte(at: index + 3) else { return nil }
        if kind == UInt8(ascii: "-") {
          output.append(letter | 0x80)
          index += 4
        } else if kind == UInt8(ascii: "^") {
          output.append(control(letter) | 0x80)
          index += 4
        } else {
          return nil
        }
      case UInt8(ascii: "$"):
        index += 2
      default:
        let simple: [UInt8: UInt8] = [
          UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08,
          UInt8(ascii: "a"): 0x07, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "s"): 0x20,
          UInt8(ascii: "E"): 0x1B,
        ]
        guard let value = simple[next] else { return nil }
        output.append(value)
        index += 2
      }
    }
    return output
  }
}
