import BylineQuery
import Testing

@Test(arguments: [
  ("qoutes", Catalog.Namespace.source, String?.some("quotes")),
  ("article", .source, "articles"),
  ("sentance", .source, "sentences"),
  ("enti", .source, "entities"),
  ("boilerplates", .source, "boilerplate"),
  ("wher", .stage, "where"),
  ("slect", .stage, "select"),
  ("lowr", .function, "lower"),
  ("similarty", .function, "similarity"),
  ("year", .function, nil),
  ("countdistinct", .aggregate, "count_distinct"),
  ("average", .aggregate, nil),
  ("xyz", .source, nil),
  ("", .source, nil),
])
func suggestions(name: String, namespace: Catalog.Namespace, expected: String?) {
  #expect(Catalog().suggestion(for: name, in: namespace) == expected)
}

@Test(arguments: [
  ("speakr", "quotes", String?.some("speaker")),
  ("Speaker", "quotes", "speaker"),
  ("speaker_txt", "quotes", "speaker_text"),
  ("txt", "quotes", "text"),
  ("aliasses", "entities", "aliases"),
  ("line", "sentences", nil),
])
func fieldSuggestions(name: String, collection: String, expected: String?) throws {
  let source = try #require(Catalog().source(named: collection))
  #expect(Catalog.suggestion(for: name, among: source.fieldNames) == expected)
}

@Test func bindingsJoinTheSourcesAndHideCollections() throws {
  var catalog = Catalog()
  catalog.bind("cnbc", to: .rows(collection: "articles"))
  catalog.bind("top", to: .columns([ResultTable.Column(name: "speaker", type: .entity)]))
  #expect(catalog.names(in: .source).suffix(2) == ["cnbc", "top"])
  #expect(try #require(catalog.source(named: "cnbc")).fieldNames.contains("authors"))
  #expect(try #require(catalog.source(named: "top")).fieldNames == ["speaker"])
  #expect(catalog.suggestion(for: "cnb", in: .source) == "cnbc")
  catalog.bind("quotes", to: .columns([]))
  #expect(try #require(catalog.source(named: "quotes")).fieldNames.isEmpty)
  #expect(catalog.names(in: .source).filter { $0 == "quotes" }.count == 1)
  #expect(catalog.source(named: "nothing") == nil)
}

@Test(arguments: [
  ("s", Catalog.Namespace.source, ["sentences"]),
  ("", .aggregate, ["count", "count_distinct", "sum", "avg", "min", "max", "list", "first"]),
  ("CO", .aggregate, ["count", "count_distinct"]),
  ("s", .stage, ["select", "sort"]),
  ("to_", .function, ["to_text", "to_number", "to_date"]),
  ("zz", .function, []),
])
func completions(prefix: String, namespace: Catalog.Namespace, expected: [String]) {
  #expect(Catalog().completions(of: prefix, in: namespace) == expected)
}

@Test func stagesOfTheSpecAreListed() {
  #expect(
    Catalog.stages.map(\.name) == [
      "where", "select", "sort", "limit", "offset", "distinct", "group", "count", "kwic", "cluster",
    ])
}

@Test(arguments: [
  ("kim", ["Kim Jong Un", "Kim Jong Il"]),
  ("put", ["Vladimir Putin"]),
  ("пу", ["Vladimir Putin"]),
  ("Vlad", ["Vladimir Putin"]),
  ("x", []),
])
func entityNameCompletions(prefix: String, expected: [String]) {
  #expect(Catalog.entityNames(startingWith: prefix, in: SampleCorpus.indexed) == expected)
}
