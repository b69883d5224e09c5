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
  /// The quoted stretches of each block.
  let spans: [[QuoteMarks.Span]]

  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  func quotes() -> [QuoteDraft] {
    var drafts: [QuoteDraft] = []
    var previousBlockOpen = false
    for (blockIndex, block) in blocks.enumerated() {
      let spans = self.spans[blockIndex]
      var inBlock: [QuoteDraft] = []
      for (position, span) in spans.enumerated() {
        guard !span.isTitle else { continue }
        let sentence = sentenceIndex(containing: span.inner.lowerBound, block: blockIndex)
        let continues = position == 0 && previousBlockOpen && opensParagraph(span, block: block)
        var quote = Quote(
          block: blockIndex, sentence: sentence, range: span.inner, kind: kind(of: span, sentence: sentence),
          isUnclosed: span.isUnclosed)
        // Attribution looks back a bounded way, so a paragraph of thousands of quotations stays linear.
        let recent = Array(inBlock.suffix(Self.recentQuotes))
        let attribution = attribute(
          span, sentence: sentence, earlier: recent, all: Array(drafts.suffix(Self.recentQuotes)) + recent)
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

  /// How many earlier quotations and names a speaker is looked for among.
  static let recentQuotes = 40
  static let recentNames = 300

  /// The names that end at or before `offset`, the last `recentNames` of them, in text order.
  private func namesBefore(_ offset: Int) -> ArraySlice<ResolvedName> {
    let end = firstName(startingAtOrAfter: offset)
    var slice = names[max(0, end - Self.recentNames)..<end]
    while let last = slice.last, last.range.upperBound > offset { slice = slice.dropLast() }
    return slice
  }

  /// The names that lie inside `span`.
  private func names(in span: Range<Int>) -> ArraySlice<ResolvedName> {
    let start = firstName(startingAtOrAfter: span.lowerBound)
    var end = start
    while end < names.count, names[end].range.lowerBound < span.upperBound { end += 1 }
    return names[start..<end].filter { $0.range.upperBound <= span.upperBound }[...]
  }

  /// Index of the first name starting at or after `offset` (names are in text order and do not overlap).
  private func firstName(startingAtOrAfter offset: Int) -> Int {
    var low = 0
    var high = names.count
    while low < high {
      let middle = (low + high) / 2
      if names[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private func opensParagraph(_ span: QuoteMarks.Span, block: Block) -> Bool {
    isBlank(from: block.range.lowerBound, to: span.open)
  }

  private func opensParagraph(_ draft: QuoteDraft, block: Block) -> Bool {
    isBlank(from: block.range.lowerBound, to: draft.marked.lowerBound)
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
    let before = WordTokens.tokens(bytes, in: lookBack(from: start, to: span.open))
    let words = before.map { text($0.range).lowercased() }
    if let according = words.lastIndex(of: "according"), according + 1 < words.count, words[according + 1] == "to",
      words.count - according <= 24, wordsAfterLastComma(before, from: according, upTo: span.open) <= 2,
      !words[(according + 2)...].indices.contains(where: {
        AttributionLexicon.cues.contains(words[$0]) && !before[$0].isCapitalized
      })
    {
      return .full
    }
    // `said "this town is tough, and …"`, `told Meridian "this city voted …"`: a clause given right after the
    // verb is the statement itself, whatever its first letter.
    if let cueAt = words.suffix(6).lastIndex(where: { AttributionLexicon.cues.contains($0) }),
      !words[cueAt].hasSuffix("ing"), bytes[index - 1] != 0x2C, isVerb(at: cueAt, words, before),
      !before[before.count - 1].isPossessive, WordTokens.tokens(bytes, in: span.inner, limit: 5).count >= 5,
      !words[(cueAt + 1)...].contains(where: { embeddingWords.contains($0) }),
      !namingVerbs.contains(words[cueAt]), !opensWithVerb(span)
    {
      // `told Radyo Pilipinas "hungry people should not …"`, `told reporters outside the courtroom "my client …"`.
      return .full
    }
    if let first = WordTokens.tokens(bytes, in: span.inner, limit: 1).first, first.isCapitalized,
      let lastWord = words.suffix(4).last(where: { AttributionLexicon.cues.contains($0) }), !lastWord.hasSuffix("ing"),
      words.suffix(4).contains(lastWord), bytes[index - 1] != 0x2C || words.last == lastWord
    {
      return .full
    }
    return .partial
  }

  /// How many words stand between the last comma after word `from` and `offset`: 0 when no comma follows
  /// "according to X" and the quotation comes straight after it.
  private func wordsAfterLastComma(_ tokens: [WordToken], from: Int, upTo offset: Int) -> Int {
    let before = tokens.indices.filter { $0 > from && tokens[$0].range.upperBound <= offset }
    guard
      let lastComma = before.last(where: {
        bytes[tokens[$0 - 1].range.upperBound..<tokens[$0].range.lowerBound].contains(0x2C)
      })
    else { return 0 }
    return before.count - before.firstIndex(of: lastComma)!
  }

  /// How far before a quotation its attribution is read: "according to", a verb and its subject fit well
  /// inside, and a paragraph that never ends a sentence costs no more per quotation than a short one.
  static let lookBackBytes = 400

  /// The stretch from `lower` to `upper`, cut to its last `lookBackBytes` at a space.
  private func lookBack(from lower: Int, to upper: Int) -> Range<Int> {
    guard upper - lower > Self.lookBackBytes else { return lower..<max(lower, upper) }
    var start = upper - Self.lookBackBytes
    while start < upper, bytes[start] != 0x20 { start += 1 }
    return start..<upper
  }

  /// Words between a verb and a quotation that build the quotation into the narrator's sentence.
  private var embeddingWords: Set<String> {
    [
      "that", "as", "was", "were", "is", "are", "be", "been", "by", "of", "it", "its", "their", "his", "her", "a", "an",
      "to",
    ]
  }

  /// Verbs that name or describe something with the quoted words ("called the ruling ‘a victory’").
  private var namingVerbs: Set<String> {
    [
      "called", "calls", "calling", "described", "describes", "termed", "labelled", "labeled", "dubbed", "branded",
      "hailed", "praised", "referred", "dismissed", "characterised", "characterized",
    ]
  }

  /// A quotation that opens with a verb ("should be read aloud …") continues the narrator's sentence.
  private func opensWithVerb(_ span: QuoteMarks.Span) -> Bool {
    guard
      let first = WordTokens.tokens(
        bytes, in: span.inner.lowerBound..<min(span.inner.upperBound, span.inner.lowerBound + 24), limit: 1
      ).first
    else { return false }
    return [
      "should", "would", "could", "will", "is", "are", "was", "were", "has", "have", "had", "can", "must", "may",
      "might", "be", "being", "been", "to",
    ].contains(text(first.range).lowercased())
  }

  private func isSkippable(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0xA0 || byte == 0xC2 }

  /// Whether only spaces lie from `lower` to `upper` (nothing at all when they cross).
  private func isBlank(from lower: Int, to upper: Int) -> Bool {
    guard lower < upper else { return true }
    return (lower..<upper).allSatisfy {
      bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0xC2 || bytes[$0] == 0xA0
    }
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
      isBlank(from: previous.marked.upperBound, to: span.open)
        || sentenceBoundaryBetween(previous.marked.upperBound, span.open)
    {
      return Attribution(
        speaker: previous.quote.speaker, text: previous.quote.speakerText ?? "", cue: previous.quote.cue ?? "")
    }
    return nil
  }

  private func sentenceBoundaryBetween(_ lower: Int, _ upper: Int) -> Bool {
    guard lower < upper else { return false }
    let tokens = WordTokens.tokens(bytes, in: lower..<upper, limit: 21)
    return tokens.count <= 20 && (lower..<upper).contains { bytes[$0] == 0x2E }
  }

  /// `"…," said Cha` / `"…," Putin added` / `"…" – noted the expert` / `"…," Tass quoted Putin as saying`.
  private func attributionAfter(_ span: QuoteMarks.Span, blockEnd: Int, quotes: [QuoteDraft]) -> Attribution? {
    guard !span.isUnclosed, hasAttributiveClose(span, blockEnd: blockEnd) else { return nil }
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
    if AttributionLexicon.cues.contains(words[0].lowercased()), !first.isCapitalized {
      if words[0].lowercased() == "according" { return nil }
      let subjectStart = 1
      guard subjectStart < tokens.count else { return nil }
      // "said RDWU regional officer Gareth Lloyd-Evans": the one person before the next comma speaks.
      var clauseEnd = subjectStart + 1
      while clauseEnd < min(tokens.count, subjectStart + 8), tokens[clauseEnd].followsSpace { clauseEnd += 1 }
      let person = phrase(tokens, subjectStart..<clauseEnd, preferPerson: true).flatMap {
        $0.name?.kind == .person ? $0 : nil
      }
      let phrase = person ?? nounPhrase(tokens, from: subjectStart, limit: min(tokens.count, subjectStart + 7))
      guard let phrase else { return nil }
      return resolve(phrase, cue: words[0].lowercased(), before: span.open, quotes: quotes)
    }
    // Cha said / he added / the Kremlin said / Tass quoted Putin as saying
    guard words.count > 1 else { return nil }
    for cueIndex in 1..<min(words.count, 7)
    where AttributionLexicon.cues.contains(words[cueIndex]) && !tokens[cueIndex].isCapitalized {
      // `"…," chief executive Tomas Reijnders said`: a lower-case job title may open the phrase before a name.
      guard tokens[cueIndex].followsSpace,
        startsSpeakerPhrase(tokens[0])
          || phrase(tokens, 0..<cueIndex, preferPerson: true)?.name?.kind == .person,
        (1..<cueIndex).allSatisfy({ tokens[$0].followsSpace }),
        let phrase = speakerBefore(tokens, cueIndex)
      else { continue }
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
    return appositiveSpeaker(tokens, before: span.open, quotes: quotes)
  }

  /// `"…," Njeri Wambugu-Kariuki, chief economist at Simba Capital, told Reuters` / `"…," the bank's Monetary
  /// Policy Committee (MPC) said`: a speaker, an aside between commas or brackets, then the verb.
  private func appositiveSpeaker(_ tokens: [WordToken], before offset: Int, quotes: [QuoteDraft])
    -> Attribution?
  {
    guard let first = tokens.first, startsSpeakerPhrase(first) else { return nil }
    var firstBreak = 1
    while firstBreak < tokens.count, firstBreak < 8, tokens[firstBreak].followsSpace { firstBreak += 1 }
    guard firstBreak < tokens.count, firstBreak < 8 else { return nil }
    // The aside runs to the next comma ("general secretary of the Solvaran Dockworkers’ Federation,").
    var asideEnd = firstBreak + 1
    while asideEnd < tokens.count, asideEnd - firstBreak < 14, !commaBefore(tokens, asideEnd) { asideEnd += 1 }
    guard asideEnd < tokens.count, asideEnd - firstBreak < 14 else { return nil }
    let cue = text(tokens[asideEnd].range).lowercased()
    guard AttributionLexicon.cues.contains(cue), !tokens[asideEnd].isCapitalized, cue != "according",
      let phrase = phrase(tokens, 0..<firstBreak, preferPerson: true)
    else { return nil }
    return resolve(phrase, cue: cue, before: offset, quotes: quotes)
  }

  /// The speaker phrase that fills the words before a verb: "Anderson County Sheriff Wade Lindgren said",
  /// "the National Order Party said".
  private func speakerBefore(_ tokens: [WordToken], _ cueIndex: Int) -> NounPhrase? {
    if let phrase = nounPhrase(tokens, from: 0, limit: cueIndex), phrase.end == cueIndex { return phrase }
    if let phrase = phrase(tokens, 0..<cueIndex, preferPerson: true), phrase.name != nil { return phrase }
    // "a spokeswoman for the command said", "the union's regional officer said": a description, resolved or null.
    if cueIndex <= 8, let phrase = phrase(tokens, 0..<cueIndex),
      AttributionLexicon.determiners.contains(phrase.opening)
    {
      return phrase
    }
    return nil
  }

  /// Whether the text right after a closing mark may name the speaker: the quotation ended on a comma or a
  /// sentence mark, or a comma or dash follows the mark ("…" – noted X). "… “defensive” and pledged" may not.
  private func hasAttributiveClose(_ span: QuoteMarks.Span, blockEnd: Int) -> Bool {
    var last = span.inner.upperBound
    while last < span.close, bytes[last] == 0x20 { last += 1 }
    if last < span.close, bytes[last] == 0x2C { return true }
    // A nested quotation may end the words: "…don't worry about it,'" said X.
    var finalIndex = span.inner.upperBound - 1
    while finalIndex > span.inner.lowerBound,
      bytes[finalIndex] == 0x27 || bytes[finalIndex] == 0x99
        || bytes[finalIndex] == 0x80 || bytes[finalIndex] == 0xE2
    {
      finalIndex -= 1
    }
    let final = bytes[finalIndex]
    if final == 0x2E || final == 0x3F || final == 0x21 || final == 0x2C { return true }
    var index = span.close
    while index < blockEnd, bytes[index] == 0x20 { index += 1 }
    guard index < blockEnd else { return false }
    if bytes[index] == 0x2C || bytes[index] == 0x2D { return true }
    return bytes[index] == 0xE2 && index + 2 < blockEnd && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
  }

  /// A speaker phrase opens with a name, a pronoun or a determiner, never with "and" or "to".
  private func startsSpeakerPhrase(_ token: WordToken) -> Bool {
    let word = text(token.range)
    return token.isCapitalized || AttributionLexicon.pronouns[word] != nil
      || AttributionLexicon.determiners.contains(word) || name(startingAt: token.range.lowerBound) != nil
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
    // A semicolon closes a clause: "The union says …; the port authority puts the figure at "fewer than 900"".
    if lower < span.open, let semicolon = (lower..<span.open).last(where: { bytes[$0] == 0x3B }) {
      lower = semicolon + 1
    }
    // A quotation that opens before its sentence's first word has nothing before it to read.
    guard lower < span.open else { return nil }
    let tokens = WordTokens.tokens(bytes, in: lookBack(from: lower, to: span.open))
    guard !tokens.isEmpty else { return nil }
    let words = tokens.map { text($0.range) }
    let lowered = words.map { $0.lowercased() }
    // A verb of saying is written in lower case; "State" in "Secretary of State" is no verb.
    let lastCue = lowered.indices.last { index in
      AttributionLexicon.cues.contains(lowered[index]) && lowered[index] != "according" && !tokens[index].isCapitalized
        && isVerb(at: index, lowered, tokens)
    }
    // According to X — unless a verb of saying follows it ("according to Tass, Putin referred to it as …").
    if let according = lowered.lastIndex(of: "according"), according + 1 < words.count, lowered[according + 1] == "to",
      lastCue.map({ $0 < according }) ?? true
    {
      var end = according + 2
      while end < tokens.count, end - according < 12, tokens[end].followsSpace || end == according + 2 { end += 1 }
      if let phrase = phrase(tokens, (according + 2)..<end, preferPerson: true) {
        return resolve(phrase, cue: "according to", before: span.open, quotes: quotes)
      }
    }
    // In her opinion / in his view
    if let inIndex = lowered.firstIndex(of: "in"), inIndex + 2 < words.count,
      ["his", "her", "their"].contains(lowered[inIndex + 1]),
      ["opinion", "view", "words"].contains(lowered[inIndex + 2])
    {
      let cue = lowered[inIndex...(inIndex + 2)].joined(separator: " ")
      let phrase = NounPhrase(start: inIndex + 1, end: inIndex + 2, text: words[inIndex + 1], name: nil)
      return resolve(phrase, cue: cue, before: span.open, quotes: quotes)
    }
    guard let cueIndex = lastCue else {
      // "what the Kremlin said were “fairly artistic” depictions … including “several busts”": a second
      // quotation of a sentence shares the first one's speaker.
      if let previous = earlier.last, let speakerText = previous.quote.speakerText,
        previous.quote.sentence == sentenceIndex(containing: span.inner.lowerBound, block: previous.quote.block)
      {
        return Attribution(speaker: previous.quote.speaker, text: speakerText, cue: previous.quote.cue ?? "")
      }
      return nil
    }
    var cue = lowered[cueIndex]
    if cue.hasPrefix("refer") || cue.hasPrefix("point"), cueIndex + 1 < lowered.count, lowered[cueIndex + 1] == "to" {
      cue += " to"
    }
    // A participle continues the speaker of a quotation earlier in the sentence: "– noted Town, adding that …".
    if cue.hasSuffix("ing"), let previous = earlier.last(where: { $0.marked.upperBound <= span.open }),
      previous.quote.sentence == sentenceIndex(containing: span.inner.lowerBound, block: previous.quote.block),
      let speakerText = previous.quote.speakerText
    {
      return Attribution(speaker: previous.quote.speaker, text: speakerText, cue: cue)
    }
    if cue.hasSuffix("ing"), cueIndex > 0, !tokens[cueIndex].followsSpace {
      // "…, asserting that …": the participle's subject is the sentence's subject.
      let sentenceTokens = WordTokens.tokens(bytes, in: start..<min(span.open, start + Self.lookBackBytes))
      if let phrase = sentenceSubject(sentenceTokens) {
        return resolve(phrase, cue: cue, before: span.open, quotes: quotes)
      }
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
    /// The phrase's first word, lower-cased: "a" in "a spokeswoman for the Ogun State Police Command".
    var opening = ""
  }

  /// The subject of the verb at `cueIndex`: the words right before it back to a comma or clause word, with a
  /// relative "who" pointing to the name before it ("Kim, who expressed …").
  private func subject(_ tokens: [WordToken], before cueIndex: Int) -> NounPhrase? {
    guard cueIndex > 0 else { return nil }
    if !tokens[cueIndex].followsSpace {
      // A comma before the verb closes an appositive or a relative clause: "Okafor, who joined in 2021, told",
      // "Menon-Clarke, an analyst at Calder Securities, said", "Kim, who expressed" — or a name alone between
      // commas ("…Korea Program, Jenny Towne, said").
      var chunkStart = cueIndex - 1
      while chunkStart > 0, !commaBefore(tokens, chunkStart) { chunkStart -= 1 }
      let chunk = chunkStart..<cueIndex
      if let name = wholeName(tokens, chunk) { return name }
      let first = text(tokens[chunk.lowerBound].range)
      // "Its chair, retired teacher Harold Simms, said": a description ending in the person's name.
      if !["who", "whose", "which"].contains(first.lowercased()),
        let name = name(endingAt: tokens[chunk.upperBound - 1].stem.upperBound), name.kind == .person
      {
        let startToken = tokens.firstIndex { $0.range.lowerBound >= name.range.lowerBound } ?? chunk.lowerBound
        return NounPhrase(start: startToken, end: cueIndex, text: text(name.range), name: name)
      }
      let isAside =
        ["who", "whose", "which", "a", "an", "the", "one"].contains(first.lowercased())
        || !tokens[chunk.lowerBound].isCapitalized
      if isAside, chunkStart > 0 {
        // "Sipho Dlamini, chairperson of the Kliptown Civic Association, which brought the case, called":
        // walk back over asides to the chunk that names the person.
        var end = chunkStart
        var fallback: NounPhrase?
        for _ in 0..<3 where end > 0 {
          var previousStart = end - 1
          while previousStart > 0, !commaBefore(tokens, previousStart) { previousStart -= 1 }
          let lastToken = tokens[end - 1]
          if let name = name(endingAt: lastToken.stem.upperBound) {
            let startToken = tokens.firstIndex { $0.range.lowerBound >= name.range.lowerBound } ?? previousStart
            let found = NounPhrase(start: startToken, end: end, text: text(name.range), name: name)
            if name.kind == .person || !isAsideChunk(tokens, previousStart) { return found }
            fallback = fallback ?? found
          }
          guard isAsideChunk(tokens, previousStart) else { break }
          end = previousStart
        }
        return fallback
      }
      if first.lowercased() == "who" { return nil }
    }
    if text(tokens[cueIndex - 1].range) == "who", !tokens[cueIndex - 1].followsSpace, cueIndex >= 2 {
      // "Kim, who expressed …"
      let lastToken = tokens[cueIndex - 2]
      if let name = name(endingAt: lastToken.stem.upperBound) {
        let startToken = tokens.firstIndex { $0.range.lowerBound >= name.range.lowerBound } ?? (cueIndex - 2)
        return NounPhrase(start: startToken, end: cueIndex - 1, text: text(name.range), name: name)
      }
    }
    var start = cueIndex
    while start > 0 {
      let previous = tokens[start - 1]
      let word = text(previous.range).lowercased()
      if [
        "that", "and", "but", "which", "while", "when", "as", "if", "because", "who", "what", "where", "whom", "whose",
        "so", "since", "after", "before", "than",
      ].contains(word) {
        break
      }
      start -= 1
      if cueIndex - start > 12 { return nil }
      if !tokens[start].followsSpace { break }
    }
    guard start < cueIndex else {
      // "X described the cuts as … and said: …", "X said … but warned": coordinated verbs share the
      // sentence's subject.
      if ["and", "but"].contains(text(tokens[cueIndex - 1].range)) { return sentenceSubject(tokens) }
      return nil
    }
    return phrase(tokens, start..<cueIndex, preferPerson: true)
  }

  /// The name that is all of a chunk of words, or nil.
  private func wholeName(_ tokens: [WordToken], _ chunk: Range<Int>) -> NounPhrase? {
    guard let name = name(startingAt: tokens[chunk.lowerBound].range.lowerBound),
      name.range.upperBound >= tokens[chunk.upperBound - 1].stem.upperBound
    else { return nil }
    return NounPhrase(start: chunk.lowerBound, end: chunk.upperBound, text: text(name.range), name: name)
  }

  /// "the German pledge", "a call": a cue word after a determiner or an adjective of nationality is a noun; "would
  /// add to" adds, it does not speak.
  private func isVerb(at index: Int, _ lowered: [String], _ tokens: [WordToken]) -> Bool {
    if index > 0, tokens[index].followsSpace {
      let previous = lowered[index - 1]
      if AttributionLexicon.determiners.contains(previous) && previous != "that" { return false }
      if tokens[index - 1].isCapitalized, Gazetteer.demonym(text(tokens[index - 1].stem)) != nil { return false }
    }
    if lowered[index].hasPrefix("add"), index + 1 < lowered.count, lowered[index + 1] == "to" { return false }
    return true
  }

  /// The first noun phrase of a sentence, up to its first comma or verb-like word.
  private func sentenceSubject(_ tokens: [WordToken]) -> NounPhrase? {
    guard let first = tokens.first, startsSpeakerPhrase(first) else { return nil }
    if AttributionLexicon.pronouns[text(first.range)] != nil {
      return NounPhrase(start: 0, end: 1, text: text(first.range), name: nil)
    }
    // "Labour group leader Steffan Rhys-Omole described …": the words before the sentence's first verb of saying.
    let lowered = tokens.prefix(12).map { text($0.range).lowercased() }
    if let verb = lowered.indices.first(where: { index in
      index > 0 && AttributionLexicon.cues.contains(lowered[index]) && !tokens[index].isCapitalized
        && isVerb(at: index, lowered, tokens)
    }), let subject = phrase(tokens, 0..<verb, preferPerson: true), subject.name != nil {
      return subject
    }
    var end = 1
    while end < tokens.count, end < 9,
      tokens[end].followsSpace
        || WordTokens.isPluralPossessiveGap(bytes, between: tokens[end - 1], and: tokens[end])
    {
      let token = tokens[end]
      let word = text(token.range)
      if !token.isCapitalized && !NameLexicon.connectors.contains(word)
        && name(startingAt: token.range.lowerBound) == nil
      {
        break
      }
      end += 1
    }
    return phrase(tokens, 0..<end)
  }

  /// Whether the chunk that starts at `index` is an aside: a relative clause or a description, not a name.
  private func isAsideChunk(_ tokens: [WordToken], _ index: Int) -> Bool {
    let first = text(tokens[index].range)
    return ["who", "whose", "which", "a", "an", "the", "one"].contains(first.lowercased())
      || !tokens[index].isCapitalized
  }

  /// Whether a comma stands between a word and the one before it.
  private func commaBefore(_ tokens: [WordToken], _ index: Int) -> Bool {
    guard index > 0 else { return true }
    return bytes[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(0x2C)
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
      if (AttributionLexicon.cues.contains(next) && !tokens[end].isCapitalized)
        || ["that", "who", "on", "in", "at", "as", "to", "for"].contains(next)
      {
        break
      }
      end += 1
    }
    return phrase(tokens, start..<end)
  }

  private func phrase(_ tokens: [WordToken], _ range: Range<Int>, preferPerson: Bool = false) -> NounPhrase? {
    guard !range.isEmpty else { return nil }
    let span = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    if preferPerson {
      // "According to US Secretary of State Antony Blinken in Washington": the person, not the place.
      let people = names(in: span).filter {
        $0.kind == .person && !isPossessive(after: $0.range.upperBound)
      }
      if let person = people.last, people.count == 1 {
        return NounPhrase(
          start: range.lowerBound, end: range.upperBound, text: text(person.range), name: person,
          opening: text(tokens[range.lowerBound].range).lowercased())
      }
    }
    // The name nearest the verb is the speaker: "US Secretary of State Anthony Blinken said".
    let inside = Array(names(in: span))
    let opening = text(tokens[range.lowerBound].range).lowercased()
    if let last = inside.last, last.range.upperBound >= tokens[range.upperBound - 1].stem.upperBound {
      let conjoined = inside.count >= 2 && text(span).contains(" and ")
      if !conjoined {
        return NounPhrase(
          start: range.lowerBound, end: range.upperBound, text: text(last.range), name: last, opening: opening)
      }
    }
    return NounPhrase(start: range.lowerBound, end: range.upperBound, text: text(span), name: nil, opening: opening)
  }

  private func isPossessive(after offset: Int) -> Bool {
    guard offset < bytes.count else { return false }
    if bytes[offset] == 0x27 { return true }
    return bytes[offset] == 0xE2 && offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x99
  }

  private func name(startingAt offset: Int) -> ResolvedName? {
    let index = firstName(startingAtOrAfter: offset)
    return index < names.count && names[index].range.lowerBound == offset ? names[index] : nil
  }

  private func name(endingAt offset: Int) -> ResolvedName? {
    let index = firstName(startingAtOrAfter: offset)
    return index > 0 && names[index - 1].range.upperBound == offset ? names[index - 1] : nil
  }

  /// Turns a speaker phrase into an entity key: names as resolved, pronouns and role descriptions to the person
  /// quoted or named last, unnamed and plural speakers to nil.
  private func resolve(_ phrase: NounPhrase, cue: String, before offset: Int, quotes: [QuoteDraft]) -> Attribution {
    if ["a", "an", "one", "two", "several", "some"].contains(phrase.opening) {
      // "a spokeswoman for the Ogun State Police Command": an unnamed person, whoever employs them.
      return Attribution(speaker: nil, text: phrase.text, cue: cue)
    }
    if let name = phrase.name, name.kind != .place || cue != "according to" {
      return Attribution(speaker: name.key, text: phrase.text, cue: cue)
    }
    let words = phrase.text.split(separator: " ").map(String.init)
    guard let first = words.first else { return Attribution(speaker: nil, text: phrase.text, cue: cue) }
    if let singular = AttributionLexicon.pronouns[first], words.count == 1 {
      let speaker =
        singular
        ? personInParagraph(before: offset, quotes: quotes) ?? recentSpeaker(before: offset, quotes: quotes)
          ?? lastPerson(before: offset, quotes: quotes) : nil
      return Attribution(speaker: speaker, text: phrase.text, cue: cue)
    }
    let head = words.last.map { $0.lowercased() } ?? ""
    let determiner = first.lowercased()
    if determiner == "the" || determiner == "this" {
      if words.contains(where: { AttributionLexicon.personRoles.contains($0.lowercased()) }), !head.hasSuffix("s") {
        let speaker =
          describedPerson(words, before: offset, quotes: quotes)
          ?? recentSpeaker(before: offset, quotes: quotes) ?? mostNamedPerson(before: offset)
        return Attribution(speaker: speaker, text: phrase.text, cue: cue)
      }
      if AttributionLexicon.organizationRoles.contains(head) {
        let speaker = describedOrganization(words, before: offset) ?? lastOrganization(before: offset)
        return Attribution(speaker: speaker, text: phrase.text, cue: cue)
      }
    }
    return Attribution(speaker: nil, text: phrase.text, cue: cue)
  }

  /// The last person named in this paragraph before the quotation, outside quotation marks: "Ibáñez Soto conceded
  /// defeat. "…," he said."
  private func personInParagraph(before offset: Int, quotes: [QuoteDraft]) -> String? {
    guard let block = blocks.first(where: { $0.range.contains(offset) }) else { return nil }
    return namesBefore(offset).last { name in
      name.kind == .person && name.range.lowerBound >= block.range.lowerBound
        && !quotes.contains { $0.marked.contains(name.range.lowerBound) } && opensSentence(name)
    }?.key
  }

  /// Whether a name is its sentence's subject: only capitalised words (a title, "The") stand before it.
  private func opensSentence(_ name: ResolvedName) -> Bool {
    guard sentences.indices.contains(name.sentence) else { return false }
    let sentenceStart = sentences[name.sentence].range.lowerBound
    guard sentenceStart <= name.range.lowerBound else { return false }
    let before = WordTokens.tokens(bytes, in: sentenceStart..<name.range.lowerBound)
    return before.count <= 4 && before.allSatisfy(\.isCapitalized)
  }

  /// The person the article names most before `offset`: "the president" with no other clue is the story's main
  /// figure.
  private func mostNamedPerson(before offset: Int) -> String? {
    var counts: [String: (count: Int, first: Int)] = [:]
    for name in namesBefore(offset) where name.kind == .person {
      let entry = counts[name.key] ?? (0, name.range.lowerBound)
      counts[name.key] = (entry.count + 1, entry.first)
    }
    return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
  }

  /// The person quoted last, when that was in this paragraph or the one before: "he said" after a quotation
  /// goes on with its speaker.
  private func recentSpeaker(before offset: Int, quotes: [QuoteDraft]) -> String? {
    guard let last = quotes.last(where: { $0.marked.upperBound <= offset && $0.quote.speaker != nil }),
      let speaker = last.quote.speaker, names.contains(where: { $0.key == speaker && $0.kind == .person })
    else { return nil }
    let currentBlock = blocks.firstIndex { $0.range.contains(offset) } ?? last.quote.block
    return currentBlock - last.quote.block <= 1 ? speaker : nil
  }

  /// "the head Stimson Center Korea Program": the person whose sentence, where the article named them, shares
  /// most of the description's words.
  private func describedPerson(_ words: [String], before offset: Int, quotes: [QuoteDraft]) -> String? {
    let described = Set(words.dropFirst().map { $0.lowercased() }.filter { $0.count > 2 })
    guard !described.isEmpty else { return nil }
    let needed = described.count >= 2 ? 2 : 1
    var best: (score: Int, key: String)?
    var seen: Set<String> = []
    for name in namesBefore(offset) where name.kind == .person && !seen.contains(name.key) {
      seen.insert(name.key)
      guard sentences.indices.contains(name.sentence) else { continue }
      // The words around the name: its title before it, an appositive after it.
      // One word must be the title right before the name ("the judge" → "District Judge Harriet …").
      let reach = needed == 1 ? 0 : 60
      let window =
        max(
          sentences[name.sentence].range.lowerBound, name.range.lowerBound - (needed == 1 ? 30 : 60))..<min(
          sentences[name.sentence].range.upperBound, name.range.upperBound + reach)
      let before = WordTokens.tokens(bytes, in: window.lowerBound..<name.range.lowerBound).map {
        text($0.stem).lowercased()
      }
      let after = WordTokens.tokens(bytes, in: name.range.upperBound..<window.upperBound).map {
        text($0.stem).lowercased()
      }
      // A title right before the name says more than words after it.
      let score = 2 * described.intersection(before.suffix(4)).count + described.intersection(before + after).count
      if score >= needed, score > (best?.score ?? 0) { best = (score, name.key) }
    }
    return best?.key
  }

  /// The person a pronoun or "the expert" most likely means: the last person quoted or named before, outside
  /// quotation marks.
  private func lastPerson(before offset: Int, quotes: [QuoteDraft]) -> String? {
    var best: (offset: Int, key: String)?
    for name in namesBefore(offset) where name.kind == .person {
      if quotes.contains(where: { $0.marked.contains(name.range.lowerBound) }) { continue }
      best = (name.range.lowerBound, name.key)
    }
    if let speaker = quotes.last(where: { $0.marked.upperBound <= offset && $0.quote.speaker != nil }),
      let speakerKey = speaker.quote.speaker, let best,
      names.contains(where: { $0.key == speakerKey && $0.kind == .person })
    {
      // Prefer the last speaker when no other person was named after that quotation.
      if best.offset < speaker.marked.upperBound { return speakerKey }
    }
    return best?.key
  }

  /// "the weather service" → the National Weather Service: an organisation whose name holds every word of the
  /// description.
  private func describedOrganization(_ words: [String], before offset: Int) -> String? {
    let described = words.dropFirst().map { $0.lowercased() }
    guard !described.isEmpty else { return nil }
    if described.count == 1 {
      // "the union", "the ministry": the organisation whose name that word heads.
      return namesBefore(offset).last { name in
        guard name.kind == .organization else { return false }
        return name.key.lowercased().split(separator: " ").contains { $0 == described[0] }
      }?.key
    }
    return namesBefore(offset).last { name in
      guard name.kind == .organization else { return false }
      let nameWords = Set(name.key.lowercased().split(separator: " ").map(String.init))
      return described.allSatisfy { nameWords.contains($0) }
    }?.key
  }

  /// "the company said": the organisation the story is about, the one named most before the quotation.
  private func lastOrganization(before offset: Int) -> String? {
    var counts: [String: (count: Int, first: Int)] = [:]
    for name in namesBefore(offset) where name.kind == .organization {
      let entry = counts[name.key] ?? (0, name.range.lowerBound)
      counts[name.key] = (entry.count + 1, entry.first)
    }
    return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
  }
}
