import BylineModel

/// Names the kind of each body unit: heading, list item, caption or paragraph, by its form and the
/// units around it.
struct BodyStructure {
  let page: Page

  func text(_ unit: Unit) -> String { page.text(of: unit) }

  /// Caption markers at the start of a line.
  static let captionPrefixes = [
    "photo:", "photo :", "photos:", "image:", "image source:", "image :", "picture:",
    "photograph:", "pictured:", "illustration:", "graphic:", "file photo", "caption:", "foto:", "bild:",
    "photo credit:", "image credit:", "(photo", "photo by ", "photo courtesy", "video:",
  ]

  /// Words of photo credits: agencies and the words around them.
  static let creditWords: Set<String> = [
    "reuters", "ap", "afp", "getty", "images", "epa", "pool", "shutterstock",
    "photo", "photos", "via", "sputnik", "bloomberg", "xinhua", "tass", "alamy", "unsplash", "handout", "courtesy",
    "imago", "dpa", "anadolu", "efe", "ansa", "kyodo", "yonhap", "nurphoto", "sopa", "zuma", "wire", "press",
    "file", "credit", "istock", "istockphoto", "corbis", "rex", "pa", "aap", "photographer",
  ]

  static let captionOpeners = WordTable(words: [
    "photo", "photos", "image", "picture", "photograph", "pictured", "illustration", "graphic", "file", "caption",
    "foto", "bild", "video",
  ])

  /// A cheap test before `isCaption`: an opening caption word, a closing bracket, or a slash or colon inside.
  func mayBeCaption(_ unit: Unit) -> Bool {
    let words = unit.features.wordHashes
    if let first = words.first, Self.captionOpeners.contains(first) { return true }
    if words.contains(where: { Self.captionMarkers.contains($0) }) { return true }
    guard let last = unit.lines.last else { return false }
    let bytes = page.bytes[page.lines[last].content]
    return bytes.last == 0x29 || bytes.suffix(80).contains(0x2F)
  }

  /// Words whose presence lets a caption marker ("… Image: Lisvik City Council") appear inside a line.
  static let captionMarkers = WordTable(words: ["image", "photo", "photograph", "source"])

  /// Agency credits written into the end of a caption: "Meridian Press/Rui Matos/File Photo".
  static let inlineCredits = [
    "/file photo", "file photo", "/reuters", "/getty", "getty images", "/ap ", "ap photo",
    "/afp", "/epa", "/pool", "/sputnik", "/xinhua", "/bloomberg", "/shutterstock", "/alamy", "/handout",
  ]

  static func isCaption(_ lowered: String) -> Bool {
    if captionPrefixes.contains(where: { lowered.hasPrefix($0) }) { return true }
    // One pass tells which of the costlier searches could succeed.
    var hasColon = false
    var hasSlash = false
    var hasPhotoWords = false
    let tail = lowered.utf8.suffix(80)
    for byte in lowered.utf8 where byte == 0x3A { hasColon = true; break }
    for byte in tail where byte == 0x2F { hasSlash = true; break }
    if !hasSlash {
      hasPhotoWords =
        lowered.suffix(80).containsText("photo") || lowered.suffix(80).containsText("getty")
        || lowered.suffix(80).containsText("foto")
    }
    if lowered.utf8.last == 0x29 {
      if hasTrailingCredit(lowered) { return true }
      if ["(photo", "(image", "getty images)", "/ap)", "reuters)"].contains(where: { lowered.containsText($0) }) {
        return true
      }
    }
    if hasSlash || hasPhotoWords, inlineCredits.contains(where: { lowered.suffix(80).containsText($0) }) { return true }
    if hasColon,
      [" image: ", " photo: ", " photograph: ", " image source: ", " foto: ", "— foto"].contains(where: {
        lowered.containsText($0)
      })
    {
      return true
    }
    return false
  }

  /// "… (Ana Ruiz / Lakeside Tribune)", "… (Tom Reyes for Longitude)", "… (AP Photo/Jon Doe)".
  static func hasTrailingCredit(_ lowered: String) -> Bool {
    guard lowered.hasSuffix(")"), let open = lowered.lastIndex(of: "(") else { return false }
    let inside = lowered[lowered.index(after: open)..<lowered.index(before: lowered.endIndex)]
    let words = inside.split(separator: " ")
    guard (1...8).contains(words.count) else { return false }
    // "(Image: Cambria Pictures)", "(Photo: Jane Roe)".
    if ["image:", "photo:", "picture:", "credit:", "photograph:", "pic:", "source:"].contains(where: {
      inside.hasPrefix($0)
    }) {
      return true
    }
    // "(KVRN)": a station's call letters closing a line that is not a sentence.
    if words.count == 1, (2...6).contains(inside.count), !lowered.dropLast(inside.count + 2).hasSuffix(".") {
      return true
    }
    return inside.contains("/") || inside.containsText(" for ") || words.contains { creditWords.contains(String($0)) }
  }

