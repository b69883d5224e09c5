/// The vocabulary of the synthetic corpus: invented people, organisations, places and outlets, news
/// beats, sentence templates and page chrome, modelled on the seed pages in `shared/seeds/`.
///
/// Templates use `{slot}` markers that `ArticleWriter` fills from the article's cast and beat (see
/// `ProseWriter.swift` for the slot names). Everything here is fixed data or derived from it with a
/// fixed seed, so the corpus is the same on every run. Entities are invented so that figures on the
/// synthetic corpus never depend on, or leak into, the gold annotation of the real seeds.
enum PhraseBank {
  // MARK: - People (~300)

  static let firstNames = [
    "Natalia", "Tomas", "Amara", "Kenji", "Ingrid", "Rafael", "Leila", "Oskar", "Priya", "Mateo",
    "Sofia",
    "Dmitri", "Aisha", "Lucas", "Hana", "Emeka", "Clara", "Yusuf", "Elena", "Marcus", "Ji-woo",
    "Freya",
    "Arjun", "Beatriz", "Nikolai", "Zara", "Henrik", "Mei", "Tobias", "Chiara", "Kwame", "Ana",
    "Felix",
    "Noor", "Pavel", "Inès", "Samuel", "Yara", "Viktor", "Lena", "Omar", "Greta", "Daniel", "Farah",
    "Mikael", "Rosa", "Jonas", "Amina", "Stefan", "Isabel", "Ravi", "Maren", "Adrian", "Lucía",
    "Haruto",
    "Eva", "Bruno", "Selin", "Malik", "Astrid", "Diego", "Nadia", "Hugo", "Tamsin", "Kofi", "Irene",
    "Sven", "Layla", "Joaquín", "Zoë", "Bonnie", "Chad", "Leif-Erik", "Karine", "Min-jun", "Olena",
  ]

  static let surnames = [
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Fischer", "Castellano", "Mensah",
    "Petrov", "Nakamura", "Ferreira", "Kowalski", "Adeyemi", "Brandt", "Sørensen", "Rahman",
    "Ortega",
    "Volkov", "Jansen", "Whitlock", "Abara", "Delacroix", "Kimura", "Halloran", "Szabo", "Mwangi",
    "Larsen", "Quintero", "Bergström", "Achebe", "Rossi", "Dubois", "Chandra", "Mahlangu",
    "Hoffmann",
    "Varga", "Nilsen", "Park", "Cho", "O’Connell", "Easley-Ward", "Van der Berg", "Al-Mansouri",
    "Dos Santos", "MacAllister", "Oyelaran", "Ekström", "Müller", "Jiménez", "Nwosu", "Holloway",
    "Strand", "Kaya", "Demir", "Yilmaz", "Petrenko", "Bondarenko", "Hartmann", "Lefebvre", "Costa",
    "Silva", "Moreno", "Baptiste", "Fairweather", "Blackwood", "Ashdown", "Kerrigan", "Grigoriev",
    "Towne",
  ]

  /// One person of the pool; articles mention the full name first and the surname afterwards.
  struct Person: Sendable {
    let first: String
    let last: String
    var full: String { first + " " + last }
  }

  static let people: [Person] = {
    var random = RandomSource(seed: 0x5EED_0001)
    var chosen: [Person] = []
    var seen = Set<String>()
    while chosen.count < 300 {
      let person = Person(first: random.pick(firstNames), last: random.pick(surnames))
      if seen.insert(person.full).inserted { chosen.append(person) }
    }
    return chosen
  }()

  // MARK: - Places (~100)

  private static let placeStems = [
    "Vel", "Ost", "Kar", "Mar", "Tal", "Bren", "Dor", "Sel", "Ard", "Lum", "Cor", "Nev", "Hal",
    "Tor",
    "Esk", "Var", "Mir", "Quen", "Rav", "Zel", "Bel", "Fen", "Gal", "Lor",
  ]
  private static let placeEndings = [
    "dran", "ria", "ovia", "mark", "haven", "gard", "ena", "stad", "port", "mere", "ovo", "ania",
    "ford",
    "berg", "wick", "ala", "isk", "ora",
  ]

