import BylineQuery
import Foundation
import Testing

// Golden files for syntax errors: `Golden/errors/syntax-NAME.byline` holds a query, `syntax-NAME.err` the exact
// text the renderer prints for it. `BYLINE_UPDATE_GOLDEN=1 swift test --filter SyntaxErrorGoldenTests`
// rewrites the `.err` files in the source tree; review the diff before committing. Other `Golden/errors` files
// (checker and runtime errors) belong to tests that run more than the parser.

private let goldenFolder = Bundle.module.resourceURL?.appendingPathComponent("Golden/errors")
private let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Golden/errors")
private let isUpdating = ProcessInfo.processInfo.environment["BYLINE_UPDATE_GOLDEN"] == "1"

/// The golden queries' names, `syntax-` prefix and `.byline` suffix included.
private func goldenQueries() -> [String] {
  // When updating, the source tree is the truth: a new query need not have been copied into the bundle yet.
  guard let folder = isUpdating ? sourceFolder : goldenFolder else { return [] }
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasPrefix("syntax-") && $0.hasSuffix(".byline") }.sorted()
}

@Test func thereAreSyntaxErrorGoldens() {
  #expect(goldenQueries().count >= 25)
}

@Test(arguments: goldenQueries())
func syntaxErrorMatchesGolden(_ name: String) throws {
  let folder = try #require(isUpdating ? sourceFolder : goldenFolder)
  let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
  let source = SourceText(bytes: Array(bytes), name: name)
  let result = Parser.parse(source)
  let rendered = DiagnosticRenderer(source: source).render(result.diagnostics)
  #expect(!result.diagnostics.isEmpty, "\(name) should have a syntax error")
  let expectedName = String(name.dropLast(".byline".count)) + ".err"
  if isUpdating {
    try Data(rendered.utf8).write(to: sourceFolder.appendingPathComponent(expectedName))
    return
  }
  let expected = try? String(contentsOf: folder.appendingPathComponent(expectedName), encoding: .utf8)
  #expect(expected == rendered, "\(expectedName) differs; BYLINE_UPDATE_GOLDEN=1 rewrites it")
}