  /// "Kristina Kormilitsyna | Via Reuters", "Jane Roe/Getty Images", "AP Photo/Jon Doe".
  static func isPhotoCredit(_ text: String, _ features: LineFeatures) -> Bool {
    guard features.words <= 10, features.ending != .sentence || text.hasSuffix(".") && features.words <= 6 else {
      return false
    }
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
    let creditHits = words.filter { creditWords.contains(String($0)) }.count
    let hasSeparator = text.contains("|") || text.contains("/")
    return creditHits >= 1 && (hasSeparator || creditHits >= 2 || text.lowercased().hasPrefix("photo"))
  }

  /// Words that appear capitalised in mid-sentence in the prose: proper names, as the page itself uses them.
  static func properNames(_ units: [Unit], _ page: Page) -> WordSet {
    var names = WordSet(capacity: 256)
    for unit in units where unit.quality == .good {
      let features = unit.features
      for (position, range) in features.wordRanges.enumerated() where position > 0 {
        let first = page.bytes[range.lowerBound]
        guard first >= 0x41 && first <= 0x5A else { continue }
        // The word before must not end a sentence.
        var cursor = range.lowerBound - 1
        while cursor > 0, page.bytes[cursor] == 0x20 || page.bytes[cursor] == 0x22 { cursor -= 1 }
        let before = page.bytes[cursor]
        if before == 0x2E || before == 0x21 || before == 0x3F || before == 0x3A { continue }
        names.insert(features.wordHashes[position])
      }
    }
    return names
  }

  /// Labels every undecided unit: body kinds inside the region, boilerplate outside it.
  func assign(_ units: inout [Unit], region: ClosedRange<Int>?, titleIndex: Int?) {
    // Only headings need the page's proper names; most pages have few, so the set is built on demand.
    var names: WordSet? = nil
    for index in units.indices where units[index].label.isUndecided {
      // The standfirst: prose between the headline and the body, separated from it by byline and share rows.
      if let titleIndex, let region, index > titleIndex, index < region.lowerBound,
        units[index].quality == .good || units[index].quality == .nearGood
      {
        units[index].label = .body(.paragraph)
        continue
      }
      guard let region, region.contains(index) else {
        let before = region.map { index < $0.lowerBound } ?? true
        let prose = units[index].quality == .good
        units[index].label = .boilerplate(
          before ? (prose ? "teaser" : "navigation") : (prose ? "related links" : "footer"))
        continue
      }
      units[index].label = .body(kind(index, units, region: region))
      if case .body(.heading) = units[index].label {
        if names == nil { names = Self.properNames(units, page) }
      }
      if case .body(.heading) = units[index].label, let names, isImageAlt(index, units, names) {
        units[index].label = .boilerplate("image placeholder")
      }
    }
    mergeCredits(&units, region: region)
    markTableOfContents(&units)
    markUnmarkedLists(&units)
  }

  static let summaryHeadings: Set<[UInt64]> = Set(
    [
      "key takeaways", "key points", "takeaways", "highlights", "in brief", "at a glance", "what we know",
      "the essentials", "in short", "summary", "key facts", "das wichtigste", "en bref", "lo esencial", "em resumo",
      "in sintesi",
    ]
    .map(ChromeLexicon.hashWords))

  /// A table of contents repeats the story's headings before it starts: the earlier copy of a heading
  /// is navigation.
  func markTableOfContents(_ units: inout [Unit]) {
    var headings = Set<[UInt64]>()
    for index in units.indices.reversed() {
      guard case .body(let kind) = units[index].label, units[index].features.words <= 12 else { continue }
      let words = units[index].features.wordHashes
      if headings.contains(words) {
        units[index].label = .boilerplate("navigation")
        continue
      }
      if kind == .heading { headings.insert(words) }
    }
  }

  /// Browser copies drop bullets: after a lead-in that ends with a colon ("The stations include:"), a run
  /// of two or more short lines is the list it announces.
  private func markUnmarkedLists(_ units: inout [Unit]) {
    var index = 0
    while index < units.count {
      defer { index += 1 }
      let leadsIn: Bool
      switch units[index].label {
      case .body(.paragraph): leadsIn = units[index].features.ending == .colon
      // "Key takeaways", "What we know": summary headings announce a list.
      case .body(.heading): leadsIn = Self.summaryHeadings.contains(units[index].features.wordHashes)
      default: leadsIn = false
      }
      guard leadsIn else { continue }
      var end = index + 1
      // Items sit on consecutive lines, or all end alike; the paragraph after the list breaks either.
      let tight = end < units.count && isAdjacent(units[index], (end, units[end]))
      let itemEnding = end < units.count ? units[end].features.ending : .other
      while end < units.count, end - index <= 30, case .body(let kind) = units[end].label,
        kind == .paragraph || kind == .heading, units[end].features.words <= 30, units[end].features.ending != .colon,
        tight ? isAdjacent(units[end - 1], (end, units[end])) : units[end].features.ending == itemEnding
      {
        end += 1
      }
      let items = (index + 1)..<end
      guard items.count >= 2 else { continue }
      // Items are alike: a list is not a heading followed by its paragraphs.
      let lengths = items.map { units[$0].features.words }
      guard let longest = lengths.max(), let shortest = lengths.min(), longest <= max(shortest * 6, 12) else {
        continue
      }
      for item in items { units[item].label = .body(.listItem) }
      index = end - 1
    }
  }

