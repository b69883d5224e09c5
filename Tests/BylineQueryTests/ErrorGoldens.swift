import BylineQuery
import Foundation
import Testing

/// The error golden files of `Golden/errors`: `PREFIX-NAME.byline` holds a query, `PREFIX-NAME.err` the exact text
/// the renderer prints for it. With `BYLINE_UPDATE_GOLDEN=1` the `.err` files in the source tree are rewritten
/// instead of compared; review the diff before committing.
enum ErrorGoldens {
  static let isUpdating = ProcessInfo.processInfo.environment["BYLINE_UPDATE_GOLDEN"] == "1"
  private static let bundleFolder = Bundle.module.resourceURL?.appendingPathComponent("Golden/errors")
  private static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/errors")

  /// Where the goldens are read: the source tree when updating (a new query need not have been copied into
  /// the bundle yet), the test bundle otherwise.
  static var folder: URL? { isUpdating ? sourceFolder : bundleFolder }

  /// The queries' file names with this prefix, `.byline` suffix included, sorted.
  static func queries(prefix: String) -> [String] {
    guard let folder else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".byline") }.sorted()
  }

  /// The query of a golden as source text, named after its file.
  static func source(_ name: String) throws -> SourceText {
    let folder = try #require(folder)
    return SourceText(bytes: Array(try Data(contentsOf: folder.appendingPathComponent(name))), name: name)
  }

  /// Compares `rendered` with the query's `.err` file, or writes it there when updating.
  static func expect(_ rendered: String, for name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let expectedName = String(name.dropLast(".byline".count)) + ".err"
    if isUpdating {
      try Data(rendered.utf8).write(to: sourceFolder.appendingPathComponent(expectedName))
      return
    }
    let folder = try #require(folder)
    let expected = try? String(contentsOf: folder.appendingPathComponent(expectedName), encoding: .utf8)
    #expect(
      expected == rendered, "\(expectedName) differs; BYLINE_UPDATE_GOLDEN=1 rewrites it",
      sourceLocation: sourceLocation)
  }
}
