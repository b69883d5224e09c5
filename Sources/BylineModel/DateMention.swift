/// A date expression of the page ("on Tuesday", "In March", "Friday, 21 June 2024"), resolved to the calendar.
public struct DateMention: Hashable, Sendable {
  /// Where a date was written: in the body, or on a line of the page outside it (header, byline, credit, copyright).
  public enum Place: Hashable, Sendable {
    /// Block and sentence index, and the UTF-8 byte range in `Article.text`.
    case body(block: Int, sentence: Int, range: Range<Int>)
    /// 1-based line number of the page.
    case line(Int)
  }

  public var place: Place
  /// The expression as written, its preposition included.
  public var text: String
  /// The calendar time it points to; nil for a relative expression when the article has no date to resolve it from.
  public var date: CalendarDate?

  public init(place: Place, text: String, date: CalendarDate?) {
    self.place = place
    self.text = text
    self.date = date
  }

  public var block: Int? {
    if case .body(let block, _, _) = place { return block }
    return nil
  }

  public var sentence: Int? {
    if case .body(_, let sentence, _) = place { return sentence }
    return nil
  }
}
