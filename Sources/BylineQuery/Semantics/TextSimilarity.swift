/// How alike two texts are, for `similarity` and for clustering near-identical quotes.
enum TextSimilarity {
  /// The Jaccard index of the texts' sets of words, case ignored: 1 for the same words in any order, 0 for no
  /// word in common. Word order and repetition do not count, so a quote reworded by another outlet ("the talks
  /// failed" / "talks have failed": 0.5) still scores high; two texts without words score 1 when equal.
  static func wordJaccard(_ first: String, _ second: String) -> Double {
    let firstWords = words(first)
    let secondWords = words(second)
    let union = firstWords.union(secondWords).count
    guard union > 0 else { return first == second ? 1 : 0 }
    return Double(firstWords.intersection(secondWords).count) / Double(union)
  }

  /// Runs of letters and digits, lower-cased; apostrophes inside a word keep it whole ("Jong-un's" gives "jong"
  /// and "un's").
  static func words(_ text: String) -> Set<String> {
    var words: Set<String> = []
    var current = String.UnicodeScalarView()
    func finish() {
      if !current.isEmpty { words.insert(String(current).lowercased()) }
      current = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        current.append(scalar)
      } else if (scalar == "'" || scalar == "\u{2019}") && !current.isEmpty {
        current.append("'")
      } else {
        finish()
      }
    }
    finish()
    return words
  }
}
