/// "Did you mean …": the closest known name to a misspelt one, shared by the parser (stage names) and the
/// checker (collections, fields, functions), so both suggest by the same rule.
public enum Suggestions {
  /// The optimal-string-alignment distance between two names (insertions, deletions, substitutions and
  /// swaps of neighbours each cost 1), compared by characters and ignoring case.
  public static func editDistance(_ first: String, _ second: String) -> Int {
    let left = Array(first.lowercased())
    let right = Array(second.lowercased())
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    // Three rolling rows: the swap rule looks two rows back.
    var beforePrevious = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        var best = min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[right.count]
  }

  /// The candidate closest to `name`, if one is close enough to be what was meant.
  ///
  /// Close enough: a name that differs only in case, or one within a third of its length in edits (at least
  /// one). Ties go to the earlier candidate, so the answer is deterministic.
  ///
  /// `closest(to: "speakr", among: ["speaker", "source"])` is `"speaker"`.
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let limit = max(1, name.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let distance = editDistance(name, candidate)
      // Distance is case-blind, so a name that differs only in case scores 0 and always wins.
      guard distance <= limit, distance < (best?.distance ?? Int.max) else { continue }
      best = (candidate, distance)
    }
    return best?.candidate
  }

  /// `did you mean 'speaker'?` for the closest candidate, or nil.
  public static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String? {
    closest(to: name, among: candidates).map { "did you mean '\($0)'?" }
  }
}
