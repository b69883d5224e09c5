/// Bytes of one file turned into valid UTF-8, with a record of how.
struct DecodedText {
  /// Valid UTF-8, BOM removed, line ends untouched.
  var bytes: [UInt8]
  var encoding: String
  var warnings: [String]
}

/// Recognises the encodings scraped pages arrive in: UTF-8 (with or without BOM), UTF-16 with BOM,
/// and legacy Windows-1252, which is the fallback when the bytes are not UTF-8.
enum TextDecoding {
  /// Decodes `bytes`, or throws when they are empty or not text at all.
  static func decode(_ bytes: [UInt8]) throws(IngestError) -> DecodedText {
    if bytes.isEmpty { throw .empty }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(bytes.dropFirst(3))
      return try decodeUTF8OrFallback(body, label: "utf-8 (BOM)")
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes.dropFirst(2), littleEndian: true) }
    if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes.dropFirst(2), littleEndian: false) }
    if let littleEndian = guessBOMlessUTF16(bytes) {
      var decoded = decodeUTF16(bytes[...], littleEndian: littleEndian)
      decoded.warnings.append("no byte-order mark; read as \(decoded.encoding) from its NUL pattern")
      return decoded
    }
    return try decodeUTF8OrFallback(bytes, label: "utf-8")
  }

  private static func decodeUTF8OrFallback(_ bytes: [UInt8], label: String) throws(IngestError) -> DecodedText {
    let survey = UTF8Survey(bytes)
    if survey.nulCount > 0 && survey.nulCount * 100 >= max(bytes.count, 1) {
      throw .binary
    }
    var warnings: [String] = []
    var text = bytes
    if survey.nulCount > 0 {
      text.removeAll { $0 == 0 }
      warnings.append("\(survey.nulCount) NUL byte(s) removed")
    }
    if survey.invalidSequences == 0 {
      return DecodedText(bytes: text, encoding: label, warnings: warnings)
    }
    // A file with more real multi-byte UTF-8 than broken sequences is UTF-8 that was damaged: legacy
    // 8-bit text almost never forms valid UTF-8 pairs by chance.
    if survey.validMultibyte > 0 && survey.invalidSequences <= survey.validMultibyte {
      let repaired = Array(String(decoding: text, as: UTF8.self).utf8)
      warnings.append("\(survey.invalidSequences) invalid UTF-8 sequence(s) replaced with U+FFFD")
      return DecodedText(bytes: repaired, encoding: label, warnings: warnings)
    }
    if survey.controlBytes * 20 > bytes.count { throw .binary }
    warnings.append("not valid UTF-8; read as Windows-1252")
    return DecodedText(bytes: decodeWindows1252(text), encoding: "windows-1252", warnings: warnings)
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> DecodedText {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    var warnings: [String] = []
    if bytes.count % 2 == 1 { warnings.append("odd trailing byte of UTF-16 dropped") }
    let text = String(decoding: units, as: UTF16.self)
    return DecodedText(bytes: Array(text.utf8), encoding: littleEndian ? "utf-16le" : "utf-16be", warnings: warnings)
  }

  /// UTF-16 without a BOM shows as ASCII text with a NUL in every other byte.
  private static func guessBOMlessUTF16(_ bytes: [UInt8]) -> Bool? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 16 else { return nil }
    var evenNul = 0
    var oddNul = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
    }
    let half = sample.count / 2
    if oddNul * 10 >= half * 8 && evenNul * 10 < half { return true }
    if evenNul * 10 >= half * 8 && oddNul * 10 < half { return false }
    return nil
  }

  /// The C1 range of Windows-1252; every other byte maps to the same code point as Latin-1.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  static func decodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalarValue = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
      let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
      output.append(contentsOf: String(Character(scalar)).utf8)
    }
    return output
  }
}

/// One pass over bytes counting what decides the encoding.
struct UTF8Survey {
  var invalidSequences = 0
  var validMultibyte = 0
  var nulCount = 0
  /// C0 controls other than tab, line feed, carriage return and form feed: a sign of binary data.
  var controlBytes = 0

  init(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte < 0x80 {
          if byte == 0 {
            nulCount += 1
          } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            controlBytes += 1
          }
          index += 1
          continue
        }
        let length = Self.sequenceLength(buffer, at: index)
        if length == 0 {
          invalidSequences += 1
          index += 1
        } else {
          validMultibyte += 1
          index += length
        }
      }
    }
  }

  /// Length of the well-formed UTF-8 sequence starting at `index`, or 0 when it is ill-formed.
  static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = buffer[index]
    let count = buffer.count
    func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      index + offset < count && buffer[index + offset] >= low && buffer[index + offset] <= high
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0:
      return continuation(1, 0xA0) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : 0
    case 0xED:
      return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
    case 0xF0:
      return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4:
      return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default:
      return 0
    }
  }
}
