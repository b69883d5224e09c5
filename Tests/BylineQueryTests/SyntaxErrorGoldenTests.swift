import BylineQuery
import Foundation
import Testing

// Golden files for syntax errors: `Golden/errors/syntax-NAME.byline` holds a query, `syntax-NAME.err` the exact
// text the renderer prints for it. `BYLINE_UPDATE_GOLDEN=1 swift test --filter SyntaxErrorGoldenTests` rewrites
// the `.err` files in the source tree; review the diff before committing. The `check-` goldens belong to
// `CheckErrorGoldenTests`, which runs more than the parser.

@Test func thereAreSyntaxErrorGoldens() {
  #expect(ErrorGoldens.queries(prefix: "syntax-").count >= 25)
}

@Test(arguments: ErrorGoldens.queries(prefix: "syntax-"))
func syntaxErrorMatchesGolden(_ name: String) throws {
  let source = try ErrorGoldens.source(name)
  let result = Parser.parse(source)
  #expect(!result.diagnostics.isEmpty, "\(name) should have a syntax error")
  try ErrorGoldens.expect(DiagnosticRenderer(source: source).render(result.diagnostics), for: name)
}
