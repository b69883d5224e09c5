/// `--color auto|always|never`: whether diagnostics and the prompt carry ANSI colours.
public enum ColorChoice: String, CaseIterable, Sendable {
  /// Colour when standard error is a terminal that is not dumb and `NO_COLOR` is unset or empty.
  case auto
  case always
  case never

  /// Whether to colour what goes to standard error. An explicit `always` beats `NO_COLOR`, as the
  /// no-color.org convention asks of command-line flags.
  public func colorsStandardError(environment: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      let term = environment["TERM"] ?? ""
      return Terminal.isTerminal(2) && !term.isEmpty && term != "dumb"
    }
  }
}
