import BylineModel

/// What one article's analysis leaves for the corpus to decide.
struct SemanticDraft: Sendable {
  /// Single capitalised words that are names only if another article names that person in full ("Blinken").
  var pending: [Mention] = []
  /// Entity keys that came from the gazetteer or the organisation list and are canonical already.
  var canonicalKeys: Set<String> = []

  init() {}
}

/// Fills the semantic layer of one article: names, quotations with speakers, numbers and dates.
enum SemanticAnalysis {
  static func analyze(_ article: inout Article) -> SemanticDraft {
    var draft = SemanticDraft()
    let bytes = Array(article.text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let spans = article.blocks.map { QuoteMarks.spans(buffer, in: $0.range) }
      let names = resolveNames(in: article, bytes: buffer, quoteSpans: spans, draft: &draft)
      article.mentions = names.map { name in
        Mention(
          entity: name.key, kind: name.kind, block: article.sentences[name.sentence].block, sentence: name.sentence,
          range: name.range)
      }
      let extractor = QuoteExtractor(
        bytes: buffer, blocks: article.blocks, sentences: article.sentences, names: names, spans: spans)
      article.quotes = extractor.quotes().map(\.quote)
      article.numbers = numbers(in: article, bytes: buffer)
      article.dates = pageDates(of: article) + bodyDates(in: article, bytes: buffer, reference: article.date)
    }
    return draft
  }

  // MARK: - Names

  static func resolveNames(
    in article: Article, bytes: UnsafeBufferPointer<UInt8>, quoteSpans: [[QuoteMarks.Span]],
    draft: inout SemanticDraft
  ) -> [ResolvedName] {
    let recognizer = NameRecognizer(bytes: bytes)
    let titleSpans = quoteSpans.joined().filter(\.isTitle).map(\.inner)
    var candidates: [NameCandidate] = []
    // Words of the sentences that hold a lone capitalised word, for looking at the verbs beside it.
    var sentenceTokens: [Int: [WordToken]] = [:]
    for (index, sentence) in article.sentences.enumerated() {
      let isHeading = article.blocks[sentence.block].kind == .heading
      let words = WordTokens.tokens(bytes, in: sentence.range)
      let found = recognizer.candidates(in: words, sentence: index, isHeading: isHeading)
      if found.contains(where: { $0.evidence == .needsSupport }) {
        sentenceTokens[index] = words
      }
      candidates += found
    }
    if !titleSpans.isEmpty {
      candidates.removeAll { candidate in titleSpans.contains { $0.contains(candidate.range.lowerBound) } }
    }
    // Full names of people, for surnames and first names used alone later ("Cha", "Kim").
    var fullNames: [String: Int] = [:]
    var byWord: [String: [String]] = [:]
    for candidate in candidates
    where candidate.kind == .person && candidate.evidence == .certain && !isInCapitals(candidate.key) {
      let words = personWords(candidate.key)
      guard words.count >= 2 else { continue }
      if fullNames[candidate.key] == nil {
        for word in Set(words) { byWord[word, default: []].append(candidate.key) }
      }
      fullNames[candidate.key, default: 0] += 1
    }
    // Each word's owner is the full name written most with it; computed once, so an article naming thousands of
    // people stays linear.
    var owner: [String: String] = [:]
    for (word, names) in byWord {
      owner[word] = names.max { (fullNames[$0] ?? 0, $1) < (fullNames[$1] ?? 0, $0) }
    }
    var byFold: [String: String] = [:]
    var bySuffix: [String: String] = [:]
    for name in fullNames.keys.sorted() {
      byFold[FormTable.fold(name)] = byFold[FormTable.fold(name)] ?? name
      let words = personWords(name)
      guard words.count >= 3 else { continue }
      for start in 1..<(words.count - 1) {
        let suffix = words[start...].joined(separator: " ").lowercased()
        bySuffix[suffix] = bySuffix[suffix] ?? name
      }
    }
    // "Pathline" after "Pathline Data Inc.", "Harwood" after "Harwood & Pryce": an organisation's first word.
    var organizationsByFirstWord: [String: String] = [:]
    for candidate in candidates where candidate.kind == .organization {
      guard let first = companyFirstWord(candidate.range, bytes: bytes, recognizer: recognizer) else { continue }
      organizationsByFirstWord[first] = organizationsByFirstWord[first] ?? candidate.key
    }
    // "Fiscalía General de la República (FGR)", "National Energy Regulator of South Africa (NERSA)": a name
    // followed by the acronym of its initials in brackets is an organisation, and the acronym names it too.
    var acronyms: [String: String] = [:]
    for index in candidates.indices where candidates[index].kind != .place {
      guard let acronym = bracketedAcronym(after: candidates[index].range, bytes: bytes),
        initials(of: recognizer.text(candidates[index].range)) == acronym
      else { continue }
      candidates[index].kind = .organization
      candidates[index].evidence = .certain
      acronyms[acronym] = candidates[index].key
    }
    if !acronyms.isEmpty {
      for index in candidates.indices {
        guard let full = acronyms[candidates[index].key] else { continue }
        candidates[index].key = full
        candidates[index].kind = .organization
      }
    }
    var resolved: [ResolvedName] = []
    for candidate in candidates {
      var name = ResolvedName(
        range: candidate.range, kind: candidate.kind, key: candidate.key, sentence: candidate.sentence)
      if candidate.kind == .organization, candidate.evidence == .needsSupport {
        // "the Commission" after "the European Commission": the organisation whose name has that head word.
        let head = " " + candidate.key
        if let full = resolved.last(where: {
          $0.kind == .organization && ($0.key.hasSuffix(head) || $0.key.hasPrefix(candidate.key + " "))
        }) {
          name.key = full.key
        }
        resolved.append(name)
        continue
      }
      if candidate.kind == .person, candidate.evidence == .needsSupport, isMultiword(candidate.key) {
        // A name set in capitals counts when the article also writes it in mixed case.
        let folded = FormTable.fold(candidate.key)
        guard let person = byFold[folded] else { continue }
        name.key = person
        resolved.append(name)
        continue
      }
      if candidate.kind == .place, !owner.isEmpty, case let word = recognizer.text(candidate.range),
        let best = owner[word], best.hasSuffix(" " + word),
        !word.utf8.contains(0x20)
      {
        // "Bradford said" after "Ellen Bradford": a surname that is also a town names the person.
        name.kind = .person
        name.key = best
        resolved.append(name)
        continue
      }
      if candidate.kind == .person, !bySuffix.isEmpty, isMultiword(candidate.key),
        let longer = bySuffix[candidate.key.lowercased()]
      {
        // "Fuentes Araya" after "Camila Fuentes Araya": two surnames used without the first name.
        name.key = longer
        resolved.append(name)
        continue
      }
      if candidate.kind == .person && !isMultiword(candidate.key) {
        if byWord[candidate.key] == nil, let organization = organizationsByFirstWord[candidate.key] {
          resolved.append(
            ResolvedName(range: candidate.range, kind: .organization, key: organization, sentence: candidate.sentence))
          continue
        }
        if let best = owner[candidate.key] {
          name.key = best
        } else if candidate.evidence == .needsSupport
          && !isNextToCue(candidate, bytes: bytes, tokens: sentenceTokens[candidate.sentence] ?? [])
        {
          draft.pending.append(
            Mention(
              entity: candidate.key, kind: .person, block: article.sentences[candidate.sentence].block,
              sentence: candidate.sentence, range: candidate.range))
          continue
        }
      }
      if candidate.fromDictionary {
        draft.canonicalKeys.insert(candidate.key)
      }
      resolved.append(name)
    }
    return resolved
  }

