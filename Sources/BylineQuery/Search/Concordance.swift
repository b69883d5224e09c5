/// Keyword-in-context lines, for `kwic`.
///
/// Widths count characters (grapheme clusters), not bytes or terminal columns: a CJK character or an emoji is
/// one, though a terminal draws it two columns wide. Every run of white space, line breaks included, shows as
/// one space, and the context keeps the text's own spacing, so `left + hit + right` reads as the text did
/// (`left` usually ends with a space, `right` starts with one). A context cut short of the text's end has `…` at
/// the cut, counted in the width, so no side is ever wider than `width`.
public enum Concordance {
  /// The hit at UTF-8 byte offsets `hit` of `text`, with at most `width` characters of context on each side.
  public static func line(
    text: some StringProtocol, hit: Range<Int>, width: Int
  ) -> (left: String, hit: String, right: String) {
    let utf8 = text.utf8
    let lower = scalarBoundary(utf8, atOrBefore: hit.lowerBound)
    let upper = scalarBoundary(utf8, atOrBefore: max(hit.upperBound, hit.lowerBound))
    let hitText = collapsed(text[lower..<max(lower, upper)])
    let width = max(0, width)
    let left = context(text[..<lower].reversed(), width: width)
    let right = context(text[max(lower, upper)...], width: width)
    return (String(left.reversed()), hitText, right)
  }

  /// The index of the scalar boundary at or before byte `offset`, clamped to the text.
  private static func scalarBoundary<View: Collection>(_ utf8: View, atOrBefore offset: Int) -> View.Index
  where View.Element == UInt8 {
    var offset = min(max(0, offset), utf8.count)
    var index = utf8.index(utf8.startIndex, offsetBy: offset)
    // A continuation byte (10xxxxxx) is inside a scalar: step back to its first byte.
    while offset > 0, index != utf8.endIndex, utf8[index] & 0xC0 == 0x80 {
      offset -= 1
      index = utf8.index(utf8.startIndex, offsetBy: offset)
    }
    return index
  }

  /// The first `width` characters of `characters`, white space collapsed, with `…` last if cut.
  private static func context(_ characters: some Sequence<Character>, width: Int) -> String {
    guard width > 0 else { return "" }
    var result: [Character] = []
    result.reserveCapacity(width + 1)
    for character in characters {
      if character.isWhitespace {
        if result.last != " " { result.append(" ") }
        continue
      }
      // Only a visible character beyond the width proves the context was cut; trailing space does not.
      if result.count >= width {
        result.removeLast(result.count - width + 1)
        result.append("…")
        return String(result)
      }
      result.append(character)
    }
    if result.count > width { result.removeLast(result.count - width) }
    return String(result)
  }

  private static func collapsed(_ text: some StringProtocol) -> String {
    var result = ""
    var lastWasSpace = false
    for character in text {
      if character.isWhitespace {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.append(character)
        lastWasSpace = false
      }
    }
    return result
  }
}
