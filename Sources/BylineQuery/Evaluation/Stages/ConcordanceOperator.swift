/// `kwic`: each search hit as a concordance line, the hit between its left and right context.
final class ConcordanceOperator: RowOperator {
  private let next: RowOperator
  private let width: Int

  init(next: RowOperator, width: Int) {
    self.next = next
    self.width = width
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    guard case .cells(let cells) = row, cells.count == SearchColumns.columns.count,
      case .text(let text) = cells[SearchColumns.text], case .text(let hit) = cells[SearchColumns.hit],
      case .integer(let position) = cells[SearchColumns.position]
    else { return true }
    // The hit's place as UTF-8 bytes, from its place in characters.
    let start = text.index(text.startIndex, offsetBy: min(position, text.count))
    let lower = text.utf8.distance(from: text.startIndex, to: start)
    let line = Concordance.line(text: text, hit: lower..<(lower + hit.utf8.count), width: width)
    return try next.accept(
      .cells([
        cells[SearchColumns.source], cells[SearchColumns.article], .text(line.left), .text(line.hit),
        .text(line.right),
      ]))
  }

  func finish() throws(RuntimeFailure) { try next.finish() }
}
