/// The closed-class words that shape names in English news: titles before people, head words of organisation
/// names, connectors inside names, and the organisations news copy names most (agencies, outlets, government
/// bodies, alliances) with their usual spellings.
///
/// Places come from `Gazetteer`, which is generated from maintained data; these lists are the small, stable
/// vocabulary no such data source covers.
enum NameLexicon {
  /// Words that stand before a person's name and are not part of it ("President", "Secretary-General").
  static let titles: Set<String> = [
    "Shri", "Smt", "Smt.", "Shrimati", "Comrade", "Alhaji", "Alhaja", "Datuk", "Dato", "Datin", "Tun", "Mallam",
    "Hon", "Hon.", "Rt", "Excellency", "Baroness", "Baron", "Mx", "Madam", "Mme", "Mlle", "Herr", "Frau",
    "Monsieur", "Señor", "Señora", "Sra.", "Pehin", "Tan", "Haji", "Hajjah", "Ustaz", "Pandit", "Sardar",
    "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.", "St.",
    "Sheriff", "Councillor", "Councilor", "Councilman", "Councilwoman", "Superintendent", "Marshal", "Trooper",
    "Provost", "Principal", "Bishop", "Archbishop", "Cardinal", "Imam", "Skipper", "Manager",
    "Chairperson", "Treasurer", "Auditor", "Comptroller", "Clerk", "Magistrate", "Coroner", "Prosecutor",
    "Attorney-General", "Solicitor", "Barrister", "Lawyer", "MP", "MEP", "MSP", "Assemblyman", "Assemblywoman",
    "Councilmember", "Supervisor", "Trustee", "Selectman", "Selectwoman", "Alderwoman", "Assemblymember",
    "Congressman", "Congresswoman", "Delegate", "Alderman", "Warden", "Pastor", "Economist", "Researcher",
    "Scientist", "President-elect", "Vice-President", "Vice-Chancellor", "Dr", "Minister-President",
    "Adviser", "Advisor", "Aide", "Undersecretary", "Under-Secretary", "Correspondent", "Editor", "Analyst",
    "President", "Vice", "Secretary", "Secretary-General", "Minister", "Prime", "Premier", "Chancellor", "Senator",
    "Sen", "Sen.", "Governor", "Gov", "Gov.", "Mayor", "General", "Gen", "Gen.", "Admiral", "Adm.", "Colonel",
    "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Commander", "Mr", "Mr.",
    "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Judge", "Justice", "King", "Queen",
    "Prince", "Princess", "Pope", "Sheikh", "Emir", "Sultan", "Sir", "Dame", "Lord", "Lady", "Chairman",
    "Chairwoman", "Chair", "Chief", "CEO", "Director", "Director-General", "Ambassador", "Spokesman", "Spokeswoman",
    "Spokesperson", "Leader", "Speaker", "Deputy", "Representative", "Rep", "Rep.", "Commissioner", "Envoy",
    "Foreign", "Defence", "Defense", "Interior", "Finance", "Attorney", "Officer", "Rabbi", "Father", "Reverend",
    "Rev.", "Supreme", "Executive", "Founder", "Co-founder", "Head", "Coach", "Detective", "Inspector", "Constable",
    "Chief Executive", "Presidents", "Ministers", "Senators",
  ]

  /// Title words that also stand inside organisations' names after their head ("Fiscalía General", "Supreme
  /// Council", "Executive Board").
  static let titlesInsideOrganizations: Set<String> = ["General", "Supreme", "Executive"]

  /// Ministries a title names after "of" ("Secretary of State", "Minister of Defence").
  static let titleDomains: Set<String> = [
    "State", "Defense", "Defence", "Commerce", "Finance", "Justice", "Health", "Education", "Energy", "Agriculture",
    "Labor", "Labour", "Transportation", "Treasury", "Interior", "Homeland",
  ]

