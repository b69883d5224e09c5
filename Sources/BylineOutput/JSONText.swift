/// Builds JSON text by appending, with keys in the order written, so exported records read the same
/// every time and diff cleanly.
public struct JSONText {
  public private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = []

  public init() {}

  public mutating func beginObject() { valuePrefix(); bytes.append(0x7B); needsComma.append(false) }
  public mutating func endObject() { bytes.append(0x7D); needsComma.removeLast() }
  public mutating func beginArray() { valuePrefix(); bytes.append(0x5B); needsComma.append(false) }
  public mutating func endArray() { bytes.append(0x5D); needsComma.removeLast() }

  /// Writes `"name":`; the value must follow.
  public mutating func key(_ name: String) {
    valuePrefix()
    appendString(name)
    bytes.append(0x3A)
    // The value that follows belongs to this key and must not get a comma of its own.
    if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
  }

  public mutating func string(_ value: some StringProtocol) { valuePrefix(); appendString(value) }
  public mutating func string(_ value: (some StringProtocol)?) {
    if let value { string(value) } else { null() }
  }
  public mutating func int(_ value: Int) { valuePrefix(); bytes += Array(String(value).utf8) }
  public mutating func bool(_ value: Bool) { valuePrefix(); bytes += Array((value ? "true" : "false").utf8) }
  public mutating func null() { valuePrefix(); bytes += Array("null".utf8) }
  /// A number as every format prints it (`CellText.number`), and null for the infinities and NaN, which JSON
  /// cannot write.
  public mutating func number(_ value: Double) {
    guard let text = CellText.number(value) else { return null() }
    valuePrefix()
    bytes += Array(text.utf8)
  }

  public mutating func field(_ name: String, _ value: (some StringProtocol)?) { key(name); string(value) }
  public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
  public mutating func field(_ name: String, _ value: Int?) {
    key(name)
    if let value { int(value) } else { null() }
  }

  private mutating func valuePrefix() {
    guard !needsComma.isEmpty else { return }
    if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
    needsComma[needsComma.count - 1] = true
  }

  /// Escapes quotes, backslashes and control characters; everything else stays UTF-8 as it is, so
  /// Cyrillic and CJK text is readable in the file.
  private mutating func appendString(_ value: some StringProtocol) {
    bytes.append(0x22)
    for byte in value.utf8 {
      switch byte {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case 0x00..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      default: bytes.append(byte)
      }
    }
    bytes.append(0x22)
  }
}