  /// The words of a person's name, hyphenated parts kept whole ("Jean-Pierre").
  static func isMultiword(_ name: String) -> Bool { name.utf8.contains(0x20) }

  /// "NERSA" in "… South Africa (NERSA)": two to eight capitals in brackets right after a name.
  private static func bracketedAcronym(after range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var index = range.upperBound
    guard index + 3 < bytes.count, bytes[index] == 0x20, bytes[index + 1] == 0x28 else { return nil }
    index += 2
    let start = index
    while index < bytes.count, index - start <= 8, bytes[index] >= 0x41 && bytes[index] <= 0x5A { index += 1 }
    guard index < bytes.count, bytes[index] == 0x29, index - start >= 2 else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  /// The capital initials of a name's words: "National Energy Regulator of South Africa" → "NERSA".
  private static func initials(of name: String) -> String {
    String(
      name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
        word.first.flatMap { $0.isUppercase ? Character($0.uppercased()) : nil }
      })
  }

  /// "VLADIMIR PUTIN": no lower-case ASCII letter.
  static func isInCapitals(_ name: String) -> Bool { !name.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }

  static func personWords(_ name: String) -> [String] {
    // Splitting a string walks its characters; in ASCII each byte is one, so splitting the bytes is the same.
    guard isASCII(name.utf8) else { return name.split(separator: " ").map(String.init) }
    return name.utf8.split(separator: 0x20).map { String(Substring($0)) }
  }

  private static func isASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

  /// "Pathline" of "Pathline Data Inc.", "Harwood" of "Harwood & Pryce": the first word of a company's name, nil
  /// when the name is one word or not a company's (no ampersand, no company head word last).
  private static func companyFirstWord(
    _ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, recognizer: NameRecognizer
  ) -> String? {
    let letters = bytes[range]
    guard isASCII(letters) else { return companyFirstWord(of: recognizer.text(range)) }
    // ASCII answers from the bytes: the last word's lexicon bits stand for `companyHeads`, which spells it exactly.
    let end = (letters.lastIndex { $0 != 0x20 } ?? range.lowerBound - 1) + 1
    let lastStart = (letters[..<end].lastIndex(of: 0x20) ?? range.lowerBound - 1) + 1
    let isCompany =
      letters.contains(0x26)
      || (lastStart < end && WordClass.of(bytes, lastStart..<end).contains(.companyHead))
    guard isCompany, let space = letters.firstIndex(of: 0x20) else { return nil }
    return recognizer.text(range.lowerBound..<space)
  }