  /// Last or key words of organisation names.
  static let organizationHeads: Set<String> = [
    "Library", "Libraries", "Marathon", "Metall",
    "Regulator", "Ombudsman", "Inspectorate", "Registry", "Treasury", "Fiscalía", "Procuraduría", "Ministerio",
    "Dispatch", "Ledger", "Courant", "Sentinel", "Inquirer", "Examiner", "Enquirer", "Advertiser", "Bulletin",
    "Berhad", "Bhd", "Sdn", "Tbk", "Pte", "Oyj", "Kft", "Srl", "SARL", "SAS", "Limited", "Desportivo", "Diário",
    "Co", "Observatory", "Congress", "Confederation", "Federation", "Commission", "Agency", "Office", "Bureau",
    "Line", "Lines", "Wire", "Shipping", "Freight", "Cruises", "Ferries",
    "FC", "AFC", "CF", "SC", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur", "Olympique",
    "Research", "Analytics", "Advisory", "Economics", "Health", "Emergency", "Management", "Labs", "Lab",
    "Securities", "Capital", "Courier", "Chronicle", "Daily", "Mail", "Telegraph", "Observer", "Standard",
    "Express", "Mirror", "Magazine", "Weekly", "Media", "Broadcasting", "AS", "ASA", "AB", "NV", "BV", "SpA",
    "SE", "Pty", "LLP", "Bancorp", "Financial", "Insurance", "Energy", "Pharmaceuticals", "Pharma",
    "Therapeutics", "Railways", "Rail", "Automotive", "Electric", "Foods", "Brands", "Stores", "Supermarkets",
    "Grocers", "Retail", "Logistics", "Shipping", "Ports", "Mining", "Resources", "Steel", "Chemicals",
    "Entertainment", "Studios", "Pictures", "Records", "Software", "Solutions", "Services", "Consulting",
    "Ventures", "Investments", "Associates", "Agencies", "Hospitals", "Trust", "Conservatives", "Democrats",
    "Republicans",
    "Center", "Centre", "Institute", "Institution", "University", "College", "School", "Academy", "Agency",
    "Ministry", "Department", "Council", "Administration", "Party", "Committee", "Commission", "Organization",
    "Organisation", "Association", "Foundation", "Bank", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd",
    "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "GmbH", "Group", "Company", "Co.", "Times", "News", "Post", "Journal",
    "Herald", "Tribune", "Gazette", "Service", "Office", "Court", "Parliament", "Assembly", "Congress", "Senate",
    "Army", "Navy", "Forces", "Force", "Police", "Union", "League", "Fund", "Club", "Airlines", "Airways",
    "Network", "Television", "Radio", "Press", "Bureau", "Board", "Authority", "Federation", "Alliance",
    "Coalition", "Movement", "Front", "Guard", "Corps", "Command", "Cabinet", "Government", "Studies", "Society",
    "Trust", "Partners", "Holdings", "Industries", "Technologies", "Systems", "Motors", "Hospital", "Clinic",
    "Laboratory", "Laboratories", "Labs", "Institutes", "Brigade", "Battalion", "Division", "Regiment",
    "Federal Reserve", "Reserve", "Exchange", "Tribunal", "Secretariat", "Directorate",
  ]

  /// Capitalised words that make a name an event, a law, a building or a plan, never a person ("Cold War").
  static let thingWords: Set<String> = [
    "Typhoon", "Hurricane", "Cyclone", "Storm", "Tropical", "Operation", "Guideline", "Guidelines", "Act",
    "Briefing", "Newsletter", "Podcast", "Bulletin", "Digest", "Roundup", "Live", "Edition",
    "History", "Science", "Studies", "Economy", "Policy", "Budget", "Reform", "Fund",
    "War", "Day", "Act", "Treaty", "Agreement", "Summit", "Games", "Cup", "Prize", "Award", "Festival", "Street",
    "Avenue", "Road", "Square", "Bridge", "Tower", "Hall", "Palace", "Museum", "Airport", "Station", "Park",
    "Stadium", "Church", "Cathedral", "Temple", "Mosque", "Empire", "Dynasty", "Revolution", "Crisis", "Accord",
    "Pact", "Plan", "Initiative", "Program", "Programme", "Project", "Law", "Bill", "Doctrine", "Strategy", "Index",
    "Report", "Review", "Conference", "Forum", "Olympics", "Championship", "League", "Series", "Show", "Era",
    "Age", "Week", "Month", "Year", "Prize", "Protocol", "Convention", "Declaration", "Charter", "Constitution",
  ]

