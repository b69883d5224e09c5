/// A stretch of the body in quotation marks that reproduces someone's words.
public struct Quote: Hashable, Sendable {
  /// Whether the quote is a statement of its own or a few words built into the narrator's sentence.
  public enum Kind: String, Sendable, CaseIterable {
    /// A whole sentence or clause given as the reported statement ("…," she said).
    case full
    /// A fragment inside the narrator's sentence, including scare quotes (described it as a "breakthrough").
    case partial
  }

  // Offsets in 32 bits, as in `Mention`: a corpus holds millions of these rows.
  private var storedBlock: Int32
  private var storedSentence: Int32
  private var storedStart: Int32
  private var storedEnd: Int32

  /// Index of the containing block in `Article.blocks`.
  public var block: Int {
    get { Int(storedBlock) }
    set { storedBlock = Int32(clamping: newValue) }
  }

  /// Index in `Article.sentences` of the sentence the quote starts in.
  public var sentence: Int {
    get { Int(storedSentence) }
    set { storedSentence = Int32(clamping: newValue) }
  }

  /// UTF-8 byte range in `Article.text` of the words between the marks.
  public var range: Range<Int> {
    get { Int(storedStart)..<Int(storedEnd) }
    set {
      storedStart = Int32(clamping: newValue.lowerBound)
      storedEnd = Int32(clamping: newValue.upperBound)
    }
  }
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
    storedBlock = Int32(clamping: block)
    storedSentence = Int32(clamping: sentence)
    storedStart = Int32(clamping: range.lowerBound)
    storedEnd = Int32(clamping: range.upperBound)
    self.speaker = speaker
    self.speakerText = speakerText
    self.cue = cue
    self.kind = kind
    self.isUnclosed = isUnclosed
  }
}
