/// Recognises lines that are page furniture by their form alone: decoration, file names, form fields,
/// link lists, counters, foreign-script teasers and the interface vocabulary of `ChromeLexicon`.
struct ChromeDetector {
  let page: Page
  /// The script of the body; letters of another script mark a line as foreign.
  let bodyScript: Script?

  /// The reason a unit is chrome, or nil when its form says nothing.
  func reason(_ unit: Unit) -> String? {
    let features = unit.features
    let bytes = page.bytes[features.body]
    if features.letters == 0 && features.digits == 0 { return "decoration" }
    if let bodyScript, let script = features.script, script != bodyScript,
      features.scriptLetters * 2 >= features.letters
    {
      return "foreign-language teaser"
    }
    if features.words <= 4 && Self.looksLikeFileName(bytes) { return "image placeholder" }
    if features.words <= 40, Self.hasFormField(bytes) { return "form field" }
    if Self.isImagePlaceholder(bytes) { return "image placeholder" }
    if features.hasURL && features.words <= 12 { return "link references" }
    let opener = features.wordHashes.first ?? 0
    if features.words <= 8, Self.isPriceTag(bytes) { return "advertising" }
    // "Tags: ferries, transportation, Gull Island": the story's labels, linked like a menu.
    if features.words <= 24, opener == Self.tagsWord || opener == Self.topicsWord,
      bytes.contains(0x3A), bytes.filter({ $0 == 0x2C }).count * 2 + 2 >= features.words / 2
    {
      return "navigation"
    }
    if features.words <= 24, Self.pointerOpeners.contains(opener) || features.linkMarkers > 0,
      Self.startsWithPointer(bytes)
    {
      return "related links"
    }
    if features.words <= 12, Self.widgetOpeners.contains(opener) || bytes.first == 0x28 || bytes.first == 0x5B,
      Self.startsWithWidget(bytes)
    {
      return "image placeholder"
    }
    let match = ChromeLexicon.match(features.wordHashes)
    // A decisive phrase decides a short line alone; in a paragraph it needs company ("…the retailer's
    // website uses cookies to track shoppers…" is news about cookies).
    // A banner speaks to the reader ("we use cookies", "your choices"); a news sentence about cookies does not.
    let addressesReader = features.wordHashes.contains { Self.readerWords.contains($0) }
    if let decisive = match.decisiveReason,
      match.phraseHits >= 2 || (features.words <= 25 && (addressesReader || features.words <= 8))
    {
      return decisive
    }
    // Counts in a widget ("Advertisement 2", "Comments (214)") are not words of the story.
    let uncovered = features.words - match.coveredWords - features.numberWords
    if match.coveredWords > 0 {
      if uncovered == 0 || (features.words >= 3 && match.coveredWords * 10 >= features.words * 6) {
        return match.reason
      }
      // One prompt phrase in a short line, unless the line reads as a news sentence with its attribution.
      if let strong = match.strongestPhraseReason, features.words <= 12,
        match.coveredWords * 4 >= features.words || features.words <= 6
      {
        return strong
      }
      // Two interface phrases in one paragraph-length line is a promotion, not a sentence of the story.
      if let strong = match.strongestPhraseReason, features.words <= 40, match.phraseHits >= 2 { return strong }
    }
    if features.linkMarkers > 0 && features.words <= features.linkMarkers * 5 + 2 { return "navigation" }
    if features.pipes >= 2 && features.words <= (features.pipes + 1) * 4 { return "navigation" }
    if features.words <= 16 && Self.breadcrumbSeparators(bytes) >= 2 { return "navigation" }
    if features.words <= 4 && features.digits > 0 && features.letters <= 12
      && DateScanner.parseWholeLine(Array(bytes)) == nil
    {
      // "1", "Haha 1", "0 members", "12 comments": widgets that count things.
      return match.reason ?? "counter widget"
    }
    return nil
  }

  /// Menus as text browsers draw them: three or more bullet items in a row, each a word or three of
  /// labels with no sentence in it.
  static func markMenus(_ units: inout [Unit], language: Int?) {
    func isMenuItem(_ unit: Unit) -> Bool {
      let features = unit.features
      guard features.listMarker != .none, features.words <= 4, features.ending == .other else { return false }
      let stops = language.map { features.stopWords[$0] } ?? 0
      return stops * 3 < max(features.words, 1) || features.words <= 2
    }
    var start = 0
    while start < units.count {
      var end = start
      while end < units.count, isMenuItem(units[end]) { end += 1 }
      if end - start >= 3 {
        for index in start..<end where units[index].label.isUndecided {
          units[index].label = .boilerplate("navigation")
        }
      }
      start = max(end, start + 1)
    }
  }

  /// Shopping links: "£189 at Marlowe & Finch", "$24.99 at Amazon".
  static func isPriceTag(_ bytes: ArraySlice<UInt8>) -> Bool {
    let currencies: [[UInt8]] = [[0x24], [0xC2, 0xA3], [0xE2, 0x82, 0xAC], [0xC2, 0xA5]]
    guard let sign = currencies.first(where: { bytes.starts(with: $0) }) else { return false }
    let afterSign = bytes.index(bytes.startIndex, offsetBy: sign.count)
    guard afterSign < bytes.endIndex, bytes[afterSign] >= 0x30 && bytes[afterSign] <= 0x39 else { return false }
    return bytes.containsSequence(Array(" at ".utf8))
  }

