extension Value {
  /// The value as plain text, the way `to_text` and `join` write it: dates in ISO form, entities by canonical
  /// name, decimals without a trailing `.0` when whole, lists joined by "; "; nil for null.
  public var plainText: String? {
    switch self {
    case .null: nil
    case .bool(let bool): bool ? "true" : "false"
    case .integer(let integer): String(integer)
    case .number(let number): Self.decimalText(number)
    case .text(let text): text
    case .date(let date): date.iso
    case .entity(let entity): entity.name
    case .list(let elements): elements.compactMap(\.plainText).joined(separator: "; ")
    }
  }

  /// `11000` for 11000.0, `5.5` for 5.5: whole numbers in the range where doubles are exact print as integers.
  static func decimalText(_ number: Double) -> String {
    if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }
}
