import BylineIngest
import BylineOutput
import BylineQuery
import Foundation

/// One dot-command: its name, what it takes, its line of `.help`, and what it does.
struct DotCommand: Sendable {
  /// What an argument names, for Tab.
  enum Argument: Sendable {
    case none
    case format
    case source
    case onOff
    case path
  }

  let name: String
  /// As `.help` shows them: `[collection]`.
  let usage: String
  let summary: String
  let argumentCounts: ClosedRange<Int>
  let argument: Argument
  /// Runs with the words after the name; `location` prefixes error messages (`script.byline:4: `).
  let run: @Sendable (Runner, [String], _ location: String) -> Bool
}

/// The dot-commands of SPEC §3, as one table: parsing, `.help`, completion and "did you mean" all read it.
enum DotCommands {
  static let table: [DotCommand] = [
    DotCommand(
      name: "help", usage: "", summary: "list these commands", argumentCounts: 0...0, argument: .none,
      run: { runner, _, _ in runner.showHelp() }),
    DotCommand(
      name: "schema", usage: "[collection]", summary: "the collections, or the fields of one (or of a let name)",
      argumentCounts: 0...1, argument: .source,
      run: { runner, words, location in runner.showSchema(words.first, location) }),
    DotCommand(
      name: "format", usage: "[NAME]",
      summary: "print results as " + OutputFormat.allCases.map(\.name).joined(separator: ", ") + ", or show the format",
      argumentCounts: 0...1, argument: .format,
      run: { runner, words, location in runner.setFormat(words.first, location) }),
    DotCommand(
      name: "timer", usage: "on|off", summary: "print each statement's run time on standard error",
      argumentCounts: 1...1, argument: .onOff, run: { runner, words, location in runner.setTimer(words[0], location) }),
    DotCommand(
      name: "load", usage: "PATH...", summary: "read another corpus in place of this one (let names are dropped)",
      argumentCounts: 1...Int.max, argument: .path, run: { runner, words, location in runner.load(words, location) }),
    DotCommand(
      name: "output", usage: "[FILE]", summary: "send results to FILE, or back to standard output",
      argumentCounts: 0...1, argument: .path,
      run: { runner, words, location in runner.redirect(to: words.first, location) }),
    DotCommand(
      name: "read", usage: "SCRIPT", summary: "run the statements of a script file in this session",
      argumentCounts: 1...1, argument: .path, run: { runner, words, location in runner.read(words[0], location) }),
    DotCommand(
      name: "history", usage: "", summary: "list the statements entered before, oldest first",
      argumentCounts: 0...0, argument: .none, run: { runner, _, _ in runner.showHistory() }),
    DotCommand(
      name: "quit", usage: "", summary: "leave byline (so does Ctrl-D)", argumentCounts: 0...0, argument: .none,
      run: { runner, _, _ in runner.quit() }),
  ]

  static var names: [String] { table.map { "." + $0.name } }

  static func named(_ name: String) -> DotCommand? {
    // `.exit` is what sqlite3 users type.
    table.first { $0.name == name } ?? (name == "exit" ? table.first { $0.name == "quit" } : nil)
  }

