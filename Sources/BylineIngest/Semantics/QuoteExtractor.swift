import BylineModel

/// A name of the article, resolved within it to an entity key (a surname to the full name given earlier).
struct ResolvedName: Hashable, Sendable {
  var range: Range<Int>
  var kind: EntityKind
  var key: String
  var sentence: Int
}

/// A quotation before the corpus unifies its speaker's name.
struct QuoteDraft: Hashable, Sendable {
  var quote: Quote
  /// Opening mark to closing mark, for telling names inside the quote from names around it.
  var marked: Range<Int>
}

/// Finds the quotations of an article's body and their speakers.
struct QuoteExtractor {
  let bytes: UnsafeBufferPointer<UInt8>
  let blocks: [Block]
  let sentences: [Sentence]
  /// Every resolved name of the article, in text order.
  let names: [ResolvedName]

  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  func quotes() -> [QuoteDraft] {
    var drafts: [QuoteDraft] = []
    var previousBlockOpen = false
    for (blockIndex, block) in blocks.enumerated() {
      let spans = QuoteMarks.spans(bytes, in: block.range)
      var inBlock: [QuoteDraft] = []
      for (position, span) in spans.enumerated() {
        guard !QuoteMarks.isTitle(bytes, span) else { continue }
        let sentence = sentenceIndex(containing: span.inner.lowerBound, block: blockIndex)
        let continues = position == 0 && previousBlockOpen && opensParagraph(span, block: block)
        var quote = Quote(
          block: blockIndex, sentence: sentence, range: span.inner, kind: kind(of: span, sentence: sentence),
          isUnclosed: span.isUnclosed)
        let attribution = attribute(span, sentence: sentence, earlier: inBlock, all: drafts + inBlock)
        if let attribution {
          quote.speaker = attribution.speaker
          quote.speakerText = attribution.text
          quote.cue = attribution.cue
        } else if continues, let previous = drafts.last {
          quote.speaker = previous.quote.speaker
          quote.speakerText = previous.quote.speakerText
          quote.cue = previous.quote.cue
          quote.kind = previous.quote.kind
        }
        inBlock.append(QuoteDraft(quote: quote, marked: span.open..<span.close))
      }
      // A quote left open at the end of a paragraph that the next paragraph reopens is one quotation; the
      // speaker, named in either part, belongs to both.
      if let first = inBlock.first, first.quote.speakerText == nil, previousBlockOpen,
        let previous = drafts.last, previous.quote.speakerText != nil, opensParagraph(first, block: block)
      {
        inBlock[0].quote.speaker = previous.quote.speaker
        inBlock[0].quote.speakerText = previous.quote.speakerText
        inBlock[0].quote.cue = previous.quote.cue
      }
      if let last = drafts.last, last.quote.isUnclosed, last.quote.speakerText == nil,
        let first = inBlock.first, first.quote.speakerText != nil, previousBlockOpen
      {
        drafts[drafts.count - 1].quote.speaker = first.quote.speaker
        drafts[drafts.count - 1].quote.speakerText = first.quote.speakerText
        drafts[drafts.count - 1].quote.cue = first.quote.cue
      }
      previousBlockOpen = spans.last?.isUnclosed ?? false
      drafts += inBlock
    }
    return drafts
  }

  private func opensParagraph(_ span: QuoteMarks.Span, block: Block) -> Bool {
    isBlank(block.range.lowerBound..<span.open)
  }

  private func opensParagraph(_ draft: QuoteDraft, block: Block) -> Bool {
    isBlank(block.range.lowerBound..<draft.marked.lowerBound)
  }

  private func sentenceIndex(containing offset: Int, block: Int) -> Int {
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return min(low, max(sentences.count - 1, 0))
  }

  // MARK: - Titles and kinds

  /// Full when the quotation stands as a statement: it opens its paragraph or sentence, follows a colon or an
  /// "according to …", or is introduced by a speaking verb and opens with a capital.
  private func kind(of span: QuoteMarks.Span, sentence: Int) -> Quote.Kind {
    let start = sentences.indices.contains(sentence) ? min(sentences[sentence].range.lowerBound, span.open) : span.open
    var index = span.open
    while index > start, isSkippable(bytes[index - 1]) { index -= 1 }
    if index <= start { return .full }
    let previous = bytes[index - 1]
    if previous == 0x3A || previous == 0x2E || previous == 0x3F || previous == 0x21 { return .full }
    // A dash or a closing mark before: "…the West” – “We will…"
    if previous == 0x93 || previous == 0x94, index >= 3, bytes[index - 3] == 0xE2 { return .full }
    let before = WordTokens.tokens(bytes, in: start..<span.open)
    let words = before.map { text($0.range).lowercased() }
    if let according = words.lastIndex(of: "according"), according + 1 < words.count, words[according + 1] == "to",
      words.count - according <= 10
    {
      return .full
    }
    if let first = WordTokens.tokens(bytes, in: span.inner).first, first.isCapitalized,
      let lastWord = words.suffix(4).last(where: { AttributionLexicon.cues.contains($0) }), !lastWord.hasSuffix("ing"),
      words.suffix(4).contains(lastWord), bytes[index - 1] != 0x2C || words.last == lastWord
    {
      return .full
    }
    return .partial
  }

