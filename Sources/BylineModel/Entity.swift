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
public struct Mention: Hashable, Sendable, PositionedInBody {
  /// Canonical name of the entity, unified across the corpus.
  public var entity: String
  public var kind: EntityKind
  /// The name as written, without determiner, title or possessive.
  public var position: BodyPosition

  public init(entity: String, kind: EntityKind, block: Int, sentence: Int, range: Range<Int>) {
    self.entity = entity
    self.kind = kind
    position = BodyPosition(block: block, sentence: sentence, range: range)
  }
}

extension Entity {
  /// The form two spellings of one name share: lower-cased, hyphens and no-break spaces as single spaces, dots
  /// dropped, curly apostrophes straight ("Kim Jong-un" and "Kim Jong Un" both give "kim jong un").
  ///
  /// Ingest unifies spellings by it, and queries match a written name against an entity's aliases by it, so
  /// that both agree on which spellings are one.
  public static func foldedName(_ name: String) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFoldedName(name) }
    var result = ""
    var lastWasSpace = false
    for scalar in name.lowercased().unicodeScalars {
      switch scalar {
      case "-", " ", "\u{00A0}", "\u{2010}", "\u{2011}":
        if !lastWasSpace, !result.isEmpty { result.append(" ") }
        lastWasSpace = true
      case ".":
        continue
      case "\u{2019}", "\u{2018}":
        result.append("'")
        lastWasSpace = false
      default:
        result.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    return result
  }
  /// `foldedName` for ASCII, which every name nearly is: lowering A–Z is all `lowercased()` does to it, and the
  /// bytes are the scalars, so the same rules run over bytes without building the string scalar by scalar.
  private static func asciiFoldedName(_ name: String) -> String {
    let utf8 = name.utf8
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      var count = 0
      var lastWasSpace = false
      for byte in utf8 {
        switch byte {
        case 0x2D, 0x20:
          if !lastWasSpace, count > 0 {
            buffer[count] = 0x20
            count += 1
          }
          lastWasSpace = true
        case 0x2E:
          continue
        default:
          buffer[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
          count += 1
          lastWasSpace = false
        }
      }
      return count
    }
  }
}
