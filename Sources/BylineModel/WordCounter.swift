/// Counts words the way a reader does: runs of letters or digits, joined across inner apostrophes and
/// hyphens ("Jong-un’s") and digit grouping ("11,000", "5.5").
public enum WordCounter {
  public static func count<Text: StringProtocol>(_ text: Text) -> Int {
    var count = 0
    var inWord = false
    var pendingJoiner = false
    var previousWasDigit = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isDigit = value >= 0x30 && value <= 0x39
      let isWordScalar: Bool
      if value < 0x80 {
        isWordScalar = isDigit || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
      } else {
        isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      }
      if isWordScalar {
        if !inWord { count += 1 }
        inWord = true
        pendingJoiner = false
        previousWasDigit = isDigit
        continue
      }
      let joinsLetters = value == 0x27 || value == 0x2D || value == 0x2019
      let joinsDigits = previousWasDigit && (value == 0x2C || value == 0x2E)
      if inWord && !pendingJoiner && (joinsLetters || joinsDigits) {
        pendingJoiner = true
      } else {
        inWord = false
        pendingJoiner = false
      }
      previousWasDigit = false
    }
    return count
  }
}
