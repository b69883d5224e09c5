/// A stretch of the body in quotation marks that reproduces someone's words.
public struct Quote: Hashable, Sendable, PositionedInBody {
  /// Whether the quote is a statement of its own or a few words built into the narrator's sentence.
  public enum Kind: String, Sendable, CaseIterable {
    /// A whole sentence or clause given as the reported statement ("…," she said).
    case full
    /// A fragment inside the narrator's sentence, including scare quotes (described it as a "breakthrough").
    case partial
  }

  /// The sentence the quote starts in, and the words between the marks.
  public var position: BodyPosition
  /// The canonical name of the speaking entity; nil when the speaker is unnamed, several entities, or unknown.
  public var speaker: String?
  /// The speaker as written nearest the quote ("Cha", "he", "the expert", "a State Department official").
  public var speakerText: String?
  /// The attribution verb or phrase, lower-cased ("said", "told", "according to", "quoted as saying").
  public var cue: String?
  public var kind: Kind
  /// Set when the opening mark is never closed and the quote was ended at the end of its paragraph.
  public var isUnclosed: Bool

  public init(
    block: Int, sentence: Int, range: Range<Int>, speaker: String? = nil, speakerText: String? = nil,
    cue: String? = nil, kind: Kind, isUnclosed: Bool = false
  ) {
    position = BodyPosition(block: block, sentence: sentence, range: range)
    self.speaker = speaker
    self.speakerText = speakerText
    self.cue = cue
    self.kind = kind
    self.isUnclosed = isUnclosed
  }
}
