/// Substring search over UTF-8 bytes. The standard library's generic `firstRange(of:)` and `contains(_:)`
/// walk `Character`s and cost more than the rest of the parser together; these compare bytes, which is
/// exact for the ASCII and UTF-8 needles the parser looks for.
extension StringProtocol {
  /// The range of the first occurrence of `needle`, or nil.
  func utf8Range(of needle: String) -> Range<Index>? {
    if let found = contiguousSearch(needle, ByteSearch.firstOffset) { return found }
    let view = utf8
    let needleView = needle.utf8
    guard let first = needleView.first else { return nil }
    var start = view.startIndex
    while let found = view[start...].firstIndex(of: first) {
      var cursor = found
      var matched = true
      for byte in needleView {
        guard cursor < view.endIndex, view[cursor] == byte else {
          matched = false
          break
        }
        cursor = view.index(after: cursor)
      }
      if matched { return found..<cursor }
      start = view.index(after: found)
    }
    return nil
  }

  /// The range of the last occurrence of `needle`, or nil.
  func lastUTF8Range(of needle: String) -> Range<Index>? {
    var last: Range<Index>? = nil
    var rest = self[...]
    while let found = rest.utf8Range(of: needle) {
      last = found
      rest = self[found.upperBound...]
    }
    return last
  }

  /// Whether `needle` occurs in the text.
  func containsText(_ needle: String) -> Bool { utf8Range(of: needle) != nil }
}

extension StringProtocol {
  /// The first occurrence of an ASCII `needle`, ignoring ASCII case ("By:", "BY ", "by ").
  func asciiCaseInsensitiveRange(of needle: String) -> Range<Index>? {
    if let found = contiguousSearch(needle, ByteSearch.firstCaselessOffset) { return found }
    let view = utf8
    let needleBytes = Array(needle.utf8).map { $0 | 0x20 }
    guard !needleBytes.isEmpty else { return nil }
    var start = view.startIndex
    while start < view.endIndex {
      var cursor = start
      var matched = true
      for byte in needleBytes {
        guard cursor < view.endIndex else {
          matched = false
          break
        }
        let current = view[cursor]
        let folded = current >= 0x41 && current <= 0x5A ? current | 0x20 : current
        if folded != byte && !(byte == 0x20 && current == 0x20) {
          matched = false
          break
        }
        cursor = view.index(after: cursor)
      }
      if matched { return start..<cursor }
      start = view.index(after: start)
    }
    return nil
  }
}

extension StringProtocol {
  /// Runs `search` over the text's and the needle's bytes in place, when both are stored as contiguous UTF-8 (native
  /// strings always are): walking `String.Index` values checks bounds and encodings at every byte, a pointer does
  /// not. The outer optional is nil when the storage is not contiguous and the caller must walk the indices itself.
  fileprivate func contiguousSearch(
    _ needle: String,
    _ search: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Int?
  ) -> Range<Index>?? {
    let view = utf8
    let offset = view.withContiguousStorageIfAvailable { text in
      needle.utf8.withContiguousStorageIfAvailable { search(text, $0) }
    }
    guard let offset, let offset else { return nil }
    guard let offset else { return .some(nil) }
    let start = view.index(view.startIndex, offsetBy: offset)
    return start..<view.index(start, offsetBy: needle.utf8.count)
  }
}

/// The searches of `TextSearch` over bytes, with the same answers as its index-walking loops.
enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `text`; nil for an empty needle.
  static func firstOffset(in text: UnsafeBufferPointer<UInt8>, of needle: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first, needle.count <= text.count else { return nil }
    var start = 0
    while start <= text.count - needle.count {
      if text[start] == first {
        var matched = 1
        while matched < needle.count && text[start + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return start }
      }
      start += 1
    }
    return nil
  }

  /// The same ignoring ASCII case: a text byte, A–Z lowered, must equal the needle byte with bit 0x20 set.
  static func firstCaselessOffset(in text: UnsafeBufferPointer<UInt8>, of needle: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    guard !needle.isEmpty, needle.count <= text.count else { return nil }
    var start = 0
    while start <= text.count - needle.count {
      var matched = 0
      while matched < needle.count {
        let current = text[start + matched]
        let folded = current >= 0x41 && current <= 0x5A ? current | 0x20 : current
        guard folded == needle[matched] | 0x20 else { break }
        matched += 1
      }
      if matched == needle.count { return start }
      start += 1
    }
    return nil
  }
}

extension Substring {
  /// The text without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> Substring {
    var result = self
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    return result
  }
}
