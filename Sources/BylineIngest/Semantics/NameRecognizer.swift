import BylineModel

/// A name found in a sentence, before the article and the corpus decide which entity it is.
struct NameCandidate: Hashable, Sendable {
  enum Evidence: Hashable, Sendable {
    /// Found in the gazetteer or the organisation list, or shaped like a name of its kind.
    case certain
    /// One capitalised word that is a name only if the article or corpus knows it ("Cha", "Blinken").
    case needsSupport
  }

  /// UTF-8 byte range in the article text, without title or possessive.
  var range: Range<Int>
  var kind: EntityKind
  /// Canonical name when a dictionary gave one; otherwise the name as written.
  var key: String
  var evidence: Evidence
  /// The key came from the gazetteer or the organisation list and is canonical already.
  var fromDictionary = false
  /// A title stood right before it ("President", "Dr."): a single word after one is a person.
  var afterTitle: Bool
  var sentence: Int
}

/// Finds names in one sentence: runs of capitalised words (with "of", "for", "and" inside when a name goes on),
/// cut at titles and possessives, and matched longest-first against the gazetteer and the organisation list;
/// what is left is classified by its shape (organisation head words, person-like word counts).
struct NameRecognizer {
  let bytes: UnsafeBufferPointer<UInt8>

  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Whether the bytes in `range` are exactly `word`, without building a string.
  private func spells(_ range: Range<Int>, _ word: StaticString) -> Bool {
    UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount).elementsEqual(bytes[range])
  }

  /// The text with its first letter upper-cased: "peninsula" → "Peninsula".
  private func capitalizedText(_ range: Range<Int>) -> String {
    let word = text(range)
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  /// Takes the sentence's words as `WordTokens` splits them, so the caller, which keeps them for the verbs beside
  /// a lone name, tokenises each sentence once.
  func candidates(in words: [WordToken], sentence: Int, isHeading: Bool) -> [NameCandidate] {
    let tokens = splitCompounds(words)
    var found: [NameCandidate] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if let compass = compassPlace(tokens, at: index) {
        found.append(
          NameCandidate(
            range: compass.range, kind: .place, key: compass.key, evidence: .certain, fromDictionary: true,
            afterTitle: false,
            sentence: sentence))
        index += 2
        continue
      }
      if isPoliticalWest(tokens, at: index) {
        found.append(
          NameCandidate(
            range: token.stem, kind: .place, key: Gazetteer.place(named: "West")?.canonical ?? "the West",
            evidence: .certain, fromDictionary: true, afterTitle: false, sentence: sentence))
        index += 1
        continue
      }
      guard token.isCapitalized, !token.hasDigit else {
        index += 1
        continue
      }
      if isLowercaseTitleDomain(tokens, at: index) {
        // "undersecretary of State Bonnie Jenkins": the domain of a lower-case title is part of the title.
        let end = runEnd(tokens, from: index)
        if index + 1 < end {
          segment(
            tokens, run: (index + 1)..<end, sentence: sentence, isHeading: isHeading, into: &found, afterTitle: true)
        }
        index = end
        continue
      }
      let end = runEnd(tokens, from: index)
      segment(tokens, run: index..<end, sentence: sentence, isHeading: isHeading, into: &found)
      index = end
    }
    return found
  }

  /// "Russia-North Korea ties", "Russian-built Aurus", "US-led": a compound whose first part is a place or a
  /// demonym is two words, and a lower-case second part is an adjective that ends any name.
  private func splitCompounds(_ tokens: [WordToken]) -> [WordToken] {
    guard tokens.contains(where: { bytes[$0.range].contains(0x2D) }) else { return tokens }
    var result: [WordToken] = []
    result.reserveCapacity(tokens.count + 2)
    var breakNext = false
    for var token in tokens {
      if breakNext {
        token.followsSpace = false
        breakNext = false
      }
      guard let hyphen = bytes[token.stem].firstIndex(of: 0x2D) else {
        result.append(token)
        continue
      }
      if !token.isCapitalized {
        // "post-Ukraine", "anti-NATO", "pro-Kremlin": a lower-case prefix before a name.
        if hyphen + 1 < token.stem.upperBound, WordTokens.isUpper(bytes, at: hyphen + 1) {
          var name = token
          name.range = (hyphen + 1)..<token.range.upperBound
          name.stem = (hyphen + 1)..<token.stem.upperBound
          name.isCapitalized = true
          name.isAllCaps = name.stem.count >= 2 && bytes[name.stem].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
          name.followsSpace = false
          result.append(name)
        } else {
          result.append(token)
        }
        continue
      }
      let left = text(token.stem.lowerBound..<hyphen)
      guard
        Gazetteer.place(named: left) != nil || Gazetteer.demonym(left) != nil
          || NameLexicon.organizations[left] != nil
      else {
        result.append(token)
        continue
      }
      var first = token
      first.range = token.stem.lowerBound..<hyphen
      first.stem = first.range
      first.isAllCaps = bytes[first.range].allSatisfy { $0 >= 0x41 && $0 <= 0x5A } && first.range.count >= 2
      result.append(first)
      if hyphen + 1 < token.stem.upperBound, WordTokens.isUpper(bytes, at: hyphen + 1) {
        var second = token
        second.range = (hyphen + 1)..<token.range.upperBound
        second.stem = (hyphen + 1)..<token.stem.upperBound
        second.followsSpace = true
        result.append(second)
      } else {
        breakNext = true
      }
    }
    return result
  }

  /// "the west has come to use": the West as an actor, in lower case, and not a direction ("the west of").
  private func isPoliticalWest(_ tokens: [WordToken], at index: Int) -> Bool {
    guard index > 0, !tokens[index].isCapitalized, tokens[index].range.count == 4, spells(tokens[index].range, "west"),
      text(tokens[index - 1].range).lowercased() == "the"
    else { return false }
    guard index + 1 < tokens.count else { return true }
    let next = text(tokens[index + 1].range)
    return tokens[index + 1].followsSpace
      && ["has", "have", "is", "was", "and", "will", "would", "must", "should", "can", "could"].contains(next)
  }

  /// "east Asia", "south Lebanon": a lower-case compass word that makes a known region with the name after it.
  private func compassPlace(_ tokens: [WordToken], at index: Int) -> (range: Range<Int>, key: String)? {
    let token = tokens[index]
    guard !token.isCapitalized, index + 1 < tokens.count, tokens[index + 1].isCapitalized,
      tokens[index + 1].followsSpace, token.range.count <= 9
    else { return nil }
    // Most lower-case words start with none of the compass words' letters: no string for them.
    guard [0x65, 0x77, 0x6E, 0x73, 0x63].contains(bytes[token.range.lowerBound]) else { return nil }
    let word = text(token.range)
    guard ["east", "west", "north", "south", "central", "southeast", "northeast"].contains(word) else { return nil }
    let next = tokens[index + 1]
    let capitalized = word.prefix(1).uppercased() + word.dropFirst() + " " + text(next.stem)
    guard let entry = Gazetteer.place(named: capitalized), entry.kind == .region else { return nil }
    return (token.range.lowerBound..<next.stem.upperBound, entry.canonical)
  }

  private func isLowercaseTitleDomain(_ tokens: [WordToken], at index: Int) -> Bool {
    guard index >= 2, tokens[index].classes.contains(.titleDomain),
      spells(tokens[index - 1].range, "of")
    else { return false }
    let title = text(tokens[index - 2].range)
    return title.hasSuffix("secretary") || title.hasSuffix("minister") || title == "department"
      || title == "ministry"
  }

  /// Where a run of name words that starts at `start` ends.
  private func runEnd(_ tokens: [WordToken], from start: Int) -> Int {
    var end = start + 1
    while end < tokens.count {
      let token = tokens[end]
      if !token.followsSpace, token.isCapitalized, token.classes.contains(.organizationHead),
        WordTokens.isPluralPossessiveGap(bytes, between: tokens[end - 1], and: token)
      {
        // "Retail and Distribution Workers’ Union", "British Grocers’ Federation".
        end += 1
        continue
      }
      if !token.followsSpace, token.isCapitalized,
        isAmpersandGap(tokens[end - 1].range.upperBound..<token.range.lowerBound)
      {
        // "Harwood & Pryce", "AT&T" stay one name.
        end += 1
        continue
      }
      if !token.followsSpace, continuesOrganizationList(tokens, run: start..<end) {
        // "Ministry of Ports, Shipping and Waterways": a comma list inside an organisation's name.
        end += 1
        continue
      }
      guard token.followsSpace, !tokens[end - 1].hasDigit else { break }
      if token.isCapitalized && !token.hasDigit {
        end += 1
        continue
      }
      if token.wholeClasses.contains(.connector), end + 1 < tokens.count, tokens[end + 1].isCapitalized,
        tokens[end + 1].followsSpace, !tokens[end - 1].isPossessive,
        !spells(token.range, "on") || (start..<end).contains(where: { tokens[$0].classes.contains(.organizationHead) })
      {
        // "Council on Foreign Relations" keeps its "on"; "the Library on Crane Avenue" is two names.
        end += 2
        continue
      }
      // "University of the Witwatersrand", "Cártel del Pacífico", "Almoloya de Juárez": two connectors in a row.
      if token.wholeClasses.contains(.connector), end + 2 < tokens.count,
        tokens[end + 1].wholeClasses.contains(.connector), tokens[end + 2].isCapitalized,
        tokens[end + 1].followsSpace, tokens[end + 2].followsSpace, !tokens[end - 1].isPossessive
      {
        end += 3
        continue
      }
      if token.wholeClasses.contains(.organizationTail), !tokens[end - 1].isPossessive { end += 1 }
      if token.wholeClasses.contains(.geographicNoun), !tokens[end - 1].isPossessive,
        Gazetteer.place(
          named: text(tokens[start].range.lowerBound..<tokens[end - 1].stem.upperBound) + " "
            + capitalizedText(token.range)) != nil
      {
        end += 1
      }
      break
    }
    return end
  }

  /// "Co Meath", "County Kildare": the county word and the place after it.
  private func irishCounty(_ tokens: [WordToken], at index: Int, limit: Int)
    -> (range: Range<Int>, end: Int, key: String)?
  {
    guard index + 1 < limit, tokens[index + 1].followsSpace, bytes[tokens[index].stem.lowerBound] == 0x43,
      tokens[index].stem.count <= 6
    else { return nil }
    let word = text(tokens[index].stem)
    guard word == "Co" || word == "Co." || word == "County",
      let place = Gazetteer.place(named: text(tokens[index + 1].stem)), place.kind == .subdivision
    else { return nil }
    return (tokens[index].range.lowerBound..<tokens[index + 1].stem.upperBound, index + 2, place.canonical)
  }

  /// A place name followed, within four capitalised words, by an organisation head: the whole is one
  /// organisation's name.
  private func placeLedOrganization(_ tokens: [WordToken], match: DictionaryMatch, from start: Int, limit: Int)
    -> (range: Range<Int>, end: Int)?
  {
    guard match.kind == .place,
      !tokens[match.end - 1].isPossessive
    else { return nil }
    return organizationThroughHead(tokens, nameStart: start, from: match.end, limit: limit) { token in
      token.followsSpace && token.isCapitalized
    }
  }

  /// The organisation whose name starts at `nameStart` and whose head word lies within four words from `from`
  /// (words that `continues` accepts), with the rest of its name after the head; nil when a title or a
  /// possessive comes first.
  private func organizationThroughHead(
    _ tokens: [WordToken], nameStart: Int, from start: Int, limit: Int, while continues: (WordToken) -> Bool
  ) -> (range: Range<Int>, end: Int)? {
    var end = start
    while end < limit, end - start < 4, continues(tokens[end]) {
      let classes = tokens[end].classes
      if classes.contains(.title) { return nil }
      end += 1
      if classes.contains(.organizationHead) {
        let extended = organizationEnd(tokens, from: end, limit: limit)
        return (tokens[nameStart].range.lowerBound..<tokens[extended - 1].stem.upperBound, extended)
      }
      if tokens[end - 1].isPossessive { return nil }
    }
    return nil
  }

  /// Where an organisation's name that reached its head word at `end` goes on: "of Management Ahmedabad",
  /// "Ltd".
  private func organizationEnd(_ tokens: [WordToken], from start: Int, limit: Int) -> Int {
    var end = start
    while end < limit, tokens[end].followsSpace {
      let classes = tokens[end].wholeClasses
      if tokens[end].isCapitalized, !classes.contains(.title) {
        end += 1
      } else if classes.contains(.connector), end + 1 < limit, tokens[end + 1].isCapitalized,
        tokens[end + 1].followsSpace
      {
        end += 2
      } else {
        break
      }
      if tokens[end - 1].isPossessive { break }
    }
    return end
  }

  /// "Va." in "RESTON, Va. (AP)".
  private func stateAbbreviation(_ token: WordToken) -> (range: Range<Int>, key: String)? {
    guard token.stem.count <= 5, token.stem.upperBound < bytes.count else { return nil }
    let end = bytes[token.stem.upperBound - 1] == 0x2E ? token.stem.upperBound : token.stem.upperBound + 1
    guard bytes[end - 1] == 0x2E, let state = NameLexicon.stateAbbreviations[text(token.stem.lowerBound..<end)] else {
      return nil
    }
    return (token.stem.lowerBound..<end, Gazetteer.place(named: state)?.canonical ?? state)
  }

  /// The organisation name right after a demonym: a listed one, or capitalised words up to an organisation head.
  private func organizationAfterDemonym(_ tokens: [WordToken], from start: Int, limit: Int)
    -> (range: Range<Int>, end: Int)?
  {
    guard start < limit, tokens[start].followsSpace, !tokens[start - 1].isPossessive else { return nil }
    if let match = dictionaryMatch(tokens, from: start, limit: limit), match.kind == .organization {
      return (match.range, match.end)
    }
    return organizationThroughHead(tokens, nameStart: start, from: start, limit: limit) { _ in true }
  }

  /// Whether the word after `run` carries on a list inside an organisation's name: the run holds a head word and
  /// "of" or "for", a comma follows, and capitalised words lead to "and" and a capitalised word.
  private func continuesOrganizationList(_ tokens: [WordToken], run: Range<Int>) -> Bool {
    let next = run.upperBound
    guard next < tokens.count, tokens[next].isCapitalized,
      bytes[tokens[next - 1].range.upperBound..<tokens[next].range.lowerBound].elementsEqual([0x2C, 0x20])
    else { return false }
    guard let head = run.first(where: { tokens[$0].classes.contains(.organizationHead) }),
      tokens[(head + 1)..<run.upperBound].contains(where: { ["of", "for"].contains(text($0.stem)) })
    else { return false }
    var index = next + 1
    while index < tokens.count, index - next < 8 {
      let word = text(tokens[index].range)
      if word == "and", index + 1 < tokens.count, tokens[index + 1].isCapitalized { return true }
      guard tokens[index].isCapitalized else { return false }
      index += 1
    }
    return false
  }

  private func isAmpersandGap(_ gap: Range<Int>) -> Bool {
    let mark = Array(bytes[gap])
    return mark == [0x20, 0x26, 0x20] || mark == [0x26]
  }

  /// Cuts a run into names and classifies each.
  private func segment(
    _ tokens: [WordToken], run: Range<Int>, sentence: Int, isHeading: Bool, into found: inout [NameCandidate],
    afterTitle startsAfterTitle: Bool = false
  ) {
    var position = run.lowerBound
    var afterTitle = startsAfterTitle
    // The first word of a sentence is capitalised by grammar: it starts a name only if a dictionary knows it.
    let sentenceStart = position == 0
    while position < run.upperBound {
      if let state = stateAbbreviation(tokens[position]) {
        found.append(
          NameCandidate(
            range: state.range, kind: .place, key: state.key, evidence: .certain, fromDictionary: true,
            afterTitle: false, sentence: sentence))
        afterTitle = false
        position += 1
        continue
      }
      if let county = irishCounty(tokens, at: position, limit: run.upperBound) {
        found.append(
          NameCandidate(
            range: county.range, kind: .place, key: county.key, evidence: .certain, fromDictionary: true,
            afterTitle: false, sentence: sentence))
        afterTitle = false
        position = county.end
        continue
      }
      let match = dictionaryMatch(tokens, from: position, limit: run.upperBound)
      if let match, let organization = placeLedOrganization(tokens, match: match, from: position, limit: run.upperBound)
      {
        // "Nigeria Labour Congress", "Kenya Airways": a place that begins an organisation's name.
        found.append(
          NameCandidate(
            range: organization.range, kind: .organization, key: text(organization.range), evidence: .certain,
            afterTitle: false, sentence: sentence))
        afterTitle = false
        position = organization.end
        continue
      }
      if let match, !startsLongerName(match, tokens, limit: run.upperBound) {
        if match.kind == nil,
          let organization = organizationAfterDemonym(tokens, from: match.end, limit: run.upperBound)
        {
          // "Norwegian Competition Authority", "American Red Cross": the demonym is part of the name.
          let range = match.range.lowerBound..<organization.range.upperBound
          found.append(
            NameCandidate(
              range: range, kind: .organization, key: text(range), evidence: .certain, afterTitle: false,
              sentence: sentence))
          position = organization.end
          afterTitle = false
          continue
        }
        if let kind = match.kind {
          found.append(
            NameCandidate(
              range: match.range, kind: kind, key: match.key, evidence: .certain, fromDictionary: true,
              afterTitle: afterTitle, sentence: sentence))
        }
        afterTitle = false
        position = match.end
        continue
      }
      if let titleEnd = titleEnd(tokens, at: position, limit: run.upperBound) {
        afterTitle = true
        position = titleEnd
        continue
      }
      let classes = tokens[position].classes
      if classes.contains(.connector)
        || (position == run.lowerBound && sentenceStart && classes.contains(.commonOpener))
        || classes.contains(.commonOpener) && !tokens[position].isAllCaps
      {
        afterTitle = false
        position += 1
        continue
      }
      let end = unknownEnd(tokens, from: position, limit: run.upperBound)
      let beforeTitle =
        end < run.upperBound && titleEnd(tokens, at: end, limit: run.upperBound) != nil
      classifyUnknown(
        tokens, position..<end, sentence: sentence, afterTitle: afterTitle, isHeading: isHeading, before: beforeTitle,
        into: &found)
      afterTitle = false
      position = end
    }
  }

  private struct DictionaryMatch {
    var range: Range<Int>
    var end: Int
    /// Nil for a demonym: a known word that is not a mention.
    var kind: EntityKind?
    var key: String
    var isRegion = false
    var isSubdivision = false
  }

  /// The longest gazetteer place, listed organisation or demonym starting at `start`.
  private func dictionaryMatch(_ tokens: [WordToken], from start: Int, limit: Int) -> DictionaryMatch? {
    let known = NameIndex.maximumWords(bytes, tokens[start].stem)
    guard known > 0 else { return nil }
    let longest = min(limit - start, known)
    var length = longest
    while length >= 1 {
      let last = start + length - 1
      // A name never ends on a connector, and a possessive can only end one.
      if length > 1,
        tokens[last].wholeClasses.contains(.connector)
          || (start..<last).contains(where: { index in
            tokens[index].isPossessive && !isInnerPossessive(tokens, index)
          })
      {
        length -= 1
        continue
      }
      let range = tokens[start].range.lowerBound..<tokens[last].stem.upperBound
      // A lower-case last word is respelled below, gap and capital; the key covers only the text as written.
      let isRespelled = length > 1 && !tokens[last].isCapitalized
      if !isRespelled, !NameIndex.mayBeName(bytes, range) {
        length -= 1
        continue
      }
      var name = text(range)
      if length > 1, !tokens[last].isCapitalized {
        // "Korean peninsula" is the Korean Peninsula.
        let word = text(tokens[last].stem)
        name =
          text(tokens[start].range.lowerBound..<tokens[last - 1].stem.upperBound) + " "
          + word.prefix(1).uppercased() + word.dropFirst()
      }
      if let place = Gazetteer.place(named: name)
        ?? Gazetteer.place(named: "the " + name).flatMap({
          $0.kind == .region ? $0 : nil
        })
      {
        return DictionaryMatch(
          range: range, end: last + 1, kind: .place, key: place.canonical, isRegion: place.kind == .region,
          isSubdivision: place.kind == .subdivision)
      }
      if let organization = NameLexicon.organizations[name] {
        return DictionaryMatch(range: range, end: last + 1, kind: .organization, key: organization)
      }
      if Gazetteer.demonym(name) != nil {
        return DictionaryMatch(range: range, end: last + 1, kind: nil, key: name)
      }
      length -= 1
    }
    return nil
  }

  /// "Vladimir Putin", "Chad O’Carroll", "New York Times": a place name followed by an unknown capitalised word
  /// is the first part of a longer name, a person's or an organisation's.
  private func startsLongerName(_ match: DictionaryMatch, _ tokens: [WordToken], limit: Int) -> Bool {
    guard match.kind == .place, !match.isRegion, match.end < limit, !tokens[match.end - 1].isPossessive else {
      return false
    }
    let next = tokens[match.end]
    // "VLADIMIR PUTIN" in a line set in capitals goes on like "Vladimir Putin".
    let capitalsMatch = next.isAllCaps && tokens[match.end - 1].isAllCaps
    guard next.isCapitalized, !next.isAllCaps || capitalsMatch, next.followsSpace else { return false }
    let stopping: WordClass = [.title, .commonOpener, .connector, .organizationHead, .placeHead, .thingWord]
    if !next.classes.isDisjoint(with: stopping) {
      return false
    }
    // A first name and a surname: one place word and one more, ending the run ("Vladimir Putin", but not
    // "Dubai World Central" or "Alberta Wildfire").
    guard match.end - 1 == tokens.firstIndex(where: { $0.range.lowerBound == match.range.lowerBound }),
      match.end + 1 >= limit || !tokens[match.end + 1].isCapitalized || !tokens[match.end + 1].followsSpace,
      !match.isSubdivision
    else { return false }
    return dictionaryMatch(tokens, from: match.end, limit: limit) == nil
  }

  /// "People’s" in "Democratic People’s Republic": a possessive that a longer name goes on after.
  private func isInnerPossessive(_ tokens: [WordToken], _ index: Int) -> Bool {
    spells(tokens[index].stem, "People")
  }

  /// Where a title that starts at `index` ends ("Secretary of State", "Prime Minister"), nil if none starts there.
  private func titleEnd(_ tokens: [WordToken], at index: Int, limit: Int) -> Int? {
    guard tokens[index].classes.contains(.title) else {
      return nil
    }
    var end = index + 1
    if end + 1 < limit, spells(tokens[end].range, "of"), tokens[end + 1].classes.contains(.titleDomain) {
      end += 2
    }
    return end
  }

  /// Where an unknown name that starts at `start` ends: before the next dictionary name or title, or after a
  /// possessive.
  private func unknownEnd(_ tokens: [WordToken], from start: Int, limit: Int) -> Int {
    var end = start
    var sawHead = false
    var insideOrganization = false
    while end < limit {
      if end > start {
        let classes = tokens[end].classes
        // "University of Tasmania", "Ministry of National Defence": after a head word and a connector, places
        // and titles belong to the organisation's name.
        if sawHead && tokens[end - 1].wholeClasses.contains(.connector) { insideOrganization = true }
        if !insideOrganization {
          // "Fiscalía General", "Supreme Council": a title word after an organisation's head belongs to it.
          if classes.contains(.title), !(sawHead && classes.contains(.titleInsideOrganization)) {
            break
          }
          if classes.contains(.commonOpener), !tokens[end].isAllCaps { break }
          if dictionaryMatch(tokens, from: end, limit: limit) != nil { break }
        }
        if tokens[end].isAllCaps, classes.contains(.capitalizedCommonWord) { break }
      }
      if tokens[end].classes.contains(.organizationHead) { sawHead = true }
      end += 1
      if tokens[end - 1].isPossessive { break }
    }
    return end
  }

  private func classifyUnknown(
    _ tokens: [WordToken], _ segment: Range<Int>, sentence: Int, afterTitle: Bool, isHeading: Bool,
    before: Bool, into found: inout [NameCandidate]
  ) {
    var lower = segment.lowerBound
    var upper = segment.upperBound
    while upper > lower, tokens[upper - 1].wholeClasses.contains(.connector) { upper -= 1 }
    while lower < upper, tokens[lower].wholeClasses.contains(.connector) { lower += 1 }
    guard lower < upper else { return }
    let classes = (lower..<upper).map { tokens[$0].classes }
    let range = tokens[lower].range.lowerBound..<tokens[upper - 1].stem.upperBound
    let firstHead = classes.firstIndex { $0.contains(.organizationHead) }
    let hasHead = firstHead != nil || classes[0].contains(.organizationPrefix)
    if let firstHead, let connector = classes[..<firstHead].lastIndex(where: { $0.contains(.connector) }) {
      // "Chad O’Carroll of NK News": the head word belongs to the name after the connector only.
      let split = lower + connector
      classifyUnknown(
        tokens, lower..<split, sentence: sentence, afterTitle: afterTitle, isHeading: isHeading, before: before,
        into: &found)
      classifyUnknown(
        tokens, (split + 1)..<upper, sentence: sentence, afterTitle: false, isHeading: isHeading, before: before,
        into: &found)
      return
    }
    if classes.count >= 2, !hasHead,
      classes[classes.count - 1].contains(.placeHead) || classes[0].contains(.placePrefix)
    {
      found.append(
        NameCandidate(
          range: range, kind: .place, key: text(range), evidence: .certain, afterTitle: false, sentence: sentence))
      return
    }
    if !hasHead, classes.count >= 2,
      (lower + 1..<upper).contains(where: {
        isAmpersandGap(tokens[$0 - 1].range.upperBound..<tokens[$0].range.lowerBound)
      })
    {
      // "Mehta & Co", "Harwood & Pryce": no person's name holds an ampersand.
      found.append(
        NameCandidate(
          range: range, kind: .organization, key: text(range), evidence: .certain, afterTitle: false,
          sentence: sentence))
      return
    }
    let tail = classes.last?.contains(.organizationTail) == true
    if hasHead
      && classes.allSatisfy({ !$0.isDisjoint(with: [.organizationHead, .connector]) })
    {
      // "Service" alone names no particular organisation; "the Commission" names the one the article means.
      if classes.count == 1, lower > 0, tokens[lower].followsSpace, spells(tokens[lower - 1].range, "the") {
        found.append(
          NameCandidate(
            range: range, kind: .organization, key: text(tokens[lower].stem), evidence: .needsSupport,
            afterTitle: false,
            sentence: sentence))
      }
      return
    }
    if hasHead || (tail && classes.count == 2 && lower > 0) {
      guard !tail || tokens[lower].isCapitalized else { return }
      found.append(
        NameCandidate(
          range: range, kind: .organization, key: text(range), evidence: .certain, afterTitle: false, sentence: sentence
        ))
      return
    }
    if tail { upper -= 1 }
    guard lower < upper else { return }
    if classes.count <= 5, classes.contains(where: { $0.contains(.nameParticle) }),
      !classes.contains(where: { $0.contains(.connector) && !$0.contains(.nameParticle) }),
      !NameLexicon.nameParticles.contains(text(tokens[lower].stem).lowercased()) || classes.count >= 3
    {
      // "Pieter van der Walt", "Van der Walt", "Charles de Gaulle": particles inside a person's name.
      found.append(
        NameCandidate(
          range: range, kind: .person, key: text(range), evidence: .certain, afterTitle: afterTitle,
          sentence: sentence))
      return
    }
    if classes.contains(where: { $0.contains(.connector) }) {
      // Not an organisation: the connectors separate names ("Russia and Ukraine" was caught by the gazetteer;
      // what is left are separate names).
      var start = lower
      for index in lower...upper where index == upper || tokens[index].wholeClasses.contains(.connector) {
        if start < index {
          classifyUnknown(
            tokens, start..<index, sentence: sentence, afterTitle: afterTitle && start == lower, isHeading: isHeading,
            before: before && index == upper, into: &found)
        }
        start = index + 1
      }
      return
    }
    let count = upper - lower
    let nameRange = tokens[lower].range.lowerBound..<tokens[upper - 1].stem.upperBound
    if count == 1 {
      let token = tokens[lower]
      if token.isAllCaps, token.stem.count <= 6, !isHeading,
        !token.classes.contains(.capitalizedCommonWord)
      {
        found.append(
          NameCandidate(
            range: nameRange, kind: .organization, key: text(nameRange), evidence: .certain, afterTitle: false,
            sentence: sentence))
        return
      }
      guard !token.isAllCaps, !before else { return }
      if let next = tokens.indices.contains(upper) ? tokens[upper] : nil, next.followsSpace, !next.isCapitalized,
        next.wholeClasses.contains(.placeNoun)
      {
        // "Dhemaji district", "the Brahmaputra river": a lower-case place noun makes the name a place.
        found.append(
          NameCandidate(
            range: nameRange, kind: .place, key: text(nameRange), evidence: .certain, afterTitle: false,
            sentence: sentence))
        return
      }
      found.append(
        NameCandidate(
          range: nameRange, kind: .person, key: text(nameRange), evidence: afterTitle ? .certain : .needsSupport,
          afterTitle: afterTitle, sentence: sentence))
      return
    }
    // "National Security Adviser Chang Ho-jin": capitalised words before a title belong to the title.
    guard count <= 4, !isHeading || afterTitle, !before else { return }
    guard (lower..<upper).allSatisfy({ tokens[$0].stem.count > 1 }) else { return }
    guard
      !(lower..<upper).contains(where: {
        hasAbstractEnding(tokens[$0]) || tokens[$0].classes.contains(.thingWord)
      }),
      !followsDeterminer(tokens, lower)
    else {
      return
    }
    let allCapitals = (lower..<upper).allSatisfy { tokens[$0].isAllCaps }
    guard allCapitals || (lower..<upper).allSatisfy({ !tokens[$0].isAllCaps || tokens[$0].stem.count <= 2 }) else {
      return
    }
    if allCapitals {
      // "VLADIMIR PUTIN" is a person when the article names Vladimir Putin in mixed case too.
      found.append(
        NameCandidate(
          range: nameRange, kind: .person, key: text(nameRange), evidence: .needsSupport, afterTitle: afterTitle,
          sentence: sentence))
      return
    }
    if !allCapitals, tokens[lower].isAllCaps {
      // "IG Metall", "BMW Group": a name that opens with capitals is an organisation's.
      found.append(
        NameCandidate(
          range: nameRange, kind: .organization, key: text(nameRange), evidence: .certain, afterTitle: false,
          sentence: sentence))
      return
    }
    found.append(
      NameCandidate(
        range: nameRange, kind: .person, key: text(nameRange), evidence: .certain, afterTitle: afterTitle,
        sentence: sentence))
  }

  /// "Comprehensive Strategic Partnership": words with these endings name things and ideas, not people.
  private func hasAbstractEnding(_ token: WordToken) -> Bool {
    let word = text(token.stem).lowercased()
    return ["ship", "tion", "ment", "ness", "ity", "ive", "ism", "ogy", "ance", "ence", "ical"].contains {
      word.hasSuffix($0)
    }
  }

  /// People's names do not follow "the" or "a"; titled works and programmes do ("the Comprehensive Plan").
  private func followsDeterminer(_ tokens: [WordToken], _ index: Int) -> Bool {
    guard index > 0, tokens[index].followsSpace else { return false }
    return ["the", "a", "an", "The", "A", "An"].contains(text(tokens[index - 1].range))
  }
}
