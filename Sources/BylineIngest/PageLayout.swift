/// Groups lines into units: text browsers (w3m, lynx) hard-wrap paragraphs at a fixed width, and a
/// wrapped paragraph must be read as one unit, while a browser copy keeps one paragraph per line.
enum PageLayout {
  /// The column at which the page was hard-wrapped, or nil when lines run to their natural length.
  static func wrapWidth(_ page: Page, _ features: [LineFeatures]) -> Int? {
    var widths: [Int] = []
    var endsSentence: [Bool] = []
    for (index, line) in page.lines.enumerated()
    where !line.isBlank && features[index].words >= 6 && !features[index].hasURL {
      widths.append(line.indent + features[index].scalars + markerWidth(features[index]))
      endsSentence.append(features[index].ending == .sentence)
    }
    guard widths.count >= 6 else { return nil }
    // In a wrapped page many lines stop just short of one width and none run past it; in a browser copy
    // paragraphs have every length. A few overlong lines (a URL list, a form) must not hide the width.
    for width in Set(widths).sorted(by: >) where (40...110).contains(width) {
      if widths.filter({ $0 > width }).count * 10 > widths.count { return nil }
      let nearFull = widths.indices.filter { widths[$0] <= width && widths[$0] >= width - 12 }
      guard nearFull.count * 4 >= widths.count && nearFull.count >= 3 else { continue }
      // Wrapping breaks lines between any two words; lines that all end their sentences were written so.
      let sentenceEnds = nearFull.filter { endsSentence[$0] }.count
      return sentenceEnds * 10 >= nearFull.count * 6 ? nil : width
    }
    return nil
  }

  /// Consecutive lines joined where a wrap, not the author, broke them.
  static func units(_ page: Page, _ features: [LineFeatures], wrapWidth: Int?) -> [Unit] {
    var units: [Unit] = []
    var previous: Int? = nil
    for (index, line) in page.lines.enumerated() {
      if line.isBlank {
        previous = nil
        continue
      }
      if let wrapWidth, let before = previous,
        continues(page.lines[before], features[before], line, features[index], page: page, wrapWidth: wrapWidth),
        !units.isEmpty
      {
        units[units.count - 1].lines = units[units.count - 1].lines.lowerBound..<(index + 1)
        units[units.count - 1].features.append(features[index])
      } else {
        units.append(Unit(lines: index..<(index + 1), features: features[index]))
      }
      previous = index
    }
    return units
  }

  private static func markerWidth(_ features: LineFeatures) -> Int {
    features.listMarker == .none ? 0 : 2
  }

  private static func continues(
    _ above: Page.Line, _ aboveFeatures: LineFeatures, _ line: Page.Line, _ features: LineFeatures, page: Page,
    wrapWidth: Int
  ) -> Bool {
    guard features.listMarker == .none, let firstWord = features.wordRanges.first else { return false }
    let aboveWidth = above.indent + aboveFeatures.scalars + markerWidth(aboveFeatures)
    // The first word of the next line would not have fitted at the end of this one.
    let firstWordWidth = firstWord.upperBound - line.content.lowerBound
    // Text browsers leave a margin of a few columns and measure accented letters differently; a line that
    // ends within reach of the width was wrapped.
    let wrapped = aboveWidth + 1 + firstWordWidth > wrapWidth - 6 || aboveWidth >= wrapWidth - 10
    if aboveFeatures.listMarker != .none {
      return wrapped && line.indent > above.indent
    }
    return wrapped && abs(line.indent - above.indent) <= 2
  }
}
