/// Re-encodes a generated page (always composed as UTF-8) into the legacy encodings that scraped
/// corpora contain, so that the benchmark exercises the parser's decoding paths in their real share.
enum TextEncodings {
  /// The UTF-8 byte order mark some tools write at the start of a file.
  static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Windows-1252: Latin-1 plus typographic marks in 0x80–0x9F. Characters outside it become `?`,
  /// as a lossy export would write them (the generator keeps other scripts out of these pages).
  static func windows1252(fromUTF8 bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      let value = scalar.value
      if value < 0x80 || (0xA0...0xFF).contains(value) {
        output.append(UInt8(value))
      } else if let byte = windows1252Specials[value] {
        output.append(byte)
      } else {
        output.append(UInt8(ascii: "?"))
      }
    }
    return output
  }

  /// UTF-16 little-endian with its byte order mark, as Windows "Unicode" text files are saved.
  static func utf16LittleEndian(fromUTF8 bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = [0xFF, 0xFE]
    output.reserveCapacity(bytes.count * 2 + 2)
    for unit in String(decoding: bytes, as: UTF8.self).utf16 {
      output.append(UInt8(unit & 0xFF))
      output.append(UInt8(unit >> 8))
    }
    return output
  }

  /// The code points Windows-1252 places in 0x80–0x9F (where Latin-1 has control characters).
  private static let windows1252Specials: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
    0x2021: 0x87,
    0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E,
    0x2018: 0x91,
    0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
    0x02DC: 0x98,
    0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
  ]
}