  static let places: [String] = {
    var random = RandomSource(seed: 0x5EED_0002)
    var chosen: [String] = []
    var seen = Set<String>()
    while chosen.count < 100 {
      var name = random.pick(placeStems) + random.pick(placeEndings)
      switch random.int(below: 10) {
      case 0:
        name =
          random.pick(["North ", "South ", "East ", "West ", "Port ", "New ", "Upper "]) + name
      case 1: name += random.pick([" Bay", " Valley", " Heights", " Province"])
      default: break
      }
      if seen.insert(name).inserted { chosen.append(name) }
    }
    return chosen
  }()

  // MARK: - Organisations (~100)

  /// Public bodies named after a place: the text before and after the place name.
  private static let placeInstitutions: [(before: String, after: String)] = [
    ("", " Ministry of Finance"), ("Central Bank of ", ""), ("", " Port Authority"),
    ("", " Chamber of Commerce"), ("", " Health Service"), ("", " Energy Agency"),
    ("", " Maritime Authority"), ("", " Statistics Office"), ("", " Transport Workers’ Union"),
    ("", " Farmers’ Union"), ("", " Ministry of Defence"), ("", " Competition Commission"),
  ]
  private static let fields = [
    "Policy Studies", "Strategic Studies", "Economic Research", "Public Health",
    "Energy Transition",
    "International Affairs", "Climate Security",
  ]
  private static let companyStems = [
    "Northgate", "Bluecrest", "Helix", "Silverline", "Amberfield", "Crestview", "Ironbridge",
    "Oakmere",
    "Redwater", "Stonehill", "Brightpath", "Greyfold",
  ]
  private static let companyKinds = [
    "Capital", "Shipping", "Robotics", "Rail", "Energy", "Logistics", "Holdings", "Insurance",
    "Foods",
    "Telecom",
  ]

  static let organisations: [String] = {
    var random = RandomSource(seed: 0x5EED_0003)
    var chosen: [String] = []
    var seen = Set<String>()
    while chosen.count < 100 {
      let name: String
      switch random.int(below: 3) {
      case 0:
        let institution = random.pick(placeInstitutions)
        name = institution.before + random.pick(places) + institution.after
      case 1:
        name =
          random.pick(surnames)
          + random.pick([" Institute for ", " Center for ", " Foundation for "])
          + random.pick(fields)
      default:
        name = random.pick(companyStems) + " " + random.pick(companyKinds)
      }
      if seen.insert(name).inserted { chosen.append(name) }
    }
    return chosen
  }()

  // MARK: - Outlets, agencies

  /// Sites and outlets; an article's site (the page it was scraped from) and source (the outlet that
  /// wrote it) are drawn from here and differ for reposts.
  static let outlets = [
    "The Meridian Herald", "Harbour Post", "Northgate Chronicle", "The Daily Ledger",
    "Coastline News",
    "Capital Wire", "Brightwater Times", "Kestrel News Hub", "The Veldran Observer",
    "Morning Dispatch",
    "Eastbound Report", "The Open Record", "Pinegate Daily", "Riverside Journal", "Atlas Newswire",
    "The Civic Times", "Lantern News", "Granite Gazette", "Sundial Media", "Blue Harbour Times",
    "Frontline Digest", "The Weekly Compass", "Metro Signal", "Torstad Today",
  ]

  static let photoAgencies = [
    "Meridian Press", "NordWire", "Atlas Photo Pool", "Eastbound Images", "Kestrel Pictures",
    "Globe Wire Service", "AFX", "PPA",
  ]

  // MARK: - News beats

  /// One news beat: the nouns a story on it keeps returning to.
  struct Beat: Sendable {
    /// Definite noun phrases the story is about ("the port expansion").
    let projects: [String]
    /// Problems, without article ("rising freight costs").
    let issues: [String]
    /// Groups affected, plural ("exporters").
    let stakeholders: [String]
    /// Plural nouns that follow a number ("containers").
    let countables: [String]
    /// Infinitive phrases without "to" ("cut waiting times at the border").
    let goals: [String]
    /// In-body section headings.
    let headings: [String]
  }

