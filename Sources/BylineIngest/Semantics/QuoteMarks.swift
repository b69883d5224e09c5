/// Finds the quoted stretches of one paragraph over UTF-8 bytes, in every mark style met in news copy:
/// " “ ” „ « » ″, and British single quotes ‘ ’ ' when a paragraph uses no double marks.
///
/// Straight marks and ″ serve as both opening and closing mark, so marks pair in order: the first opens, the
/// next closes, whatever its style ("…”" after a straight opening mark is common in scraped copy). A mark
/// left open runs to the end of the paragraph.
enum QuoteMarks {
  struct Span: Hashable, Sendable {
    /// Byte offset of the opening mark; the paragraph start when the paragraph continues an earlier quote
    /// without a mark of its own.
    var open: Int
    /// Offsets of the words between the marks.
    var inner: Range<Int>
    /// Offset just past the closing mark, or the paragraph end.
    var close: Int
    var isUnclosed: Bool
    /// A few capitalised words in marks that name a work ("Squawk Box Asia"): no quotation.
    var isTitle = false
  }

  private enum Role { case opening, closing, either }

  private struct Mark {
    var offset: Int
    var width: Int
    var role: Role
  }

  static func spans(_ bytes: UnsafeBufferPointer<UInt8>, in paragraph: Range<Int>) -> [Span] {
    let double = marks(bytes, in: paragraph, single: false)
    var found =
      double.isEmpty
      ? pair(marks(bytes, in: paragraph, single: true), bytes, paragraph) : pair(double, bytes, paragraph)
    for index in found.indices { found[index].isTitle = isTitle(bytes, found[index]) }
    return found
  }

  private static func pair(_ marks: [Mark], _ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> [Span] {
    var spans: [Span] = []
    var opened: Mark?
    for mark in marks {
      if let open = opened {
        if mark.role == .opening && mark.offset - (open.offset + open.width) > 0
          && !isBetweenWords(bytes, mark, paragraph)
          && followsSentenceEnd(bytes, before: mark.offset, from: open.offset)
        {
          // A fresh opening mark after a finished sentence: the earlier quote was never closed.
          spans.append(span(open, closeAt: mark.offset, bytes, isUnclosed: true))
          opened = mark
          continue
        }
        if mark.role == .opening { continue }
        spans.append(span(open, closeAt: mark.offset, bytes, closeWidth: mark.width))
        opened = nil
      } else if mark.role != .closing {
        opened = mark
      }
    }
    if let open = opened { spans.append(span(open, closeAt: paragraph.upperBound, bytes, isUnclosed: true)) }
    return spans.filter { !$0.inner.isEmpty }
  }

  private static func span(
    _ open: Mark, closeAt close: Int, _ bytes: UnsafeBufferPointer<UInt8>, closeWidth: Int = 0,
    isUnclosed: Bool = false
  ) -> Span {
    var lower = open.offset + open.width
    var upper = close
    while lower < upper, WordTokens.isSpace(bytes, at: lower, limit: upper) { lower += bytes[lower] == 0xC2 ? 2 : 1 }
    while upper > lower {
      let last = bytes[upper - 1]
      if last == 0x20 || last == 0x0A || last == 0x09 || last == 0x2C {
        upper -= 1
      } else if last == 0xA0, upper - 2 >= lower, bytes[upper - 2] == 0xC2 {
        upper -= 2
      } else {
        break
      }
    }
    return Span(open: open.offset, inner: lower..<upper, close: close + closeWidth, isUnclosed: isUnclosed)
  }

  private static func followsSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int, from start: Int)
    -> Bool
  {
    var index = offset - 1
    while index > start, bytes[index] == 0x20 { index -= 1 }
    return index > start && (bytes[index] == 0x2E || bytes[index] == 0x3F || bytes[index] == 0x21)
  }

  private static func isBetweenWords(_ bytes: UnsafeBufferPointer<UInt8>, _ mark: Mark, _ paragraph: Range<Int>)
    -> Bool
  {
    let before = mark.offset > paragraph.lowerBound && isWordByte(bytes[mark.offset - 1])
    let afterIndex = mark.offset + mark.width
    let after = afterIndex < paragraph.upperBound && isWordByte(bytes[afterIndex])
    return before && after
  }

