import BylineModel

/// The body's script and language, from the stop words and letters of its longer lines.
extension PageReading {
  /// The dominant script, and the stop-word language of the longer lines.
  static func language(_ features: [LineFeatures]) -> (Script?, Int?) {
    var scriptLetters = [Int](repeating: 0, count: Script.allCases.count)
    for line in features where line.words >= 4 || line.scalars >= 12 {
      if let script = line.script { scriptLetters[Int(script.rawValue)] += line.scriptLetters }
    }
    guard let top = scriptLetters.indices.max(by: { scriptLetters[$0] < scriptLetters[$1] }),
      scriptLetters[top] > 0, let script = Script(rawValue: UInt8(top))
    else { return (nil, nil) }
    guard script == .latin else { return (script, nil) }
    var stopTotals = [Int](repeating: 0, count: StopWords.languages.count)
    var words = 0
    for line in features where line.script == .latin && line.words >= 4 {
      words += line.words
      for position in stopTotals.indices { stopTotals[position] += line.stopWords[position] }
    }
    // A Latin-script language without a stop list (Polish, Turkish…) matches none of them well; its
    // lines are then judged by length and sentence endings alone.
    guard let best = stopTotals.indices.max(by: { stopTotals[$0] < stopTotals[$1] }),
      stopTotals[best] * 100 >= words * 12
    else { return (script, nil) }
    return (script, best)
  }

  static func languageCode(script: Script?, index: Int?) -> String? {
    if let index { return StopWords.languages[index].code }
    switch script {
    case .greek: return "el"
    case .cyrillic: return "ru"
    case .arabic: return "ar"
    case .hebrew: return "he"
    case .devanagari: return "hi"
    case .tamil: return "ta"
    case .thai: return "th"
    case .hangul: return "ko"
    case .kana: return "ja"
    case .han: return "zh"
    case .georgian: return "ka"
    case .armenian: return "hy"
    case .bengali: return "bn"
    default: return nil
    }
  }
}
