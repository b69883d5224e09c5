// Temporary until the generated gazetteer lands.
enum PlaceKind: Sendable { case country, subdivision, city, region }
struct GazetteerEntry: Sendable {
  var canonical: String
  var kind: PlaceKind
}
enum Gazetteer {
  static let places: [String: GazetteerEntry] = [
    "Russia": .init(canonical: "Russia", kind: .country), "Russian Federation": .init(canonical: "Russia", kind: .country),
    "North Korea": .init(canonical: "North Korea", kind: .country), "DPRK": .init(canonical: "North Korea", kind: .country),
    "Democratic People’s Republic of Korea": .init(canonical: "North Korea", kind: .country),
    "South Korea": .init(canonical: "South Korea", kind: .country), "Korea": .init(canonical: "Korea", kind: .region),
    "Ukraine": .init(canonical: "Ukraine", kind: .country), "China": .init(canonical: "China", kind: .country),
    "Iran": .init(canonical: "Iran", kind: .country), "US": .init(canonical: "United States", kind: .country),
    "U.S.": .init(canonical: "United States", kind: .country), "United States": .init(canonical: "United States", kind: .country),
    "America": .init(canonical: "United States", kind: .country), "Pyongyang": .init(canonical: "Pyongyang", kind: .city),
    "Moscow": .init(canonical: "Moscow", kind: .city), "Seoul": .init(canonical: "Seoul", kind: .city),
    "Beijing": .init(canonical: "Beijing", kind: .city), "Washington": .init(canonical: "Washington", kind: .city),
    "Kyiv": .init(canonical: "Kyiv", kind: .city), "Vladivostok": .init(canonical: "Vladivostok", kind: .city),
    "Asia": .init(canonical: "Asia", kind: .region), "Europe": .init(canonical: "Europe", kind: .region),
    "Eurasia": .init(canonical: "Eurasia", kind: .region), "East Asia": .init(canonical: "East Asia", kind: .region),
    "Korean Peninsula": .init(canonical: "Korean Peninsula", kind: .region), "West": .init(canonical: "the West", kind: .region),
    "Far East": .init(canonical: "Russian Far East", kind: .region),
  ]
  static let demonyms: [String: String] = [
    "Russian": "Russia", "North Korean": "North Korea", "Korean": "Korea", "Chinese": "China", "American": "United States",
    "Western": "the West", "European": "Europe", "Ukrainian": "Ukraine", "Soviet": "Soviet Union", "South Korean": "South Korea",
  ]
  static func place(named name: some StringProtocol) -> GazetteerEntry? { places[String(name)] }
  static func demonym(_ word: some StringProtocol) -> String? { demonyms[String(word)] }
  static var longestNameWords: Int { 6 }
}