  /// Last words of place names ("Maria Island", "County Hall", "Adelaide Oval").
  static let placeHeads: Set<String> = [
    "Creek", "Range", "Ridge", "Gorge", "Canyon", "Plateau", "Peak", "Foothills", "Delta", "Marsh", "Swamp",
    "Wetlands", "Glen", "Heath", "Moor", "Downs",
    "Way", "Expressway", "Freeway", "Market", "Trough", "Junction", "Roundabout", "Quay", "Wharf", "Gardens",
    "County", "Borough", "Parish", "Township", "Municipality", "Shire", "District", "Province", "Prefecture",
    "Island", "Islands", "Bay", "Beach", "Oval", "Hall", "Park", "Stadium", "Arena", "River", "Lake", "Mountain",
    "Mountains", "Valley", "Coast", "Harbour", "Harbor", "Port", "Street", "Square", "Bridge", "Airport", "Station",
    "Palace", "Cathedral", "Church", "Mosque", "Temple", "Castle", "Tower", "Road", "Avenue", "Forest", "Desert",
    "Sea", "Ocean", "Gulf", "Strait", "Peninsula", "Canal", "Falls", "Hills", "Heights", "Ground", "Cove", "Reef",
    "Glacier", "Volcano", "Dam", "Plaza", "Boulevard", "Lane", "Highway", "Motorway", "Cemetery", "Prison",
  ]

  /// Heads of company names, whose first word alone goes on naming the company ("Pathline" for "Pathline Data
  /// Inc."), unlike "Garnett" for "Garnett Community Center".
  static let companyHeads: Set<String> = [
    "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "GmbH", "Group", "Corp", "Corp.", "Corporation",
    "Company", "Co.", "Holdings", "Labs", "AS", "ASA", "AB", "NV", "BV", "SE", "Pty", "LLP", "Industries",
    "Technologies", "Systems", "Motors", "Partners", "Research", "Securities", "Capital", "Data", "Media",
    "Airlines", "Airways", "Foods", "Brands", "Stores", "Energy", "Pharmaceuticals", "Therapeutics", "Software",
  ]

  /// The Associated Press's abbreviations of US states, as datelines write them ("RESTON, Va.").
  static let stateAbbreviations: [String: String] = [
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York State", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington State",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
  ]

  /// First words of place names ("Port Aurel", "Mount Kenya", "Lake Chad", "Fort Worth").
  static let placePrefixes: Set<String> = [
    "Arena", "Estádio", "Estadio", "Stade", "Stadio", "Praça", "Rua", "Avenida", "Puerto", "Porto", "Plaza",
    "Port", "Mount", "Mt.", "Lake", "Cape", "Fort", "Isle", "Bay", "Gulf", "Strait", "Lower", "Upper",
  ]

  /// Lower-case words inside names ("Center for Strategic and International Studies", "Voice of America").
  /// Lower-case geographic nouns that end a place name written in lower case ("Korean peninsula").
  static let geographicNouns: Set<String> = [
    "peninsula", "sea", "ocean", "strait", "gulf", "river", "mountains", "island", "islands", "coast", "desert",
    "valley", "basin", "bay", "lake", "region",
  ]

  /// Lower-case words inside names ("Center for Strategic and International Studies", "Voice of America").
  static let connectors: Set<String> = [
    "of", "for", "and", "the", "de", "del", "da", "do", "dos", "das", "di", "della", "du", "des", "der", "den", "van",
    "von", "on", "&", "la", "las", "los", "el", "le", "y",
  ]