  static let beats: [Beat] = [
    Beat(
      projects: [
        "the port expansion", "the new trade agreement", "the customs overhaul",
        "the shipping corridor",
        "the freight rail link", "the tariff package",
      ],
      issues: [
        "rising freight costs", "congestion at the border", "delays at the port",
        "the shortage of lorry drivers", "falling export orders",
      ],
      stakeholders: ["exporters", "port workers", "hauliers", "small manufacturers", "importers"],
      countables: ["containers", "tonnes of grain", "cargo vessels", "lorries", "shipments"],
      goals: [
        "cut waiting times at the border", "double the port’s capacity",
        "open new markets for farmers",
        "reduce the cost of imported food",
      ],
      headings: ["Rising costs", "A crowded harbour", "What the deal covers", "Exporters wait"]
    ),
    Beat(
      projects: [
        "the offshore wind farm", "the gas pipeline", "the fuel subsidy reform", "the grid upgrade",
        "the nuclear plant extension", "the rooftop solar programme",
      ],
      issues: [
        "power cuts", "rising electricity bills", "the country’s dependence on imported gas",
        "the slow pace of grid connections",
      ],
      stakeholders: [
        "households", "energy-intensive industries", "grid operators", "consumer groups",
      ],
      countables: ["megawatts", "homes", "barrels of oil a day", "wind turbines"],
      goals: [
        "cut household bills", "end the winter blackouts", "halve gas imports",
        "connect remote villages to the grid",
      ],
      headings: ["Power politics", "Winter worries", "Who pays", "A long road to the grid"]
    ),
    Beat(
      projects: [
        "the hospital reform", "the vaccination campaign", "the new cancer centre",
        "the plan to recruit foreign nurses", "the mental health strategy",
      ],
      issues: [
        "long waiting lists", "the shortage of doctors", "overcrowded emergency wards",
        "rising drug prices",
      ],
      stakeholders: ["patients", "nurses", "junior doctors", "family doctors"],
      countables: ["patients", "hospital beds", "nurses", "doses"],
      goals: ["cut waiting lists", "recruit more nurses", "keep rural clinics open"],
      headings: ["Pressure on wards", "A long wait", "Staffing crisis", "What patients say"]
    ),
    Beat(
      projects: [
        "the defence pact", "the partnership agreement", "the new sanctions package",
        "the border security plan", "the ceasefire talks", "the arms deal",
      ],
      issues: [
        "border tensions", "the arms build-up", "cross-border shelling",
        "cyber attacks on government systems",
      ],
      stakeholders: ["diplomats", "border communities", "military planners", "allies"],
      countables: [
        "troops", "ballistic missiles", "containers of ammunition", "armoured vehicles", "drones",
      ],
      goals: [
        "deter further aggression", "restore talks between the two sides",
        "secure the northern border",
      ],
      headings: [
        "Potential ramifications", "Increasing concerns", "A wary {place} is watching",
        "{place}’s calculated move",
      ]
    ),
    Beat(
      projects: [
        "the data centre", "the chip plant", "the new privacy law", "the national broadband plan",
        "the artificial intelligence strategy",
      ],
      issues: [
        "online fraud", "the skills gap", "the power demands of data centres",
        "the spread of disinformation",
      ],
      stakeholders: [
        "software engineers", "start-ups", "privacy campaigners", "telecoms operators",
      ],
      countables: ["jobs", "engineers", "users", "servers"],
      goals: [
        "bring fast internet to every village", "train a new generation of engineers",
        "attract foreign investment",
      ],
      headings: ["The race for talent", "Privacy questions", "What comes next"]
    ),
    Beat(
      projects: [
        "the flood defences", "the emissions target", "the reforestation programme",
        "the coastal protection scheme", "the ban on new coal plants",
      ],
      issues: ["drought", "coastal erosion", "air pollution", "record summer temperatures"],
      stakeholders: ["farmers", "coastal residents", "environmental groups", "insurers"],
      countables: ["hectares of forest", "homes", "tonnes of carbon dioxide", "trees"],
      goals: ["protect low-lying towns", "cut emissions by half", "restore the river’s wetlands"],
      headings: ["Rising waters", "A dry summer", "Counting the cost"]
    ),
    Beat(
      projects: [
        "the budget", "the wage agreement", "the pension reform", "the rail strike",
        "the housing plan",
        "the minimum wage increase",
      ],
      issues: ["inflation", "the cost of living", "rising rents", "a slowdown in hiring"],
      stakeholders: ["workers", "small businesses", "pensioners", "first-time buyers", "unions"],
      countables: ["workers", "jobs", "new homes", "households"],
      goals: [
        "bring inflation back under control", "build more affordable homes", "protect pensions",
      ],
      headings: ["Background", "Reaction in {place}", "What happens next", "The numbers"]
    ),
  ]

