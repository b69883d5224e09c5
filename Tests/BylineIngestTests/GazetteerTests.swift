import Testing

@testable import BylineIngest

/// A name as an article writes it and the place it must resolve to (nil: it must not be a place).
struct PlaceCase: Sendable, CustomTestStringConvertible {
  let name: String
  let canonical: String?
  let kind: PlaceKind?

  init(_ name: String, _ canonical: String?, _ kind: PlaceKind? = nil) {
    self.name = name
    self.canonical = canonical
    self.kind = kind
  }

  var testDescription: String { "\(name) → \(canonical ?? "nothing")" }
}

/// A word and the place it is the demonym of (nil: it must not be a demonym).
struct DemonymCase: Sendable, CustomTestStringConvertible {
  let word: String
  let place: String?

  init(_ word: String, _ place: String?) {
    self.word = word
    self.place = place
  }

  var testDescription: String { "\(word) → \(place ?? "nothing")" }
}

@Suite struct GazetteerTests {
  static let places: [PlaceCase] = [
    // Countries: canonical, common, official and news names
    .init("North Korea", "North Korea", .country),
    .init("DPRK", "North Korea", .country),
    .init("Democratic People's Republic of Korea", "North Korea", .country),
    .init("Democratic People’s Republic of Korea", "North Korea", .country),
    .init("NORTH KOREA", "North Korea", .country),
    .init("South Korea", "South Korea", .country),
    .init("Republic of Korea", "South Korea", .country),
    .init("U.S.", "United States", .country),
    .init("US", "United States", .country),
    .init("USA", "United States", .country),
    .init("America", "United States", .country),
    .init("United States of America", "United States", .country),
    .init("UK", "United Kingdom", .country),
    .init("Britain", "United Kingdom", .country),
    .init("Russian Federation", "Russia", .country),
    .init("Russia", "Russia", .country),
    .init("Iran, Islamic Republic of", nil),
    .init("Islamic Republic of Iran", "Iran", .country),
    .init("Viet Nam", "Vietnam", .country),
    .init("Syrian Arab Republic", "Syria", .country),
    .init("Türkiye", "Turkey", .country),
    .init("Czechia", "Czech Republic", .country),
    .init("Holland", "Netherlands", .country),
    .init("Côte d’Ivoire", "Ivory Coast", .country),
    .init("Moldova", "Moldova", .country),
    .init("Palestinian territories", "Palestine", .country),
    .init("UAE", "United Arab Emirates", .country),
    .init("PRC", "China", .country),
    .init("Guinea Bissau", "Guinea-Bissau", .country),
    .init("Georgia", "Georgia", .country),
    .init("USSR", "Soviet Union", .country),
    // Cities
    .init("Pyongyang", "Pyongyang", .city),
    .init("Moscow", "Moscow", .city),
    .init("Seoul", "Seoul", .city),
    .init("Beijing", "Beijing", .city),
    .init("Washington", "Washington", .city),
    .init("Washington, D.C.", "Washington", .city),
    .init("Washington DC", "Washington", .city),
    .init("Kyiv", "Kyiv", .city),
    .init("Kiev", "Kyiv", .city),
    .init("Vladivostok", "Vladivostok", .city),
    .init("London", "London", .city),
    .init("Tokyo", "Tokyo", .city),
    .init("New York", "New York City", .city),
    .init("St. Petersburg", "Saint Petersburg", .city),
    .init("São Paulo", "Sao Paulo", .city),
    .init("Montreal", "Montreal", .city),
    .init("Gaza City", "Gaza City", .city),
    .init("Ryazan", "Ryazan", .city),
    // Subdivisions
    .init("California", "California", .subdivision),
    .init("Washington State", "Washington State", .subdivision),
    .init("Donetsk Oblast", "Donetsk Oblast", .subdivision),
    .init("Donetsk Region", "Donetsk Oblast", .subdivision),
    .init("Donetsk", "Donetsk", .city),
    .init("Bavaria", "Bavaria", .subdivision),
    .init("Bayern", "Bavaria", .subdivision),
    .init("Quebec", "Quebec", .subdivision),
    .init("Kano State", "Kano State", .subdivision),
    .init("Scotland", "Scotland", .subdivision),
    .init("Bali", "Bali", .subdivision),
    .init("Tibet", "Tibet", .subdivision),
    // Regions
    .init("Middle East", "Middle East", .region),
    .init("Korean Peninsula", "Korean Peninsula", .region),
    .init("Crimea", "Crimea", .region),
    .init("Donbas", "Donbas", .region),
    .init("Gaza", "Gaza Strip", .region),
    .init("Siberia", "Siberia", .region),
    .init("Far East", "Far East", .region),
    .init("South-East Asia", "Southeast Asia", .region),
    .init("Asia Pacific", "Asia-Pacific", .region),
    .init("Punjab", "Punjab", .region),
    // Not places: common words, titles, names, chrome, lower case, demonyms
    .init("The", nil),
    .init("President", nil),
    .init("Said", nil),
    .init("Key Points", nil),
    .init("Squawk Box Asia", nil),
    .init("Victor", nil),
    .init("Victoria", nil),
    .init("Town", nil),
    .init("Cha", nil),
    .init("Kim", nil),
    .init("Center", nil),
    .init("Reading", nil),
    .init("Mobile", nil),
    .init("Toyota", nil),
    .init("Batman", nil),
    .init("russia", nil),
    .init("turkey", nil),
    .init("Russian", nil),
    .init("ABA", nil),
  ]