  private func kind(_ index: Int, _ units: [Unit], region: ClosedRange<Int>) -> Block.Kind {
    let unit = units[index]
    let features = unit.features
    // Captions are short and announce themselves; reading every unit's text here would only cost time.
    let mayBeCaption = features.words <= 80 && mayBeCaption(unit)
    let line = mayBeCaption ? text(unit) : ""
    let lowered = line.lowercased()
    if mayBeCaption && Self.isCaption(lowered) { return .caption }
    if features.words <= 80, let next = nextUnit(after: index, units), isAdjacent(unit, next),
      next.unit.features.words <= 10,
      Self.isPhotoCredit(text(next.unit), next.unit.features), !Self.isPhotoCredit(line, features)
    {
      return .caption
    }
    switch features.listMarker {
    case .number:
      return .listItem
    case .bullet:
      if inTightList(index, units), features.words <= 60 { return .listItem }
    case .none:
      break
    }
    if isHeading(index, units, region: region) { return .heading }
    return .paragraph
  }

  private func isHeading(_ index: Int, _ units: [Unit], region: ClosedRange<Int>) -> Bool {
    let features = units[index].features
    guard units[index].quality != .good, features.words <= 14, features.words >= 1,
      features.ending == .other || text(units[index]).hasSuffix("?")
    else { return false }
    guard let next = nextUnit(after: index, units), region.contains(next.index) else { return false }
    if case .body = next.unit.label {} else if !next.unit.label.isUndecided { return false }
    let nextFeatures = next.unit.features
    // A heading opens prose: a paragraph, a list, or a short sentence that introduces one.
    return next.unit.quality == .good || next.unit.quality == .nearGood || nextFeatures.listMarker != .none
      || ((nextFeatures.ending == .sentence || nextFeatures.ending == .colon) && nextFeatures.words >= 5)
  }

  /// A short line of nothing but proper names between paragraphs is an image's alt text ("US China").
  private func isImageAlt(_ index: Int, _ units: [Unit], _ names: WordSet) -> Bool {
    let features = units[index].features
    // Alt text repeats the caption under it in fewer words.
    if let next = nextUnit(after: index, units), next.unit.features.words <= 80,
      Self.isCaption(text(next.unit).lowercased()),
      MetadataExtractor.containedShare(features, in: next.unit.features) >= 0.5
    {
      return true
    }
    guard features.words <= 4, features.capitalized == features.words else { return false }
    return zip(features.wordHashes, features.wordRanges).allSatisfy { hash, range in
      names.contains(hash) || Self.isAcronym(page.bytes[range])
    }
  }

  /// "US", "NATO", "EU": short all-capital words.
  static func isAcronym(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.count >= 2 && bytes.count <= 5 && bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
  }

  private func nextUnit(after index: Int, _ units: [Unit]) -> (index: Int, unit: Unit)? {
    var cursor = index + 1
    while cursor < units.count {
      if !units[cursor].label.isBoilerplate && !units[cursor].label.isMetadata { return (cursor, units[cursor]) }
      cursor += 1
    }
    return nil
  }

  private func isAdjacent(_ first: Unit, _ second: (index: Int, unit: Unit)) -> Bool {
    guard let last = first.lines.last, let next = second.unit.lines.first else { return false }
    return next == last + 1
  }

  /// A bullet line is a list item when bullets of the same kind sit on the lines next to it.
  private func inTightList(_ index: Int, _ units: [Unit]) -> Bool {
    let marker = units[index].features.listMarker
    func sameList(_ other: Int) -> Bool {
      guard units.indices.contains(other), units[other].features.listMarker == marker else { return false }
      let (upper, lower) = other < index ? (units[other], units[index]) : (units[index], units[other])
      guard let last = upper.lines.last, let first = lower.lines.first else { return false }
      return first == last + 1
    }
    return sameList(index - 1) || sameList(index + 1)
  }

  /// A photo credit on the line under a caption joins the caption's block.
  private func mergeCredits(_ units: inout [Unit], region: ClosedRange<Int>?) {
    var index = units.count - 1
    while index > 0 {
      if case .body(.caption) = units[index - 1].label, case .body = units[index].label,
        let last = units[index - 1].lines.last, units[index].lines.first == last + 1,
        Self.isPhotoCredit(text(units[index]), units[index].features)
      {
        units[index - 1].lines = units[index - 1].lines.lowerBound..<units[index].lines.upperBound
        units.remove(at: index)
      }
      index -= 1
    }
  }
}