  // MARK: - Sentence templates

  /// Verbs in the past tense that take a project as object.
  static let projectVerbs = [
    "approved", "signed off on", "delayed", "unveiled", "defended", "criticised", "scrapped",
    "announced",
    "revised", "paused", "backed",
  ]

  /// Present-tense verbs for headlines.
  static let headlineVerbs = [
    "approves", "delays", "unveils", "scraps", "backs", "defends", "revives",
  ]

  /// Phrases appended after a comma to a narrative sentence.
  static let tails = [
    "ending months of uncertainty for {stakeholders}", "raising fresh questions about {issue}",
    "a move that surprised many analysts in {place}",
    "according to people familiar with the matter",
    "despite warnings from {stakeholders}", "days before a key vote in parliament on {project}",
    "in a bid to ease {issue}", "weeks after talks with {org} broke down",
    "a decision welcomed by {stakeholders} in {place}",
  ]

  /// Time references; `{weekday}` and the dated forms are computed from the publication date.
  static let whens = [
    "on {weekday}", "on {weekday} evening", "last week", "earlier this month",
    "on {weekdayMonthDay}",
    "this week", "late on {weekday}", "on {weekdayDayMonth}", "in {month}", "last {month}",
    "on {weekdayDated}",
  ]

  /// Full clauses, used after "said that", "According to X," and as Key Points.
  static let clauses = [
    "{actor} had {projectVerb} {project}",
    "{stakeholders} in {place} were worried about {issue} and its effect on {project}",
    "{project} would cost {money} over the next {duration}",
    "{number} had been affected since {month}",
    "{issue} had worsened sharply over the past {duration}, especially in {place}",
    "the government would review {project} before the end of the year and publish its findings",
    "{org} was preparing to publish new figures on {issue}",
    "{project} could help {goal} if it was funded in full",
    "the number of {countable} rose by {percent} in the first half of the year",
    "the number of {countable} had fallen to its lowest level since {year}",
    "talks between {org} and {org2} were expected to resume next week",
    "{place} was unlikely to meet its target to {goal} without help from {org}",
    "{place} had spent {money} on {project} since {year}",
    "officials had recorded {number} in the past {duration}",
    "{stakeholders} would have to wait at least {duration} before {project} made a difference",
    "the cost of {project} had risen by {percent} since it was first announced in {year}",
  ]

  /// Narrative sentences.
  static let narratives = [
    "{actor} {projectVerb} {project} {when}, {tail}.",
    "{person} said {when} that {clause}.",
    "According to {org}, {clause}.",
    "{org} estimates that {clause}, although the figures have not been independently verified.",
    "The decision comes as {clause}, and as pressure grows on {actor} to act on {issue}.",
    "Critics say {clause}, while supporters argue that {clause}.",
    "In {month}, {actor} {projectVerb} {project}, {tail}.",
    "{place} has struggled with {issue} since {year}, when {clause}.",
    "Officials in {place} declined to comment on {project} when contacted by {outlet} {when}.",
    "It was not immediately clear whether {clause}.",
    "{project}, which {relative}, is expected to {goal} by {futureYear}.",
    "Analysts at {org} said the figures showed that {clause}.",
    "The plan follows {duration} of talks between {org} and {org2}.",
    "{person} has repeatedly warned that {clause}, a view shared by many {stakeholders} in {place}.",
    "Previously, {weekdayDayMonth}, {org} said that {clause}.",
    "Thus, according to {person}, {clause}.",
    "While {clause}, {person} said the government still expected {project} to {goal} within {duration}.",
    "The announcement was the latest sign that {clause}, a trend that {org} has tracked since {year}.",
    "Speaking to {outlet} {when}, {speaker} said that {clause} and that {clause}.",
    "{org}, which represents {stakeholders} across {place}, said {clause}, adding that {project} remained “{fragment}”.",
    "Under the proposals, {project} would {goal} by {futureYear}, although {clause}.",
    "In their view, as a result of the negotiations, {clause}, and {stakeholders} would feel the difference within {duration}.",
    "The dispute over {project} has divided {stakeholders}, with some arguing that {clause} and others warning of {issue}.",
    "Recall that {actor} {projectVerb} {project} {when}, a step that {org} described at the time as “{fragment}”.",
  ]

