/// Substring search over UTF-8 bytes. The standard library's generic `firstRange(of:)` and `contains(_:)`
/// walk `Character`s and cost more than the rest of the parser together; these compare bytes, which is
/// exact for the ASCII and UTF-8 needles the parser looks for.
extension StringProtocol {
  /// The range of the first occurrence of `needle`, or nil.
  func utf8Range(of needle: String) -> Range<Index>? {
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

extension Substring {
  /// The text without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> Substring {
    var result = self
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    return result
  }
}
