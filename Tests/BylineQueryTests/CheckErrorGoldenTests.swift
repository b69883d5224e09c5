import BylineQuery
import Foundation
import Testing

// Golden files for name, type and runtime errors: `Golden/errors/check-NAME.byline` holds a script, `check-NAME.err`
// the exact text the renderer prints for the statements that fail when a `Session` runs it over the hand-built
// sample corpus (`check-runtime-*` fail while they run, the others before). `BYLINE_UPDATE_GOLDEN=1 swift test
// --filter CheckErrorGoldenTests` rewrites the `.err` files in the source tree; review the diff before committing.

/// The diagnostics of every statement of the script that did not run to the end.
private func failures(of source: SourceText) -> [Diagnostic] {
  var session = Session(corpus: SampleCorpus.indexed)
  return session.run(source).flatMap { outcome -> [Diagnostic] in
    if case .failed(let diagnostics) = outcome { return diagnostics }
    return []
  }
}

@Test func thereAreCheckErrorGoldens() throws {
  // Distinct messages, not only files: two goldens showing the same sentence would prove less than they seem.
  let messages = try ErrorGoldens.queries(prefix: "check-").compactMap { name in
    failures(of: try ErrorGoldens.source(name)).first?.message
  }
  let shapes = Set(messages.map { $0.replacing(/`[^`]*`/, with: "`…`") })
  #expect(messages.count >= 30)
  #expect(shapes.count >= 25, "\(shapes.sorted())")
}

@Test(arguments: ErrorGoldens.queries(prefix: "check-"))
func checkErrorMatchesGolden(_ name: String) throws {
  let source = try ErrorGoldens.source(name)
  #expect(Parser.parse(source).diagnostics.isEmpty, "\(name) should parse: its error belongs to the checker or the run")
  let diagnostics = failures(of: source)
  #expect(!diagnostics.isEmpty, "\(name) should fail")
  for diagnostic in diagnostics {
    #expect(diagnostic.range.lowerBound >= 0 && diagnostic.range.upperBound <= source.bytes.count, "\(name): range")
    #expect(!diagnostic.range.isEmpty, "\(name): a caret needs something to stand under")
  }
  try ErrorGoldens.expect(DiagnosticRenderer(source: source).render(diagnostics), for: name)
}
