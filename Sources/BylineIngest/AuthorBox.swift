import BylineModel

/// The box many sites print under a story: the author's name again, "By <name>", and a biography.
extension PageReading {
  /// The author box after a story: the author's name again, "By <name>", and a biography paragraph.
  mutating func markAuthorBoxes(authors: [String], extractor: inout MetadataExtractor) {
    let half = units.count / 3
    // Biographies are a paragraph or two; longer units are never one.
    // An author's name as the first two words a line would hash them.
    let authorOpenings = authors.map { name in
      name.split(separator: " ").prefix(2).map { StopWords.hash(Array(StopWords.normalizedWord($0).utf8)[...]) }
    }
    for index in units.indices
    where index >= half && units[index].label.isUndecided && units[index].features.words <= 300 {
      // Only an author's full name or a first-person opening can start what the rules below accept.
      let words = units[index].features.wordHashes
      guard let first = words.first,
        authorOpenings.contains(where: { !$0.isEmpty && words.starts(with: $0) })
          || Self.firstPersonOpeners.contains(first)
          || (first == Self.byWord && units[index].features.words <= 6)
      else { continue }
      let line = extractor.text(units[index])
      let lowered = line.lowercased()
      let bare = lowered.hasPrefix("by ") ? String(lowered.dropFirst(3)) : lowered
      if authors.contains(where: { $0.lowercased() == bare }) {
        units[index].label = .boilerplate("author bio")
        continue
      }
      guard units[index].features.words >= 12 else { continue }
      if Self.isBiography(lowered, authors: authors) {
        units[index].label = .boilerplate("author bio")
        if let site = MetadataExtractor.siteFromBio(line) { extractor.bioSite = extractor.bioSite ?? site }
      }
    }
  }

  static let byWord = StopWords.hash(Array("by".utf8)[...])

  static let firstPersonOpeners = WordTable(words: ["i'm", "i", "hi", "hello", "my", "i’m"])

  static let biographyNouns = [
    "reporter", "journalist", "writer", "editor", "correspondent", "columnist",
    "contributor", "freelancer", "author of", "covers ", "writes about", "graduate", "producer",
  ]

  /// "Jane Doe is a reporter…", "Jane Doe has been a correspondent…", "I'm a vibrant and chill person…".
  static func isBiography(_ lowered: String, authors: [String]) -> Bool {
    if lowered.hasPrefix("i'm ") || lowered.hasPrefix("i’m ") || lowered.hasPrefix("i am ")
      || lowered.hasPrefix("hi, i") || lowered.hasPrefix("hello, i") || lowered.hasPrefix("my name is")
    {
      let firstPerson = lowered.split(separator: " ").filter { ["i", "i'm", "i’m", "my", "me"].contains($0) }.count
      return firstPerson >= 3
    }
    // Only the credited author's own biography: a story may well describe other journalists.
    let opening = lowered.split(separator: " ").prefix(8).joined(separator: " ")
    let startsWithAuthor = authors.contains { lowered.hasPrefix($0.lowercased()) }
    let describesAuthor = [
      " is a ", " is an ", " is the ", " is our ", " has been ", " joined ", " covers ",
      " writes ",
    ]
    .contains { opening.contains($0) }
    return startsWithAuthor && describesAuthor && biographyNouns.contains { lowered.contains($0) }
  }
}