  /// Relative clauses for "{project}, which …,".
  static let relatives = [
    "was first proposed in {year}", "has cost {money} so far", "{stakeholders} have long opposed",
    "{org} helped to draft", "was delayed twice last year",
  ]

  /// Sentences that state a figure.
  static let figures = [
    "More than {bareNumber} were affected last year, according to {org}.",
    "{project} will cost about {money}, officials said.",
    "The number of {countable} rose by {percent} compared with the same period last year.",
    "{org} said {number} had been recorded since {month}, the highest figure since records began in {year}.",
    "Exports from {place} fell {percent} to {money} in the first quarter, the steepest fall since {year}.",
    "About {bareNumber} are expected by the end of {futureYear}.",
    "The government has set aside {money} for {project}, part of a wider package meant to {goal}.",
  ]

  /// Things people say: whole statements without the final punctuation.
  static let quotations = [
    "We are not going to accept {issue} as the new normal",
    "This is a serious moment for {place} and for everyone who depends on {project}",
    "Nobody expected {project} to move this quickly, least of all the people who negotiated it",
    "The numbers speak for themselves, and they are not good",
    "We have been warning about {issue} for years",
    "There is still a lot of work to do before {project} is finished",
    "People in {place} deserve better than this, and they know it",
    "I think we need a more creative approach to {issue}",
    "This is not a new idea, it’s just that the parties have finally put it into some legal form",
    "Our first priority is to protect {stakeholders} from the worst of {issue}",
    "It will take time, but we are moving in the right direction",
    "Anyone who says this is simple has not been paying attention",
    "We will continue to oppose any attempt to make {stakeholders} pay for {issue}",
    "The question is how quickly the government can deliver on what it promised in {month}",
    "We were promised {project} {duration} ago, and we are still waiting",
    "If nothing changes, {issue} will only get worse",
    "This agreement gives {stakeholders} the certainty they have been asking for",
    "I don’t really see any signs of a plan to deal with {issue}",
    "We welcome the decision, but the details matter, and we have not seen them yet",
    "Frankly, the timing could not be worse for {stakeholders}",
    "{place} cannot afford another year of {issue}",
    "We have been warning about {issue} for years, and every year we are told that {project} will fix it",
    "What we are seeing is not a temporary problem, it is the result of decisions taken {duration} ago",
    "I have spoken to {stakeholders} all over {place}, and what they tell me is that they simply cannot plan",
    "Nobody in this building thinks {project} alone will solve {issue}, but it is a start",
  ]

  /// Words quoted inside a narrator's sentence (partial quotes and scare quotes).
  static let fragments = [
    "breakthrough", "historic", "deeply irresponsible", "a step in the right direction",
    "too little, too late", "unacceptable", "a new, higher level of cooperation", "strongest ever",
    "fairly ambitious", "long overdue", "aggression",
  ]

  /// Sentences with a quotation; `{quote}` is a whole statement, `{fragment}` a partial quote.
  /// The marks are curly here and restyled per article.
  static let quoteFrames = [
    "“{quote},” said {speaker}.",
    "“{quote},” {speaker} told {audience} {when}.",
    "{speaker} believes: “{quote}.”",
    "“{quote}. {quote},” {surname} added.",
    "According to {speaker}, “{quote}.”",
    "{speaker} described {project} as “{fragment}”, adding that {clause}.",
    "{org} said in a statement that {project} was “{fragment}”.",
    "“{quote}” – noted {surname}.",
    "{speaker} said: “{quote}.”",
    "“{quote},” {surname} said. “{quote}.”",
  ]

