import BylineModel

/// `speaker:`, `source:` and `kind:`: the value is itself a small search, run against each distinct value of
/// the field (speaker names and aliases, source names, block kinds) as if it were a sentence.
struct FieldScope {
  let index: SearchIndex
  let corpus: IndexedCorpus

  static let fields = ["speaker", "source", "kind"]

  /// The documents (ascending) whose field value matches `value`.
  func documents(field: Name, value: SearchQuery, depth: Int) throws(SearchError) -> [Int32] {
    switch field.text.lowercased() {
    case "speaker":
      var documents: [Int32] = []
      for (speaker, speakerDocuments) in index.speakerDocuments {
        var names = [speaker]
        if let entity = corpus.entityIndex(name: speaker) { names += corpus.corpus.entities[entity].aliases }
        var matched = false
        for name in names where !matched {
          matched = try Self.matches(value, TermFolding.terms(in: name), depth: depth)
        }
        if matched { documents += speakerDocuments }
      }
      return Array(Set(documents)).sorted()
    case "source":
      var verdicts: [String: Bool] = [:]
      var documents: [Int32] = []
      for (article, record) in corpus.corpus.articles.enumerated() {
        guard let source = record.source else { continue }
        let matched: Bool
        if let known = verdicts[source] {
          matched = known
        } else {
          matched = try Self.matches(value, TermFolding.terms(in: source), depth: depth)
          verdicts[source] = matched
        }
        if matched {
          documents += Array(index.articleFirstDocuments[article]..<index.articleFirstDocuments[article + 1])
        }
      }
      return documents
    case "kind":
      let kinds = Block.Kind.allCases
      var wanted = Set<UInt8>()
      for (number, kind) in kinds.enumerated() {
        if try Self.matches(value, TermFolding.terms(in: kind.rawValue), depth: depth) { wanted.insert(UInt8(number)) }
      }
      if wanted.isEmpty, case .word(let word, _) = value.kind {
        throw SearchError(
          "unknown block kind '\(word)'", at: value.range,
          help: Suggestions.didYouMean(word, among: kinds.map(\.rawValue))
            ?? "the kinds are " + kinds.map(\.rawValue).joined(separator: ", "))
      }
      return index.documentBlockKinds.indices.compactMap { document in
        wanted.contains(index.documentBlockKinds[document]) ? Int32(document) : nil
      }
    default:
      throw SearchError(
        "unknown search field '\(field.text)'", at: field.range,
        help: Suggestions.didYouMean(field.text, among: Self.fields)
          ?? "the fields are " + Self.fields.joined(separator: ", "))
    }
  }

  /// Whether a field value, as folded terms, matches the query.
  static func matches(_ query: SearchQuery, _ terms: [String], depth: Int) throws(SearchError) -> Bool {
    guard depth < SearchEngine.maximumDepth else {
      throw SearchError("search query nested too deeply", at: query.range, help: "split it into simpler searches")
    }
    switch query.kind {
    case .word(let text, let prefix), .phrase(let text, let prefix):
      let wanted = try QueryEvaluation.terms(of: text, prefix: prefix, at: query.range).map {
        String(decoding: $0, as: UTF8.self)
      }
      guard wanted.count <= terms.count else { return false }
      return (0...(terms.count - wanted.count)).contains { start in
        wanted.indices.allSatisfy { offset in
          let term = terms[start + offset]
          return prefix && offset == wanted.count - 1 ? term.hasPrefix(wanted[offset]) : term == wanted[offset]
        }
      }
    case .and(let operands):
      for operand in operands {
        if !(try matches(operand, terms, depth: depth + 1)) { return false }
      }
      return true
    case .or(let operands):
      for operand in operands {
        if try matches(operand, terms, depth: depth + 1) { return true }
      }
      return false
    case .not(let operand):
      return !(try matches(operand, terms, depth: depth + 1))
    case .near(let left, let right, _):
      guard try matches(left, terms, depth: depth + 1) else { return false }
      return try matches(right, terms, depth: depth + 1)
    case .field(let name, _):
      throw SearchError(
        "field scopes cannot nest", at: name.range, help: "scope each part separately: speaker:Putin source:CNBC")
    }
  }
}
