/// What a `let`-bound name holds, as far as the checker needs to know it.
public enum BindingShape: Hashable, Sendable {
  /// Rows of a collection with all its fields, as `let cnbc = articles | where source = "CNBC"` leaves them.
  case rows(collection: String)
  /// Computed columns, as after `select`, `group` or `count`.
  case columns([ResultTable.Column])
}

/// The names in scope at a point of a session: collections, `let` bindings, stages, functions, aggregates and
/// the fields of each source. The checker asks it whether a name exists and what was meant instead; REPL
/// completion asks it for candidates, so Tab offers exactly the names the checker accepts.
public struct Catalog: Sendable {
  /// A source a pipeline can start from.
  public enum Source: Sendable {
    case collection(CollectionSchema)
    case binding(name: String, shape: BindingShape)

    /// The fields (or columns) its rows have, without dotted paths.
    public var fieldNames: [String] {
      switch self {
      case .collection(let collection): collection.fieldNames
      case .binding(_, .rows(let collection)): Schema.collection(named: collection)?.fieldNames ?? []
      case .binding(_, .columns(let columns)): columns.map(\.name)
      }
    }
  }

  /// A kind of name, for lookups and completion.
  public enum Namespace: Hashable, Sendable {
    /// Collections and `let` bindings.
    case source
    case stage
    case function
    case aggregate
  }

  /// A stage of a pipeline, for completion and `.help`.
  public struct Stage: Hashable, Sendable {
    public let name: String
    public let summary: String
  }

  /// The stages of SPEC §2. The parser's keyword table decides what is a stage; this list must name the same.
  public static let stages: [Stage] = [
    Stage(name: "where", summary: "keep the rows where a condition is true"),
    Stage(name: "select", summary: "keep and compute columns"),
    Stage(name: "sort", summary: "order the rows (stable), `asc` or `desc`, nulls last"),
    Stage(name: "limit", summary: "keep the first N rows"),
    Stage(name: "offset", summary: "skip the first N rows"),
    Stage(name: "distinct", summary: "drop repeated rows, or rows repeating the given fields"),
    Stage(name: "group", summary: "one row per key, with `count` and any aggregates"),
    Stage(name: "count", summary: "the number of rows"),
    Stage(name: "kwic", summary: "concordance lines for search hits"),
    Stage(name: "cluster", summary: "group near-identical quotes or sentences across articles"),
  ]

  /// `let` bindings of the session, by name.
  public private(set) var bindings: [String: BindingShape] = [:]

  public init() {}

  /// Binds (or rebinds) a name for the statements that follow.
  public mutating func bind(_ name: String, to shape: BindingShape) {
    bindings[name] = shape
  }

  /// The source of this name: a binding hides a collection of the same name, as a later `let` would.
  public func source(named name: String) -> Source? {
    if let shape = bindings[name] { return .binding(name: name, shape: shape) }
    return Schema.collection(named: name).map(Source.collection)
  }

  /// Every name of a namespace: collections in schema order, then bindings sorted; the others in table order.
  public func names(in namespace: Namespace) -> [String] {
    switch namespace {
    case .source:
      Schema.collectionNames.filter { bindings[$0] == nil } + bindings.keys.sorted()
    case .stage: Self.stages.map(\.name)
    case .function: Functions.names
    case .aggregate: Aggregates.names
    }
  }

  /// The name in `namespace` the user most likely meant by `name`, for "did you mean".
  public func suggestion(for name: String, in namespace: Namespace) -> String? {
    Self.suggestion(for: name, among: names(in: namespace))
  }

  /// The names of a namespace that start with `prefix` (case ignored), for Tab.
  public func completions(of prefix: String, in namespace: Namespace) -> [String] {
    Self.completions(of: prefix, among: names(in: namespace))
  }

  /// The names among `candidates` that start with `prefix` (case ignored), in their order.
  public static func completions(of prefix: String, among candidates: [String]) -> [String] {
    let folded = prefix.lowercased()
    return candidates.filter { $0.lowercased().hasPrefix(folded) }
  }

  /// The candidate closest to `name`: within a few edits (fewer for short names, a swap of neighbours counting as
  /// one), else the only candidate that `name` begins; nil when nothing is close or `name` is itself a
  /// candidate. Ties go to the earlier candidate.
  public static func suggestion(for name: String, among candidates: [String]) -> String? {
    let folded = Array(name.lowercased().unicodeScalars)
    guard !folded.isEmpty, !candidates.contains(name) else { return nil }
    let allowed = max(1, min(3, folded.count / 3))
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates {
      let distance = Suggestions.editDistance(name, candidate)
      if distance <= allowed, distance < best?.distance ?? .max { best = (candidate, distance) }
    }
    if let best { return best.candidate }
    guard folded.count >= 3 else { return nil }
    let extending = candidates.filter { $0.lowercased().unicodeScalars.starts(with: folded) }
    return extending.count == 1 ? extending[0] : nil
  }
}

extension Catalog {
  /// Canonical names of the corpus's entities that start with `prefix`, or that have an alias starting with it
  /// (case ignored), most mentioned first, for completing entity names inside quotes.
  public static func entityNames(startingWith prefix: String, in corpus: IndexedCorpus, limit: Int = 50) -> [String] {
    let needle = TextNeedle(prefix)
    var names: [String] = []
    for entity in corpus.corpus.entities {
      guard names.count < limit else { break }
      let matches =
        needle.matches(entity.name, .startsWith)
        || entity.aliases.contains { needle.matches($0, .startsWith) }
      if matches { names.append(entity.name) }
    }
    return names
  }
}