  /// The words of a dot-command line: split at spaces, with `"…"` or `'…'` keeping spaces in one word.
  ///
  /// `.output "my results.tsv"` gives `[".output", "my results.tsv"]`.
  static func words(of line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    for character in line {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " || character == "\t" {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }

  /// `.help`'s text: one line per command, usages lined up.
  static var helpText: String {
    let left = table.map { "." + $0.name + ($0.usage.isEmpty ? "" : " " + $0.usage) }
    let width = left.map(\.count).max() ?? 0
    return zip(left, table).map { usage, command in
      usage + String(repeating: " ", count: width - usage.count + 2) + command.summary
    }.joined(separator: "\n") + "\n"
  }
}

extension Runner {
  /// Runs one dot-command line.
  func runDotCommand(_ line: String, location: String) -> Bool {
    let words = DotCommands.words(of: line)
    let name = String((words.first ?? ".").dropFirst())
    guard let command = DotCommands.named(name) else {
      let suggestion = Catalog.suggestion(for: name, among: DotCommands.table.map(\.name))
      let hint = suggestion.map { "; did you mean .\($0)?" } ?? ""
      return fail("unknown command .\(name)\(hint) (.help lists them)", location: location)
    }
    let arguments = Array(words.dropFirst())
    guard command.argumentCounts.contains(arguments.count) else {
      let usage = "." + command.name + (command.usage.isEmpty ? "" : " " + command.usage)
      return fail("usage: \(usage)", location: location)
    }
    return command.run(self, arguments, location)
  }

  func showHelp() -> Bool {
    output.write(DotCommands.helpText)
    output.write(
      "Statements are pipelines (`quotes | where speaker = \"…\" | select source, text`); end a line with `|` to "
        + "go on. Tab completes, Ctrl-R searches history, Ctrl-C cancels, Ctrl-D quits.\n")
    return true
  }

  func showSchema(_ name: String?, _ location: String) -> Bool {
    guard let name else {
      let width = Schema.collectionNames.map(\.count).max() ?? 0
      var text = ""
      for collection in Schema.collections {
        text += collection.name + String(repeating: " ", count: width - collection.name.count + 2)
        text += collection.summary + "\n"
      }
      for (binding, shape) in session.catalog.bindings.sorted(by: { $0.key < $1.key }) {
        text += binding + String(repeating: " ", count: max(2, width - binding.count + 2))
        switch shape {
        case .rows(let collection): text += "let: rows of \(collection)\n"
        case .columns(let columns): text += "let: " + columns.map(\.name).joined(separator: ", ") + "\n"
        }
      }
      output.write(text)
      return true
    }
    switch session.catalog.source(named: name) {
    case .collection(let collection)?:
      let rows = collection.fields.map { field in
        [field.name, field.type.description, field.summary + (field.linkedCollection.map { " (→ \($0))" } ?? "")]
      }
      output.write("\(collection.name): \(collection.summary)\n" + Self.aligned(rows))
      return true
    case .binding(_, .rows(let collection))?:
      output.write("\(name): let-bound rows of \(collection); .schema \(collection) lists their fields\n")
      return true
    case .binding(_, .columns(let columns))?:
      output.write("\(name): let-bound columns\n" + Self.aligned(columns.map { [$0.name, $0.type.description] }))
      return true
    case nil:
      let suggestion = session.catalog.suggestion(for: name, in: .source).map { "; did you mean \($0)?" } ?? ""
      return fail("no collection or let name `\(name)`\(suggestion)", location: location)
    }
  }

  /// Rows of words as lines with each column padded to its widest cell, indented by two spaces.
  private static func aligned(_ rows: [[String]]) -> String {
    guard let columnCount = rows.map(\.count).max() else { return "" }
    let widths = (0..<columnCount).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    return rows.map { row in
      "  "
        + row.enumerated().map { column, cell in
          column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
        }.joined()
    }.joined(separator: "\n") + "\n"
  }

  func setFormat(_ name: String?, _ location: String) -> Bool {
    guard let name else {
      let current = settings.format.map(\.name) ?? "\(effectiveFormat.name) (chosen for where results go)"
      output.write("format: \(current)\n" + OutputFormat.helpText + "\n")
      return true
    }
    do {
      settings.format = try OutputFormat.parse(name)
      return true
    } catch {
      return fail(error.description, location: location)
    }
  }

  func setTimer(_ word: String, _ location: String) -> Bool {
    switch word.lowercased() {
    case "on": settings.timer = true
    case "off": settings.timer = false
    default: return fail("usage: .timer on|off", location: location)
    }
    return true
  }

  func load(_ paths: [String], _ location: String) -> Bool {
    if paths.contains("-") {
      return fail(".load cannot read standard input (`-`): name files or folders", location: location)
    }
    var messages: [String] = []
    guard let loaded = CorpusLoading.load(paths, quiet: settings.quiet, report: { messages.append("byline: " + $0) })
    else {
      errors.write(messages.joined(separator: "\n") + "\n")
      return fail("nothing loaded; the corpus is unchanged", location: location)
    }
    if !messages.isEmpty { errors.write(messages.joined(separator: "\n") + "\n") }
    let hadBindings = !session.catalog.bindings.isEmpty
    session = Session(corpus: loaded.corpus)
    note("loaded \(loaded.summary)" + (hadBindings ? "; let names dropped" : ""))
    return true
  }

  func redirect(to path: String?, _ location: String) -> Bool {
    guard let path else {
      restoreStandardOutput()
      return true
    }
    do {
      let file = try ByteSink.file(path)
      restoreStandardOutput()
      output = file
      return true
    } catch {
      return fail(
        "cannot write \(error.path): \(error.reason); results still go to \(output.path ?? "standard output")",
        location: location)
    }
  }

  func read(_ path: String, _ location: String) -> Bool {
    guard readDepth < Self.maximumReadDepth else {
      return fail(
        ".read is nested more than \(Self.maximumReadDepth) deep; does \(path) read itself?", location: location)
    }
    let script: SourceText
    do {
      script = try ScriptFile.read(path)
    } catch {
      return fail(error.description, location: location)
    }
    readDepth += 1
    defer { readDepth -= 1 }
    let succeeded = run(script)
    // `.quit` ends the script it is in, not the session that read it.
    quitRequested = false
    return succeeded
  }

  func showHistory() -> Bool {
    guard let history else {
      output.write("history is off (a script, --no-history, or the history file could not be used)\n")
      return true
    }
    let entries = history.entries
    let width = String(entries.count).count
    var text = ""
    for (index, entry) in entries.enumerated() {
      let number = String(index + 1)
      text += String(repeating: " ", count: width - number.count) + number + "  "
      text += entry.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: width + 2)) + "\n"
    }
    output.write(text)
    return true
  }

  func quit() -> Bool {
    quitRequested = true
    return true
  }
}