  private func isSkippable(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0xA0 || byte == 0xC2 }

  private func isBlank(_ range: Range<Int>) -> Bool {
    range.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0xC2 || bytes[$0] == 0xA0 }
  }

  // MARK: - Speakers

  struct Attribution {
    var speaker: String?
    var text: String
    var cue: String
  }

  private func attribute(_ span: QuoteMarks.Span, sentence: Int, earlier: [QuoteDraft], all: [QuoteDraft])
    -> Attribution?
  {
    let sentenceRange = sentences.indices.contains(sentence) ? sentences[sentence].range : span.inner
    let blockRange = blocks[sentences.indices.contains(sentence) ? sentences[sentence].block : 0].range
    if let after = attributionAfter(span, blockEnd: blockRange.upperBound, quotes: all) { return after }
    if let before = attributionBefore(span, from: sentenceRange.lowerBound, quotes: all, earlier: earlier) {
      return before
    }
    // "…," said Cha. "That may lower the bar…": a second quotation of the same paragraph with no attribution of
    // its own continues the first speaker.
    if let previous = earlier.last, previous.quote.speakerText != nil,
      isBlank(previous.marked.upperBound..<span.open) || sentenceBoundaryBetween(previous.marked.upperBound, span.open)
    {
      return Attribution(
        speaker: previous.quote.speaker, text: previous.quote.speakerText ?? "", cue: previous.quote.cue ?? "")
    }
    return nil
  }

  private func sentenceBoundaryBetween(_ lower: Int, _ upper: Int) -> Bool {
    guard lower < upper else { return false }
    let tokens = WordTokens.tokens(bytes, in: lower..<upper)
    return tokens.count <= 4 && (lower..<upper).contains { bytes[$0] == 0x2E }
  }

  /// `"…," said Cha` / `"…," Putin added` / `"…" – noted the expert` / `"…," Tass quoted Putin as saying`.
  private func attributionAfter(_ span: QuoteMarks.Span, blockEnd: Int, quotes: [QuoteDraft]) -> Attribution? {
    guard !span.isUnclosed else { return nil }
    var index = span.close
    var sawPunctuation = false
    while index < blockEnd {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x2C || byte == 0x2D || byte == 0x09 {
        index += 1
      } else if byte == 0xE2, index + 2 < blockEnd, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
      {
        index += 3
      } else if byte == 0xC2, index + 1 < blockEnd, bytes[index + 1] == 0xA0 {
        index += 2
      } else if byte == 0x2E && !sawPunctuation {
        sawPunctuation = true
        index += 1
      } else {
        break
      }
    }
    let tokens = WordTokens.tokens(bytes, in: index..<min(blockEnd, index + 200))
    guard let first = tokens.first, first.range.lowerBound == index else { return nil }
    let words = tokens.prefix(8).map { text($0.range) }
    // said Cha / noted the expert / added Putin
    if AttributionLexicon.cues.contains(words[0].lowercased()), !sawPunctuation || !first.isCapitalized {
      if words[0].lowercased() == "according" { return nil }
      let subjectStart = 1
      guard subjectStart < tokens.count else { return nil }
      let phrase = nounPhrase(tokens, from: subjectStart, limit: min(tokens.count, subjectStart + 7))
      guard let phrase else { return nil }
      return resolve(phrase, cue: words[0].lowercased(), before: span.open, quotes: quotes)
    }
    // Cha said / he added / the Kremlin said / Tass quoted Putin as saying
    for cueIndex in 1..<min(words.count, 7) where AttributionLexicon.cues.contains(words[cueIndex].lowercased()) {
      guard tokens[cueIndex].followsSpace, let phrase = nounPhrase(tokens, from: 0, limit: cueIndex),
        phrase.end == cueIndex
      else { return nil }
      let cue = words[cueIndex].lowercased()
      if cue == "quoted" || cue == "quoting",
        let quoted = nounPhrase(tokens, from: cueIndex + 1, limit: min(tokens.count, cueIndex + 6))
      {
        let rest = words.dropFirst(quoted.end).prefix(2).joined(separator: " ").lowercased()
        if rest == "as saying" {
          return resolve(quoted, cue: "quoted as saying", before: span.open, quotes: quotes)
        }
      }
      return resolve(phrase, cue: cue, before: span.open, quotes: quotes)
    }
    return nil
  }

  /// `X said: "…"` / `According to X, "…"` / `X told reporters that … "…"` / `In her opinion, … "…"`.
  private func attributionBefore(_ span: QuoteMarks.Span, from start: Int, quotes: [QuoteDraft], earlier: [QuoteDraft])
    -> Attribution?
  {
    // Words quoted earlier in the sentence are not the narrator's.
    var lower = start
    for draft in earlier where draft.marked.upperBound <= span.open && draft.marked.upperBound > lower {
      if draft.marked.lowerBound >= start { lower = max(lower, draft.marked.upperBound) }
    }
    let tokens = WordTokens.tokens(bytes, in: lower..<span.open)
    guard !tokens.isEmpty else { return nil }
    let words = tokens.map { text($0.range) }
    let lowered = words.map { $0.lowercased() }
    // According to X
    if let according = lowered.lastIndex(of: "according"), according + 1 < words.count, lowered[according + 1] == "to",
      let phrase = nounPhrase(tokens, from: according + 2, limit: min(tokens.count, according + 12))
    {
      return resolve(phrase, cue: "according to", before: span.open, quotes: quotes)
    }
    // In her opinion / in his view
    if let inIndex = lowered.firstIndex(of: "in"), inIndex + 2 < words.count,
      ["his", "her", "their"].contains(lowered[inIndex + 1]), ["opinion", "view", "words"].contains(lowered[inIndex + 2])
    {
      let cue = lowered[inIndex...(inIndex + 2)].joined(separator: " ")
      let phrase = NounPhrase(start: inIndex + 1, end: inIndex + 2, text: words[inIndex + 1], name: nil)
      return resolve(phrase, cue: cue, before: span.open, quotes: quotes)
    }
    guard let cueIndex = lowered.lastIndex(where: { AttributionLexicon.cues.contains($0) && $0 != "according" }) else {
      return nil
    }
    let cue = lowered[cueIndex]
    // A participle continues the speaker of a quotation earlier in the sentence: "– noted Town, adding that …".
    if cue.hasSuffix("ing"), let previous = earlier.last(where: { $0.marked.upperBound <= span.open }),
      previous.quote.sentence == sentenceIndex(containing: span.inner.lowerBound, block: previous.quote.block),
      let speakerText = previous.quote.speakerText
    {
      return Attribution(speaker: previous.quote.speaker, text: speakerText, cue: cue)
    }
    if let phrase = subject(tokens, before: cueIndex) {
      return resolve(phrase, cue: cue, before: span.open, quotes: quotes)
    }
    return nil
  }

  struct NounPhrase {
    /// Token indices.
    var start: Int
    var end: Int
    var text: String
    var name: ResolvedName?
  }

  /// The subject of the verb at `cueIndex`: the words right before it back to a comma or clause word, with a
  /// relative "who" pointing to the name before it ("Kim, who expressed …").
  private func subject(_ tokens: [WordToken], before cueIndex: Int) -> NounPhrase? {
    var start = cueIndex
    while start > 0 {
      let previous = tokens[start - 1]
      let word = text(previous.range)
      if !tokens[start].followsSpace && start < cueIndex {
        // "Jenny Towne, said": an appositive comma before the verb.
        if start == cueIndex - 0 { break }
        break
      }
      if ["that", "and", "but", "which", "while", "when", "as", "if", "because"].contains(word.lowercased()) {
        break
      }
      if ["who", "which"].contains(word.lowercased()) { break }
      start -= 1
      if cueIndex - start > 7 { return nil }
      if !previous.followsSpace { break }
    }
    if start == cueIndex {
      // "Jenny Towne, said" or "Kim, who expressed": look past the comma.
      guard cueIndex > 0 else { return nil }
      var nameEnd = cueIndex
      if text(tokens[cueIndex - 1].range).lowercased() == "who" { nameEnd = cueIndex - 1 }
      guard nameEnd > 0 else { return nil }
      let lastToken = tokens[nameEnd - 1]
      guard let name = name(endingAt: lastToken.stem.upperBound) ?? name(endingAt: lastToken.range.upperBound) else {
        return nil
      }
      let startToken = tokens.firstIndex { $0.range.lowerBound >= name.range.lowerBound } ?? (nameEnd - 1)
      return NounPhrase(start: startToken, end: nameEnd, text: text(name.range), name: name)
    }
    return phrase(tokens, start..<cueIndex)
  }

  /// A speaker phrase that starts at `start`: a name, a pronoun, or a determiner and up to five words.
  private func nounPhrase(_ tokens: [WordToken], from start: Int, limit: Int) -> NounPhrase? {
    guard start < limit, start < tokens.count else { return nil }
    if let name = name(startingAt: tokens[start].range.lowerBound) {
      var end = start
      while end < limit, tokens[end].range.lowerBound < name.range.upperBound { end += 1 }
      return NounPhrase(start: start, end: end, text: text(name.range), name: name)
    }
    let word = text(tokens[start].range)
    if AttributionLexicon.pronouns[word] != nil {
      return NounPhrase(start: start, end: start + 1, text: word, name: nil)
    }
    // A determiner phrase runs to the next verb-like or clause word; cap it at six words.
    var end = start + 1
    while end < limit, end - start < 6, tokens[end].followsSpace {
      let next = text(tokens[end].range).lowercased()
      if AttributionLexicon.cues.contains(next) || ["that", "who", "on", "in", "at", "as", "to", "for"].contains(next) {
        break
      }
      end += 1
    }
    return phrase(tokens, start..<end)
  }

  private func phrase(_ tokens: [WordToken], _ range: Range<Int>) -> NounPhrase? {
    guard !range.isEmpty else { return nil }
    let span = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    // The name nearest the verb is the speaker: "US Secretary of State Anthony Blinken said".
    let inside = names.filter { span.contains($0.range.lowerBound) && $0.range.upperBound <= span.upperBound }
    if let last = inside.last, last.range.upperBound >= tokens[range.upperBound - 1].stem.upperBound {
      let conjoined = inside.count >= 2 && text(span).contains(" and ")
      if !conjoined {
        return NounPhrase(start: range.lowerBound, end: range.upperBound, text: text(last.range), name: last)
      }
    }
    return NounPhrase(start: range.lowerBound, end: range.upperBound, text: text(span), name: nil)
  }

  private func name(startingAt offset: Int) -> ResolvedName? {
    names.first { $0.range.lowerBound == offset }
  }

  private func name(endingAt offset: Int) -> ResolvedName? {
    names.last { $0.range.upperBound == offset }
  }

  /// Turns a speaker phrase into an entity key: names as resolved, pronouns and role descriptions to the person
  /// quoted or named last, unnamed and plural speakers to nil.
  private func resolve(_ phrase: NounPhrase, cue: String, before offset: Int, quotes: [QuoteDraft]) -> Attribution {
    if let name = phrase.name, name.kind != .place || cue != "according to" {
      return Attribution(speaker: name.key, text: phrase.text, cue: cue)
    }
    let words = phrase.text.split(separator: " ").map(String.init)
    guard let first = words.first else { return Attribution(speaker: nil, text: phrase.text, cue: cue) }
    if let singular = AttributionLexicon.pronouns[first], words.count == 1 {
      return Attribution(speaker: singular ? lastPerson(before: offset, quotes: quotes) : nil, text: phrase.text, cue: cue)
    }
    let head = words.last.map { $0.lowercased() } ?? ""
    let determiner = first.lowercased()
    if determiner == "the" || determiner == "this" {
      if words.contains(where: { AttributionLexicon.personRoles.contains($0.lowercased()) }), !head.hasSuffix("s") {
        return Attribution(speaker: lastPerson(before: offset, quotes: quotes), text: phrase.text, cue: cue)
      }
      if AttributionLexicon.organizationRoles.contains(head) {
        return Attribution(speaker: lastOrganization(before: offset), text: phrase.text, cue: cue)
      }
    }
    return Attribution(speaker: nil, text: phrase.text, cue: cue)
  }

  /// The person a pronoun or "the expert" most likely means: the last person quoted or named before, outside
  /// quotation marks.
  private func lastPerson(before offset: Int, quotes: [QuoteDraft]) -> String? {
    var best: (offset: Int, key: String)?
    for name in names where name.kind == .person && name.range.upperBound <= offset {
      if quotes.contains(where: { $0.marked.contains(name.range.lowerBound) }) { continue }
      best = (name.range.lowerBound, name.key)
    }
    if let speaker = quotes.last(where: { $0.marked.upperBound <= offset && $0.quote.speaker != nil }),
      let speakerKey = speaker.quote.speaker, let best, names.contains(where: { $0.key == speakerKey && $0.kind == .person })
    {
      // Prefer the last speaker when no other person was named after that quotation.
      if best.offset < speaker.marked.upperBound { return speakerKey }
    }
    return best?.key
  }

  private func lastOrganization(before offset: Int) -> String? {
    names.last { $0.kind == .organization && $0.range.upperBound <= offset }?.key
  }
}