  static let demonyms: [DemonymCase] = [
    .init("Russian", "Russia"),
    .init("Russians", "Russia"),
    .init("RUSSIAN", "Russia"),
    .init("North Korean", "North Korea"),
    .init("North Koreans", "North Korea"),
    .init("Chinese", "China"),
    .init("Ukrainian", "Ukraine"),
    .init("American", "United States"),
    .init("British", "United Kingdom"),
    .init("Iranian", "Iran"),
    .init("Soviet", "Soviet Union"),
    .init("Western", "the West"),
    .init("European", "Europe"),
    .init("Asian", "Asia"),
    .init("Korean", "Korea"),
    .init("Israeli", "Israel"),
    .init("Palestinian", "Palestine"),
    .init("Georgian", "Georgia"),
    .init("Congolese", "Democratic Republic of the Congo"),
    .init("Filipino", "Philippines"),
    .init("Russia", nil),
    .init("The", nil),
    .init("Pacific", nil),
  ]

  @Test(arguments: places)
  func place(_ testCase: PlaceCase) {
    let entry = Gazetteer.place(named: testCase.name)
    #expect(entry?.canonical == testCase.canonical)
    if let kind = testCase.kind { #expect(entry?.kind == kind) }
  }

  @Test(arguments: places)
  func placeInSubstring(_ testCase: PlaceCase) {
    // The scanner passes slices of a line; they must find the same entries as whole strings.
    let line = "<" + testCase.name + ">"
    let slice = line.dropFirst().dropLast()
    #expect(Gazetteer.place(named: slice)?.canonical == testCase.canonical)
  }

  @Test(arguments: demonyms)
  func demonym(_ testCase: DemonymCase) {
    #expect(Gazetteer.demonym(testCase.word) == testCase.place)
  }

  @Test func countries() {
    let country = Gazetteer.place(named: "Pyongyang")?.country
    #expect(country == "KP")
    #expect(Gazetteer.place(named: "Middle East")?.country == nil)
  }

  @Test func longestName() {
    // "United Kingdom of Great Britain and Northern Ireland" has eight.
    #expect(Gazetteer.longestNameWords >= 8)
    #expect(Gazetteer.longestNameWords < 16)
  }

  @Test func everyEntryIsItsOwnName() {
    for entry in Gazetteer.entries {
      #expect(Gazetteer.place(named: entry.canonical) == entry, "\(entry.canonical)")
    }
  }
}
