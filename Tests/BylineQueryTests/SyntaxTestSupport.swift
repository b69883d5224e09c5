import BylineQuery
import Foundation
import Testing

/// The marker that stands for an error's location in a test query: `"quotes | where 1️⃣= 3"`.
let locationMarker = "1️⃣"

/// A test query with the marker taken out, and the byte offset where it stood.
func unmark(_ marked: String) -> (text: String, offset: Int?) {
  guard let range = marked.range(of: locationMarker) else { return (marked, nil) }
  let offset = marked.utf8.distance(from: marked.startIndex, to: range.lowerBound)
  return (marked.replacingCharacters(in: range, with: ""), offset)
}

/// The S-expressions of a query's statements, or its rendered diagnostics when it has any, so a failing
/// expectation shows what went wrong.
func sExpressions(_ query: String) -> String {
  let source = SourceText(query)
  let result = Parser.parse(source)
  guard result.diagnostics.isEmpty else { return DiagnosticRenderer(source: source).render(result.diagnostics) }
  return ASTPrinter.print(result.statements)
}

/// The repository's root, found from this file's path, for the tests that read `grammar/` and `examples/`.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// A deterministic pseudo-random generator (SplitMix64): the same seed gives the same inputs on every run.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// A test input too long to show in the test's name: only `name` is shown.
struct NamedInput: CustomTestStringConvertible, Sendable {
  let name: String
  let text: String

  init(_ name: String, _ text: String) {
    self.name = name
    self.text = text
  }

  var testDescription: String { name }
}

/// A named test case: an input and what it should give. Only the name shows in test output.
struct SyntaxCase<Expected: Sendable>: CustomTestStringConvertible, Sendable {
  let name: String
  let input: String
  let expected: Expected

  init(_ name: String, _ input: String, _ expected: Expected) {
    self.name = name
    self.input = input
    self.expected = expected
  }

  var testDescription: String { name }
}
