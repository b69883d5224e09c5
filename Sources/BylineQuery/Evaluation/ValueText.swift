extension Value {
  /// The value as plain text, the way `to_text` and `join` write it and the text formats print it: dates in
  /// ISO form, entities by canonical name, decimals without a trailing `.0` when whole, lists joined by "; ";
  /// nil for null (and for infinities and NaN, which arithmetic never produces).
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

  /// `11000` for 11000.0, `5.5` for 5.5: whole numbers below 10^16 print as integers (counts and sums computed in
  /// floating point are whole numbers to a reader, and jq prints them so), others in Swift's shortest form that
  /// reads back to the same double; from 10^16 Swift writes exponents, which keeps a double's last digits from
  /// pretending to a precision it does not have. Every output format prints numbers this way.
  public static func decimalText(_ number: Double) -> String? {
    guard number.isFinite else { return nil }
    if number.rounded() == number, abs(number) < 1e16 { return String(Int(number)) }
    return String(number)
  }
}
