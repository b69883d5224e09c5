import BylineOutput
import BylineQuery
import Foundation
import Testing

/// Every fixture in every format against `Golden/formats/<fixture>.<ext>`; `BYLINE_UPDATE_GOLDEN=1` writes
/// the current output there instead, for review in the diff.
struct FormatGoldenTests {
  /// One rendering to compare: a fixture, a format and the options it is written with.
  struct Case: Sendable, CustomTestStringConvertible {
    var fixture: FormatFixture
    var format: OutputFormat
    var options = OutputOptions()
    var variant = ""

    var fileName: String { fixture.name + variant + "." + Self.extensions[format, default: format.name] }
    var testDescription: String { fileName }

    static let extensions: [OutputFormat: String] = [.table: "txt", .markdown: "md"]
  }

  static let cases: [Case] =
    FormatFixture.all.flatMap { fixture in OutputFormat.allCases.map { Case(fixture: fixture, format: $0) } } + [
      Case(fixture: .wide, format: .table, options: OutputOptions(width: 40), variant: ".w40"),
      Case(fixture: .wide, format: .table, options: OutputOptions(width: 20), variant: ".w20"),
      Case(fixture: .wide, format: .table, options: OutputOptions(width: 40, wrap: true), variant: ".w40-wrap"),
      Case(fixture: .wide, format: .table, options: OutputOptions(width: 20, wrap: true), variant: ".w20-wrap"),
      Case(fixture: .scripts, format: .table, options: OutputOptions(width: 24), variant: ".w24"),
      Case(fixture: .plain, format: .table, options: OutputOptions(width: 60), variant: ".w60"),
    ]

  static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/formats")

  @Test(arguments: cases) func matchesGolden(_ golden: Case) throws {
    let output = golden.format.render(golden.fixture.table, options: golden.options)
    if ProcessInfo.processInfo.environment["BYLINE_UPDATE_GOLDEN"] == "1" {
      try Data(output.utf8).write(to: Self.sourceFolder.appendingPathComponent(golden.fileName))
      return
    }
    let url = Bundle.module.resourceURL?.appendingPathComponent("Golden/formats/\(golden.fileName)")
    guard let url, let expected = try? Data(contentsOf: url) else {
      Issue.record("no golden file \(golden.fileName): run with BYLINE_UPDATE_GOLDEN=1 and review it")
      return
    }
    #expect(output == String(decoding: expected, as: UTF8.self), "\(golden.fileName)")
  }

  /// A golden file no case writes is a leftover that would never be checked again.
  @Test func everyGoldenFileHasACase() throws {
    let names = Set(Self.cases.map(\.fileName))
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.sourceFolder.path).filter {
      !$0.hasPrefix(".")
    }
    #expect(Set(files).subtracting(names).sorted() == [])
  }
}
