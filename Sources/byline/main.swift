import ArgumentParser
import BylineIngest
import BylineModel
import BylineOutput
import Foundation

/// The `byline` command: turns scraped news pages into an article model and shows or exports it.
struct Byline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Turn scraped news articles into a structured article model.",
    version: "0.1.0",
    subcommands: [Summary.self, Export.self],
    defaultSubcommand: Summary.self
  )

  /// Runs the command line, mapping argument errors to exit status 2 as SPEC §3 fixes.
  static func runMain() -> Never {
    do {
      var command = try parseAsRoot()
      try command.run()
      Foundation.exit(ExitStatus.success.rawValue)
    } catch let status as ExitStatus {
      Foundation.exit(status.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      if code == .validationFailure {
        FileHandle.standardError.write(Data(("Usage: " + usageString() + "\n").utf8))
        Foundation.exit(ExitStatus.badCommandLine.rawValue)
      }
      Foundation.exit(code.rawValue == 64 ? ExitStatus.badCommandLine.rawValue : ExitStatus.queryFailed.rawValue)
    }
  }
}

/// The process exit statuses of SPEC §3.
enum ExitStatus: Int32, Error {
  case success = 0
  case queryFailed = 1
  case badCommandLine = 2
  case noArticles = 3
}

/// Options shared by the commands that read a corpus.
struct CorpusOptions: ParsableArguments {
  @Argument(help: "Files, folders (read recursively) or - for one article on standard input.")
  var corpus: [String] = []

  @Flag(name: .shortAndLong, help: "Do not report skipped files and load figures on standard error.")
  var quiet = false

  /// Loads the corpus, reporting every skipped file on stderr, and fails with status 3 when nothing loads.
  func load() throws -> Corpus {
    guard !corpus.isEmpty else { throw ValidationError("no corpus given: name files or folders to read") }
    let loaded = CorpusLoader().load(paths: corpus)
    for file in loaded.skipped {
      Diagnostics.report("skipped \(file.path): \(file.reason)")
    }
    if !loaded.ignored.isEmpty {
      // Nothing vanishes silently: say what was left out of the folders, by kind.
      var byExtension: [String: Int] = [:]
      for path in loaded.ignored {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let kind = name.split(separator: ".").count > 1 ? "." + (name.split(separator: ".").last ?? "") : name
        byExtension[kind, default: 0] += 1
      }
      let summary = byExtension.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      Diagnostics.report(
        "ignored \(loaded.ignored.count) file(s) in the folders that are not .txt pages (\(summary)); name them to read them"
      )
    }
    if !quiet {
      for article in loaded.articles {
        for warning in article.warnings { Diagnostics.report("\(article.path): \(warning)") }
      }
    }
    if loaded.articles.isEmpty {
      Diagnostics.report("no readable article in \(corpus.joined(separator: " "))")
      throw ExitStatus.noArticles
    }
    return loaded
  }
}

/// Messages for the person at the terminal, on standard error.
enum Diagnostics {
  static func report(_ message: String) {
    FileHandle.standardError.write(Data(("byline: " + message + "\n").utf8))
  }
}

Byline.runMain()