  private static func companyFirstWord(of name: String) -> String? {
    let isCompany =
      name.utf8.contains(0x26)
      || name.split(separator: " ").last.map { NameLexicon.companyHeads.contains(String($0)) } == true
    guard isCompany, let space = name.firstIndex(of: " ") else { return nil }
    return String(name[..<space])
  }

  /// "said Cha", "Cha said", "Cha told": a single capitalised word right next to a verb of speaking is a person.
  private static func isNextToCue(_ candidate: NameCandidate, bytes: UnsafeBufferPointer<UInt8>, tokens: [WordToken])
    -> Bool
  {
    guard let index = tokens.firstIndex(where: { $0.range.lowerBound == candidate.range.lowerBound }) else {
      return false
    }
    func word(_ position: Int) -> String? {
      guard tokens.indices.contains(position) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[position].range]), as: UTF8.self).lowercased()
    }
    if let next = word(index + 1), AttributionLexicon.cues.contains(next), next != "according",
      tokens[index + 1].followsSpace
    {
      // "Observers suggest", "Reports say": a sentence's first word needs a plain verb of saying and no plural.
      if index > 0 { return true }
      let plain = ["said", "says", "told", "added", "noted", "wrote"].contains(next)
      return plain && !(word(index)?.hasSuffix("s") ?? true)
    }
    if let previous = word(index - 1), AttributionLexicon.cues.contains(previous), tokens[index].followsSpace,
      previous.hasPrefix("said") || previous.hasPrefix("add") || previous.hasPrefix("note")
    {
      return true
    }
    return false
  }

  // MARK: - Numbers and dates

  static func numbers(in article: Article, bytes: UnsafeBufferPointer<UInt8>) -> [StatedNumber] {
    var found: [StatedNumber] = []
    for (index, sentence) in article.sentences.enumerated() {
      let text = article.text(of: sentence)
      for finding in NumberExtractor.findings(in: text) {
        let offset = sentence.range.lowerBound
        let range = (finding.range.lowerBound + offset)..<(finding.range.upperBound + offset)
        found.append(
          StatedNumber(
            block: sentence.block, sentence: index, range: range, value: finding.value, unit: finding.unit,
            qualifier: finding.qualifier))
      }
    }
    return found
  }

  static func bodyDates(in article: Article, bytes: UnsafeBufferPointer<UInt8>, reference: CalendarDate?)
    -> [DateMention]
  {
    var found: [DateMention] = []
    for (index, sentence) in article.sentences.enumerated() {
      let text = article.text(of: sentence)
      for finding in DateExpressions.findings(in: text, reference: reference) {
        let offset = sentence.range.lowerBound
        let range = (finding.range.lowerBound + offset)..<(finding.range.upperBound + offset)
        found.append(
          DateMention(
            place: .body(block: sentence.block, sentence: index, range: range), text: String(article.text(in: range)),
            date: finding.date))
      }
    }
    return found
  }

  /// Dates written on the page outside the body: the header's date, the byline's, a credit's, a copyright year.
  static func pageDates(of article: Article) -> [DateMention] {
    var lines: [(number: Int, text: String)] = article.metadataLines.map { ($0.line, $0.text) }
    lines += article.boilerplate.filter { $0.reason == "site date" || $0.reason.hasPrefix("date") }.map {
      ($0.line, $0.text)
    }
    lines.sort { $0.number < $1.number }
    var found: [DateMention] = []
    for line in lines {
      let matches = DateScanner.scan(line.text)
      let utf8 = Array(line.text.utf8)
      for match in matches {
        let text = String(decoding: utf8[match.range], as: UTF8.self)
        found.append(DateMention(place: .line(line.number), text: text, date: match.date))
      }
      if matches.isEmpty, let year = copyrightYear(utf8) {
        found.append(DateMention(place: .line(line.number), text: String(year), date: CalendarDate(year: year)))
      }
    }
    return found
  }

  /// The year of "Copyright © 2024 …" / "© 2024".
  private static func copyrightYear(_ bytes: [UInt8]) -> Int? {
    let line = String(decoding: bytes, as: UTF8.self)
    guard line.utf8Range(of: "©") != nil || line.asciiCaseInsensitiveRange(of: "copyright") != nil else { return nil }
    var digits = 0
    var value = 0
    for byte in bytes {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        value = value * 10 + Int(byte - 0x30)
        if digits > 4 { return nil }
      } else {
        if digits == 4, (1990...2100).contains(value) { return value }
        digits = 0
        value = 0
      }
    }
    return digits == 4 && (1990...2100).contains(value) ? value : nil
  }
}
