import BylineIngest
import BylineModel
import Foundation

/// Reads corpus paths for the command line and `.load`, telling the person at the terminal what was skipped and
/// why, with progress while a large corpus loads.
public enum CorpusLoading {
  /// What a load gave: the corpus, and the one-line summary shown at start.
  public struct Loaded {
    public let corpus: Corpus
    public let summary: String
  }

  /// Loads `paths`, reporting every skipped file (always: nothing vanishes silently) and, unless `quiet`,
  /// every article's warnings; nil when not one readable article was found, after saying so.
  public static func load(_ paths: [String], quiet: Bool, report: (String) -> Void = Terminal.report) -> Loaded? {
    let progress = LoadProgress(label: "loading " + paths.joined(separator: " "), enabled: !quiet)
    let started = Date()
    let corpus = CorpusLoader().load(paths: paths)
    let seconds = Date().timeIntervalSince(started)
    progress.finish()
    for file in corpus.skipped {
      report("skipped \(file.path): \(file.reason)")
    }
    if !corpus.ignored.isEmpty {
      report(
        "ignored \(corpus.ignored.count) file(s) in the folders that are not .txt pages (\(kinds(of: corpus.ignored))); "
          + "name them to read them")
    }
    if !quiet {
      for article in corpus.articles {
        for warning in article.warnings { report("\(article.path): \(warning)") }
      }
    }
    if corpus.articles.isEmpty {
      report("no readable article in \(paths.joined(separator: " "))")
      return nil
    }
    return Loaded(corpus: corpus, summary: summary(of: corpus, seconds: seconds))
  }

  /// `12 articles, 57 entities (1 file skipped) in 0.21 s`.
  static func summary(of corpus: Corpus, seconds: Double) -> String {
    var text = "\(corpus.articles.count) article\(corpus.articles.count == 1 ? "" : "s"), "
    text += "\(corpus.entities.count) entit\(corpus.entities.count == 1 ? "y" : "ies")"
    if !corpus.skipped.isEmpty {
      text += " (\(corpus.skipped.count) file\(corpus.skipped.count == 1 ? "" : "s") skipped, reasons above)"
    }
    return text + String(format: " in %.2f s", seconds)
  }

  /// `3 .json, 1 notes`: the ignored files counted by extension, or by name when they have none.
  private static func kinds(of paths: [String]) -> String {
    var byKind: [String: Int] = [:]
    for path in paths {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      let parts = name.split(separator: ".")
      let kind = parts.count > 1 ? "." + (parts.last ?? "") : name
      byKind[kind, default: 0] += 1
    }
    return byKind.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
  }
}