  /// Pointers to other stories set into a page: "Read more: …", "See also: …", "Related: …".
  static let pointerPrefixes: [[UInt8]] = [
    "read more:", "read more -", "read also:", "see also:", "related:",
    "previous:", "next:", "leia também:", "leia mais:", "veja também:", "leggi anche:", "← previous", "next post",
    "previous post",
    "more:", "also read:", "recommended:", "watch:", "listen:", "related coverage:", "related story:",
    "related article:", "further reading:", "lesen sie auch:", "mehr zum thema:", "lire aussi :", "lire aussi:",
    "à lire aussi", "te puede interesar:", "leer más:", "read next:", "don't miss:", "must read:",
  ]
  .map { Array($0.utf8) }

  static let readerWords = WordTable(words: ["we", "our", "you", "your", "us"])
  static let tagsWord = StopWords.hash(Array("tags".utf8)[...])
  static let topicsWord = StopWords.hash(Array("topics".utf8)[...])

  /// First words of `pointerPrefixes` and `widgetPrefixes`, checked before any bytes are compared.
  static let pointerOpeners = WordTable(words: [
    "read", "see", "related", "more", "also", "recommended", "watch",
    "previous", "next", "leia", "veja", "leggi", "←",
    "listen", "further", "lesen", "mehr", "lire", "à", "te", "leer", "don't", "must",
  ])
  static let widgetOpeners = WordTable(words: ["video", "thumbnail", "play", "watch", "audio", "gallery"])

  static func startsWithPointer(_ bytes: ArraySlice<UInt8>) -> Bool {
    var start = bytes.startIndex
    // Lynx puts its link number first: "[45]Read more: …" or "Read more: [45]…".
    if bytes.first == 0x5B, let close = bytes.firstIndex(of: 0x5D), close - start <= 5 { start = close + 1 }
    let head = bytes[start..<min(start + 24, bytes.endIndex)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return pointerPrefixes.contains { head.starts(with: $0) }
  }

  /// Players and thumbnails: "Video thumbnail: …", "(BUTTON) Play Video", "Image: …" alone.
  static let widgetPrefixes: [[UInt8]] = [
    "video thumbnail", "thumbnail", "(button)", "[button]", "(video)",
    "play video", "watch video", "audio:", "gallery:",
  ].map { Array($0.utf8) }

  static func startsWithWidget(_ bytes: ArraySlice<UInt8>) -> Bool {
    let head = bytes.prefix(20).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return widgetPrefixes.contains { head.starts(with: $0) }
  }

  /// Counts "›", "»" and " > " separators: "Home › News › Politics".
  static func breadcrumbSeparators(_ bytes: ArraySlice<UInt8>) -> Int {
    var count = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, bytes[index + 2] == 0xBA {
        count += 1
      } else if bytes[index] == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xBB {
        count += 1
      } else if bytes[index] == 0x3E, index > bytes.startIndex, bytes[index - 1] == 0x20 {
        count += 1
      }
      index += 1
    }
    return count
  }

  static let imageExtensions: [[UInt8]] = ["jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff"]
    .map { Array($0.utf8) }

  /// "image.png.af5e…png", "news-logo-btm.jpg", "hero_1200x800.webp".
  static func looksLikeFileName(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let dot = bytes.lastIndex(of: 0x2E) else { return false }
    let extensionBytes = bytes[(dot + 1)...].map { $0 | 0x20 }
    return imageExtensions.contains { $0 == extensionBytes } && !bytes.contains(0x20)
  }

  /// w3m and lynx render images as `[image]`, `[logo]`, `[IMG]`, `[INLINE]` or `[alt text]` alone on a line.
  static func isImagePlaceholder(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard bytes.first == 0x5B, bytes.last == 0x5D else { return false }
    var depth = 0
    for byte in bytes {
      if byte == 0x5B { depth += 1 }
      if byte == 0x5D { depth -= 1 }
    }
    return depth == 0
  }

  /// Form controls as text browsers draw them: `[          ]`, `[____]`, `[Go]`, `[Search]`, `( )`, `[X]`,
  /// lynx's `____ Search` and `(BUTTON) Go`, and select boxes such as `[U.S. Edition_]`.
  static func hasFormField(_ bytes: ArraySlice<UInt8>) -> Bool {
    if bytes.containsSequence(Array("____".utf8)) || bytes.containsSequence(Array("(BUTTON)".utf8)) { return true }
    if bytes.containsSequence(Array("_]".utf8)) { return true }
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == 0x5B {
        var cursor = index + 1
        var blanks = 0
        while cursor < bytes.endIndex, bytes[cursor] == 0x20 || bytes[cursor] == 0x5F {
          blanks += 1
          cursor += 1
        }
        if cursor < bytes.endIndex, bytes[cursor] == 0x5D, blanks >= 2 { return true }
        let word = bytes[(index + 1)..<min(cursor + 12, bytes.endIndex)]
        for button in formButtons where word.starts(with: button) {
          let after = index + 1 + button.count
          if after < bytes.endIndex, bytes[after] == 0x5D { return true }
        }
      }
      index += 1
    }
    return false
  }

  static let formButtons: [[UInt8]] = [
    "Go", "Search", "Submit", "OK", "Send", "Subscribe", "Sign up", "Login",
    "Log in", "GO", "SEARCH", "X", "x", "Suchen", "Rechercher", "Buscar",
  ].map { Array($0.utf8) }
}

extension ArraySlice where Element == UInt8 {
  /// Whether the bytes hold `needle` somewhere: a first-byte scan, then a comparison where it matches.
  func containsSequence(_ needle: [UInt8]) -> Bool {
    guard let first = needle.first, count >= needle.count else { return false }
    return withUnsafeBufferPointer { buffer in
      let last = buffer.count - needle.count
      var index = 0
      while index <= last {
        if buffer[index] == first {
          var offset = 1
          while offset < needle.count && buffer[index + offset] == needle[offset] { offset += 1 }
          if offset == needle.count { return true }
        }
        index += 1
      }
      return false
    }
  }
}
