/// What Tab does to the line: replace the word before the cursor, or list the ways it could go on.
public struct Completion: Equatable, Sendable {
  /// How many Unicode scalars before the cursor to replace: the word typed so far (libedit counts characters
  /// as wide characters, that is scalars).
  public var replacing: Int
  /// What to put in their place.
  public var insertion: String
  /// Candidates to show when they share nothing more than what was typed; empty otherwise.
  public var alternatives: [String]

  public init(replacing: Int = 0, insertion: String = "", alternatives: [String] = []) {
    self.replacing = replacing
    self.insertion = insertion
    self.alternatives = alternatives
  }

  /// Nothing to offer: the editor beeps.
  public static let none = Completion()

  public var isEmpty: Bool { insertion.isEmpty && alternatives.isEmpty }

  /// The completion of `typed` among `candidates` (already filtered to those it begins, case ignored): the one
  /// candidate with `terminator` after it, else the longest prefix they share when it is longer than `typed`,
  /// else all of them listed.
  static func choosing(among candidates: [String], typed: String, terminator: String = " ") -> Completion {
    var seen = Set<String>()
    let unique = candidates.filter { seen.insert($0).inserted }
    let replacing = typed.unicodeScalars.count
    switch unique.count {
    case 0:
      return .none
    case 1:
      return Completion(replacing: replacing, insertion: unique[0] + terminator)
    default:
      let shared = unique.dropFirst().reduce(unique[0]) { common, candidate in
        String(zip(common, candidate).prefix { $0.lowercased() == $1.lowercased() }.map(\.0))
      }
      if shared.count > typed.count { return Completion(replacing: replacing, insertion: shared) }
      return Completion(alternatives: unique)
    }
  }
}
