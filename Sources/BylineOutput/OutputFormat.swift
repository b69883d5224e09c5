import BylineQuery

/// The ways a result can be printed: `--format NAME` and `.format NAME`.
///
/// The cases, their raw values (the names users type) and `summary` are the one table of formats: parsing a
/// name, the help text and "did you mean" all read it, so a new format needs a case and a summary only.
public enum OutputFormat: String, CaseIterable, Sendable {
  case table
  case json
  case jsonl
  case csv
  case tsv
  case markdown

  /// The name users type: `jsonl`.
  public var name: String { rawValue }

  /// One line for `--help` and `.help`.
  public var summary: String {
    switch self {
    case .table: "aligned columns fitted to the terminal width"
    case .json: "one JSON array of objects, keys in column order"
    case .jsonl: "one JSON object per line (JSON Lines)"
    case .csv: "comma-separated values with a header row (RFC 4180, CRLF line ends)"
    case .tsv: "tab-separated values with a header row; tab, newline, CR and backslash escaped"
    case .markdown: "a Markdown pipe table"
    }
  }

  /// The format called `name`, ignoring case: `OutputFormat(name: "JSON") == .json`.
  public init?(name: String) {
    guard let format = Self(rawValue: name.lowercased()) else { return nil }
    self = format
  }

  /// The format called `name`, or an error naming the closest format when `name` is a near miss.
  public static func parse(_ name: String) throws(UnknownOutputFormat) -> OutputFormat {
    if let format = OutputFormat(name: name) { return format }
    throw UnknownOutputFormat(name: name, suggestion: suggestion(for: name))
  }

  /// The format whose name is within a typo or two of `name` (`jsn` → `json`, `tabel` → `table`), if any.
  public static func suggestion(for name: String) -> OutputFormat? {
    // Two edits on a two-letter word would make anything a suggestion.
    let allowed = min(2, max(1, name.count / 2))
    var best: (format: OutputFormat, distance: Int)?
    for format in allCases {
      let distance = Suggestions.editDistance(name, format.name)
      if distance <= allowed, distance < best?.distance ?? .max { best = (format, distance) }
    }
    return best?.format
  }

  /// The formats as help lines, names padded to one column: `  json      one JSON array of objects, …`.
  public static var helpText: String {
    let nameWidth = allCases.map(\.name.count).max() ?? 0
    return allCases.map { format in
      "  " + format.name + String(repeating: " ", count: nameWidth - format.name.count + 2) + format.summary
    }.joined(separator: "\n")
  }
}

/// A format name that is not in the table, with the closest one when there is a close one.
public struct UnknownOutputFormat: Error, Equatable, CustomStringConvertible {
  /// The name as the user typed it.
  public var name: String
  /// The format the user probably meant.
  public var suggestion: OutputFormat?

  /// Creates the error for `name`.
  public init(name: String, suggestion: OutputFormat?) {
    self.name = name
    self.suggestion = suggestion
  }

  /// `unknown format 'jsn'; did you mean 'json'? (formats: table, json, jsonl, csv, tsv, markdown)`.
  public var description: String {
    var text = "unknown format '\(name)'"
    if let suggestion { text += "; did you mean '\(suggestion.name)'?" }
    return text + " (formats: " + OutputFormat.allCases.map(\.name).joined(separator: ", ") + ")"
  }
}