  @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  private static func marks(_ bytes: UnsafeBufferPointer<UInt8>, in paragraph: Range<Int>, single: Bool) -> [Mark] {
    var found: [Mark] = []
    var index = paragraph.lowerBound
    let end = paragraph.upperBound
    while index < end {
      let byte = bytes[index]
      if byte == 0x22 && !single {
        found.append(Mark(offset: index, width: 1, role: .either))
      } else if byte == 0x27 && single {
        if let role = singleRole(bytes, at: index, width: 1, in: paragraph, curly: nil) {
          found.append(Mark(offset: index, width: 1, role: role))
        }
      } else if byte == 0xC2, index + 1 < end, !single {
        if bytes[index + 1] == 0xAB { found.append(Mark(offset: index, width: 2, role: .opening)) }
        if bytes[index + 1] == 0xBB { found.append(Mark(offset: index, width: 2, role: .closing)) }
      } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
        let third = bytes[index + 2]
        if !single {
          switch third {
          case 0x9C: found.append(Mark(offset: index, width: 3, role: opensAfterLowQuote(found) ? .closing : .opening))
          case 0x9D: found.append(Mark(offset: index, width: 3, role: .closing))
          case 0x9E: found.append(Mark(offset: index, width: 3, role: .opening))
          case 0xB3: found.append(Mark(offset: index, width: 3, role: .either))
          default: break
          }
        } else if third == 0x98 || third == 0x99,
          let role = singleRole(bytes, at: index, width: 3, in: paragraph, curly: third == 0x98)
        {
          found.append(Mark(offset: index, width: 3, role: role))
        }
        index += 3
        continue
      }
      index += 1
    }
    return found
  }

  /// German „…“: after a low opening mark, “ closes.
  private static func opensAfterLowQuote(_ found: [Mark]) -> Bool {
    guard let last = found.last, last.role == .opening, last.width == 3 else { return false }
    return true
  }

  /// A single mark is a quotation mark only at a word edge: "it’s" and "O’Carroll" are apostrophes, and so is
  /// "the 1990s’" at the end of a plural.
  private static func singleRole(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int, in paragraph: Range<Int>, curly opening: Bool?
  ) -> Role? {
    let before = index > paragraph.lowerBound ? bytes[index - 1] : 0x20
    let afterIndex = index + width
    let after = afterIndex < paragraph.upperBound ? bytes[afterIndex] : 0x20
    let wordBefore = isWordByte(before) || before >= 0x80 && before != 0xA0 && before != 0x9C
    let wordAfter = isWordByte(after) || after >= 0xC3
    if wordBefore && wordAfter { return nil }
    if !wordBefore && wordAfter { return opening == false ? nil : .opening }
    if wordBefore && !wordAfter {
      // "leaders’ summit": a plural possessive, not a closing mark, when a lower-case word follows.
      if before == 0x73 && after == 0x20 && afterIndex + 1 < paragraph.upperBound
        && bytes[afterIndex + 1] >= 0x61 && bytes[afterIndex + 1] <= 0x7A
      {
        return nil
      }
      return .closing
    }
    if opening == true { return .opening }
    let punctuationBefore = before == 0x2E || before == 0x2C || before == 0x3F || before == 0x21
    return punctuationBefore ? .closing : nil
  }

  /// "Squawk Box Asia", “The Crown”: a few capitalised words in marks name a work; they quote nobody.
  private static func isTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
    // Six words of a title fit in well under 120 bytes; a longer stretch is speech, and needs no reading.
    guard span.inner.count <= 120, !span.inner.isEmpty, WordTokens.isUpper(bytes, at: span.inner.lowerBound) else {
      return false
    }
    let tokens = WordTokens.tokens(bytes, in: span.inner, limit: 7)
    guard tokens.count >= 2, tokens.count <= 6 else { return false }
    let last = bytes[span.inner.upperBound - 1]
    if last == 0x2E || last == 0x21 || last == 0x3F { return false }
    for token in tokens where !token.isCapitalized {
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
      if !NameLexicon.connectors.contains(word) { return false }
    }
    return tokens.first?.isCapitalized == true
  }
}
