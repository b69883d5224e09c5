/// What kind of thing a named entity is.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
  case person, organization, place, other

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One real-world entity of the corpus, with every spelling it was written in.
public struct Entity: Hashable, Sendable {
  /// The canonical name, the one `Mention.entity` and `Quote.speaker` carry.
  public var name: String
  public var kind: EntityKind
  /// Every surface form seen in the corpus, the canonical name included, sorted.
  public var aliases: [String]
  /// Number of mentions in the whole corpus.
  public var mentions: Int
  /// Number of articles that mention it.
  public var articles: Int
  /// Number of distinct sources (outlets) whose articles mention it.
  public var sources: Int

  public init(name: String, kind: EntityKind, aliases: [String], mentions: Int, articles: Int, sources: Int) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.mentions = mentions
    self.articles = articles
    self.sources = sources
  }
}

/// One occurrence of a named entity in the body.
public struct Mention: Hashable, Sendable {
  /// Canonical name of the entity, unified across the corpus.
  public var entity: String
  public var kind: EntityKind
  // Offsets are stored in 32 bits: an article holds tens of mentions, a corpus millions, and no body reaches
  // 2 GB (files over 256 MB are refused).
  private var storedBlock: Int32
  private var storedSentence: Int32
  private var storedStart: Int32
  private var storedEnd: Int32

  public var block: Int {
    get { Int(storedBlock) }
    set { storedBlock = Int32(clamping: newValue) }
  }

  /// Index in `Article.sentences`.
  public var sentence: Int {
    get { Int(storedSentence) }
    set { storedSentence = Int32(clamping: newValue) }
  }

  /// UTF-8 byte range in `Article.text` of the name as written, without determiner, title or possessive.
  public var range: Range<Int> {
    get { Int(storedStart)..<Int(storedEnd) }
    set {
      storedStart = Int32(clamping: newValue.lowerBound)
      storedEnd = Int32(clamping: newValue.upperBound)
    }
  }

  public init(entity: String, kind: EntityKind, block: Int, sentence: Int, range: Range<Int>) {
    self.entity = entity
    self.kind = kind
    storedBlock = Int32(clamping: block)
    storedSentence = Int32(clamping: sentence)
    storedStart = Int32(clamping: range.lowerBound)
    storedEnd = Int32(clamping: range.upperBound)
  }
}
