/// `NEAR/k` over occurrence lists (see `Occurrences`).
enum Proximity {
  /// The occurrences of `first` that have an occurrence of `second` in the same document, not overlapping,
  /// whose nearest positions are at most `distance` apart.
  ///
  /// Each occurrence finds its partners by a binary search into the other side's document and a scan that stops
  /// at the first partner, so the cost stays near `n log n` however often a word repeats in a sentence.
  static func participants(_ first: [UInt64], near second: [UInt64], within distance: Int) -> [UInt64] {
    guard !first.isEmpty, !second.isEmpty else { return [] }
    let longest = second.map(Occurrences.length).max() ?? 1
    var result: [UInt64] = []
    var documentStart = 0
    for occurrence in first {
      let document = Occurrences.document(occurrence)
      while documentStart < second.count, Occurrences.document(second[documentStart]) < document {
        documentStart += 1
      }
      guard documentStart < second.count, Occurrences.document(second[documentStart]) == document else { continue }
      let start = Occurrences.start(occurrence)
      let last = start + Occurrences.length(occurrence) - 1
      // A partner before `occurrence` ends at most `distance` before its start, so starts no earlier than this.
      let earliest = Occurrences.make(document: document, start: max(0, start - distance - longest + 1), length: 0)
      var low = documentStart
      var high = second.count
      while low < high {
        let middle = (low + high) / 2
        if second[middle] < earliest { low = middle + 1 } else { high = middle }
      }
      var cursor = low
      while cursor < second.count, Occurrences.document(second[cursor]) == document {
        let partner = second[cursor]
        let partnerStart = Occurrences.start(partner)
        if partnerStart > last + distance { break }
        let partnerLast = partnerStart + Occurrences.length(partner) - 1
        let before = partnerLast < start && start - partnerLast <= distance
        let after = partnerStart > last && partnerStart - last <= distance
        if before || after {
          result.append(occurrence)
          break
        }
        cursor += 1
      }
    }
    return result
  }
}