  static let audiences = [
    "reporters", "a news conference", "lawmakers", "a briefing in {place}",
    "the broadcaster {outlet}",
  ]

  /// What a quoted person is, filled once per person per article.
  static let roles = [
    "a spokesperson for {org}", "a senior fellow at {org}", "the chief executive of {org}",
    "head of research at {org}", "a professor at the University of {place}",
    "{place}’s finance minister",
    "the mayor of {place}", "an economist at {org}", "the director of {org}",
    "a former adviser to the government of {place}", "chair of {org}", "an analyst at {org}",
  ]

  static let durations = [
    "two decades", "nine months", "three years", "18 months", "six weeks", "two years", "ten years",
  ]

  static let headlines = [
    "{place} {headlineVerb} {projectBare} amid {issue}",
    "{org} warns {issue} could hit {stakeholders}",
    "{personFull} says {projectBare} is ‘{fragment}’",
    "{place} and {place2} sign {projectBare}, vowing closer ties",
    "What {projectBare} means for {stakeholders} in {place}",
    "{stakeholders} in {place} brace for {issue}",
    "{place}’s {projectBare} faces new delay",
    "Meeting between {place} and {place2} leaders is an alarming prospect for {stakeholders}, expert says",
  ]

  // MARK: - Page chrome (boilerplate)

  static let relatedLinks = [
    "Related Articles", "Related Post", "Latest Articles", "More from {site}", "You may also like",
    "Read more: {headline}", "Most read",
  ]
  static let advertising = [
    "- Advertisement -", "Advertisement", "ADVERTISEMENT", "Sponsored content",
  ]
  static let shareButtons = [
    "Share on Facebook", "Share on X", "Share on WhatsApp", "Share on other sites", "Copy link",
    "Link to comment", "Share this article",
  ]
  static let signIn = [
    "Create an account or sign in to comment",
    "You need to be a member in order to leave a comment",
    "Sign up for a new account in our community. It's easy!", "Register a new account", "Sign in",
    "Already have an account? Sign in here.", "Sign In Now",
  ]
  static let subscriptions = [
    "Get our Daily Newsletter - Click\u{A0}HERE\u{A0}to subscribe", "Subscribe to our newsletter",
    "Unlock the Editor’s Digest for free", "Support independent journalism: become a member today",
  ]
  static let cookies = [
    "We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies.",
    "Accept all cookies", "Manage preferences",
    "This website uses cookies to improve your experience while you navigate through the website.",
  ]
  static let reactions = [
    "Haha 1", "Like 3", "0 Comments", "Recently Browsing\u{A0}\u{A0} 0 members",
    "No registered users viewing this page.",
  ]
  static let navigation = [
    "Jump to content", "Exit mobile version", "Home", "Back to top", "Social Media",
  ]
  static let imagePlaceholders = [
    "thumbnail", "news-logo-btm.jpg", "image.png.{hex}.png", "{slug}.jpg",
  ]

  /// Author boxes; `{author}` is the byline name.
  static let authorBios = [
    "{author} has been a reporter on the news desk since {year}. Before that {author} covered {stakeholders} and {issue} for {outlet}. To get in touch, contact {author} through the newsroom.",
    "{author} is a correspondent for {site}, writing about {issue} and {project}.",
    "I'm a curious and patient person, a unique blend of creativity and critical thinking. When I'm idle, you'll find me reading about {issue} or catching football matches.",
  ]
  static let copyrights = [
    "Copyright © {thisYear} {site}. All Rights Reserved", "© {thisYear} {site}",
    "All rights reserved.",
  ]

  /// Teasers for other stories in another script (boilerplate under an English story).
  static let foreignTeasers = [
    "இன்றைய முக்கிய செய்திகள்: மழை எச்சரிக்கை!",
    "அரசியல் தீர்வும் பொருளாதார வளர்ச்சியும் - முழு விவரம்",
    "மேலும் படிக்க: புதிய வரவு செலவுத் திட்டம் அறிவிப்பு",
    "Главные новости дня: правительство обсуждает новый бюджет",
    "Читайте также: в выходные ожидаются сильные дожди",
    "Новости региона — интервью с мэром",
  ]
}