  /// Lower-case nouns after a name that make it a place ("Dhemaji district", "the Brahmaputra river").
  static let placeNouns: Set<String> = [
    "district", "province", "county", "state", "village", "town", "city", "region", "river", "valley", "island",
    "islands", "municipality", "township", "suburb", "neighbourhood", "neighborhood", "prefecture", "governorate",
    "oblast", "canton", "lake", "mountains", "hills", "creek", "coast", "border",
  ]

  /// Lower-case particles inside people's names ("van der", "de", "bin").
  static let nameParticles: Set<String> = [
    "van", "der", "den", "de", "da", "do", "dos", "das", "di", "du", "von", "le", "la", "bin", "binti", "al", "el",
    "ter",
  ]

  /// First words that make a club or company of a name ("CD Alcântara", "EC Serrano", "Sporting Lisbon").
  static let organizationPrefixes: Set<String> = [
    "CD", "EC", "SC", "FC", "AC", "CR", "SE", "CA", "Grêmio", "Sporting", "Atlético", "Clube", "Club", "Deportivo",
    "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Olympique", "Racing",
  ]

  /// Lower-case words that make an organisation of the name before them ("Biden administration", "Kim regime").
  static let organizationTails: Set<String> = ["administration", "regime", "government", "campaign"]

  /// Organisations named in news copy more than any others, as written → canonical name.
  static let organizations: [String: String] = {
    var table: [String: String] = [:]
    func add(_ canonical: String, _ spellings: [String] = []) {
      table[canonical] = canonical
      for spelling in spellings { table[spelling] = canonical }
    }
    add("NATO", ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"])
    add("United Nations", ["UN", "U.N."])
    add("UN Security Council", ["U.N. Security Council", "United Nations Security Council"])
    add("European Union", ["EU", "E.U."])
    add("European Commission")
    add("World Health Organization", ["WHO", "World Health Organisation"])
    add("International Monetary Fund", ["IMF"])
    add("World Bank")
    add("World Trade Organization", ["WTO"])
    add("International Atomic Energy Agency", ["IAEA"])
    add("International Criminal Court", ["ICC"])
    add("OPEC")
    add("ASEAN", ["Association of Southeast Asian Nations"])
    add("African Union")
    add("Red Cross", ["International Committee of the Red Cross", "ICRC"])
    add("Kremlin")
    add("White House")
    add("Pentagon")
    add("State Department")
    add("Downing Street")
    add("Élysée", ["Elysee", "Élysée Palace"])
    add("Bundestag")
    add("Duma", ["State Duma"])
    add("Knesset")
    add("Politburo")
    add("Federal Reserve")
    add("Reuters", ["REUTERS", "Thomson Reuters"])
    add("Associated Press", ["AP"])
    add("Agence France-Presse", ["AFP"])
    add("TASS", ["Tass", "ITAR-TASS"])
    add("RIA Novosti")
    add("Interfax")
    add("Xinhua")
    add("Yonhap")
    add("KCNA", ["Korean Central News Agency"])
    add("Kyodo", ["Kyodo News"])
    add("Sputnik")
    add("Bloomberg")
    add("CNN")
    add("BBC", ["BBC News"])
    add("CNBC")
    add("NBC News")
    add("CBS News")
    add("ABC News")
    add("Fox News")
    add("Al Jazeera")
    add("Voice of America", ["VOA"])
    add("Financial Times")
    add("The New York Times", ["New York Times"])
    add("The Washington Post", ["Washington Post"])
    add("The Wall Street Journal", ["Wall Street Journal"])
    add("Labour", ["Labour Party"])
    add("Conservatives", ["Conservative Party", "Tories"])
    add("Liberal Democrats", ["Lib Dems"])
    add("Democrats", ["Democratic Party"])
    add("Republicans", ["Republican Party", "GOP"])
    add("Senate")
    add("Congress")
    add("Parliament")
    add("Supreme Court")
    add("Airbus")
    add("Boeing")
    add("FIFA")
    add("UEFA")
    add("International Olympic Committee", ["IOC"])
    add("Hamas")
    add("Hezbollah")
    add("Taliban")
    add("Stimson Center")
    return table
  }()

  /// Common words that a line set in capitals would otherwise pass off as acronyms ("NO", "SAID").
  static let capitalizedCommonWords: Set<String> = [
    "NO", "YES", "THE", "AND", "OR", "OF", "IN", "ON", "TO", "IS", "IT", "AT", "BY", "FOR", "SAID", "SAYS", "NOT",
    "NEW", "ALL", "WE", "HE", "SHE", "THEY", "BUT", "WAS", "ARE", "BE", "AS", "AN", "A", "I", "OK", "MORE", "NOW",
    "AED", "MXN", "ZAR", "NZD", "PHP", "PLN", "CAD", "AUD", "HKD", "SGD", "BRL", "CHF", "SEK", "NOK", "DKK", "KRW",
    "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "AEST", "AEDT",
    "AWST", "ACST", "NZST", "NZDT", "IST", "JST", "KST", "SAST", "EAT", "WAT", "NZ", "MW", "GW", "KW", "KWH", "MWH",
    "GWH", "KM", "KG", "MM", "CM", "BPD", "TEU", "TEUS", "USD", "EUR", "GBP",
    "INR", "NGN", "KES", "JPY", "CNY", "PPM", "AI", "GDP", "CEO", "CFO", "TV", "IPO", "EV", "PM", "AM", "PC", "ID",
    "DNA", "HIV", "FAQ", "Q&A", "WHERE",
    "WHAT", "HOW", "WHY", "WHEN", "TO", "GET", "HELP", "CALL", "SEE", "ALSO", "UP", "OUT", "OFF", "BREAKING", "LIVE",
    "WATCH", "READ", "NEWS", "VIDEO", "PHOTO", "UPDATE", "UPDATED", "EXCLUSIVE", "OPINION",
  ]

  /// Capitalised words that open sentences or headings and are never names on their own.
  static let commonOpeners: Set<String> = [
    "Later", "Earlier", "Instead", "Indeed", "Finally", "Overall", "Already", "Again", "Nevertheless",
    "Nonetheless", "Moreover", "Furthermore", "Besides", "Separately", "Elsewhere", "Asked", "Despite", "Under",
    "Over", "Among", "Between", "Against", "Amid", "Across", "Unlike", "Like", "Following", "Including", "Within",
    "Via", "Once", "Twice", "Afterwards", "Initially", "Currently", "Recently", "Eventually", "Ultimately",
    "Officially", "Speaking", "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "Without", "As",
    "After", "Before", "During", "Since", "Until", "While", "When", "Where", "Why", "How", "What", "Which", "Who",
    "Whom", "Whose", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His",
    "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "Nor", "So", "Yet", "If", "Although", "Though",
    "Because", "However", "Thus", "Meanwhile", "Still", "Also", "Previously", "Recall", "According", "Experts",
    "Officials", "Early", "Late", "Last", "Next", "Now", "Then", "There", "Here", "Some", "Many", "Most", "All",
    "Both", "Each", "Every", "Other", "Another", "Such", "No", "Not", "Only", "Even", "Just", "Key", "Points",
    "Read", "More", "See", "Watch", "Photo", "Image", "Source", "Credit", "Video", "Updated", "Published", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December", "Today", "Yesterday",
    "Tomorrow", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Potential", "Increasing", "Concerns", "Analysis", "Opinion", "Editorial",
    "Comment", "Breaking", "Exclusive", "Live", "Update", "Advertisement", "Sponsored", "Do", "Does", "Did", "Is",
    "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Would", "Can", "Could", "Should", "Must", "Might",
    "Shall", "Let", "Please", "Yes", "Thank", "Thanks",
  ]
}
