/// One input file read as a news article: metadata, body text kept once, and byte-range views into it.
public struct Article: Sendable {
  /// File stem, unique within a corpus.
  public var id: String
  public var path: String
  public var title: String?
  /// Publication date of this text; nil when the page shows none.
  public var date: CalendarDate?
  /// Outlet that produced the story.
  public var source: String?
  /// Site the text was scraped from, when the page names it.
  public var site: String?
  public var authors: [String]
  /// ISO 639-1 code of the body.
  public var language: String?
  /// The body: block texts joined by blank lines. Blocks and sentences index into its UTF-8 bytes.
  public var text: String
  public var blocks: [Block]
  public var sentences: [Sentence]
  public var metadataLines: [MetadataLine]
  public var boilerplate: [BoilerplateLine]
  /// How the bytes were decoded (`utf-8`, `utf-16le`, `windows-1252`, …).
  public var encoding: String
  /// Problems met while reading that did not stop the article from loading.
  public var warnings: [String]
  public var quotes: [Quote] = []
  /// Named entities in the body; `entity` is unified across the corpus once the whole corpus is read.
  public var mentions: [Mention] = []
  public var numbers: [StatedNumber] = []
  public var dates: [DateMention] = []

  public init(
    id: String, path: String, title: String? = nil, date: CalendarDate? = nil, source: String? = nil,
    site: String? = nil, authors: [String] = [], language: String? = nil, text: String = "",
    blocks: [Block] = [], sentences: [Sentence] = [], metadataLines: [MetadataLine] = [],
    boilerplate: [BoilerplateLine] = [], encoding: String = "utf-8", warnings: [String] = []
  ) {
    self.id = id
    self.path = path
    self.title = title
    self.date = date
    self.source = source
    self.site = site
    self.authors = authors
    self.language = language
    self.text = text
    self.blocks = blocks
    self.sentences = sentences
    self.metadataLines = metadataLines
    self.boilerplate = boilerplate
    self.encoding = encoding
    self.warnings = warnings
  }

  /// The text under a byte range of the body.
  public func text(in range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return text[start..<end]
  }

  public func text(of block: Block) -> Substring { text(in: block.range) }
  public func text(of sentence: Sentence) -> Substring { text(in: sentence.range) }

  /// Number of words in the body.
  public var words: Int { WordCounter.count(text) }
}
