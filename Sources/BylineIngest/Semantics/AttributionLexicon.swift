/// The words that tie a quotation to its speaker.
enum AttributionLexicon {
  /// Verbs of speaking, believing and describing, in the forms news copy uses.
  static let cues: Set<String> = {
    let stems = [
      "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
      "note", "notes", "noted", "noting", "state", "states", "stated", "explain", "explains", "explained",
      "write", "writes", "wrote", "ask", "asks", "asked", "argue", "argues", "argued", "arguing", "insist",
      "insists", "insisted", "warn", "warns", "warned", "warning", "claim", "claims", "claimed", "believe",
      "believes", "believed", "continue", "continues", "continued", "describe", "describes", "described",
      "describing", "refer", "refers", "referred", "referring", "praise", "praises", "praised", "praising",
      "express", "expresses", "expressed", "expressing", "order", "orders", "ordered", "emphasize",
      "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "pledge", "pledges",
      "pledged", "pledging", "agree", "agrees", "agreed", "declare", "declares", "declared", "declaring",
      "declarations", "assert", "asserts", "asserted", "asserting", "hail", "hails", "hailed", "hailing",
      "conclude", "concluded", "announce", "announces", "announced", "urge", "urges", "urged", "urging", "recall",
      "recalls", "recalled", "tweet", "tweeted", "posted", "acknowledge", "acknowledged", "admit", "admits",
      "admitted", "remark", "remarked", "reply", "replied", "respond", "responded", "stress", "stresses",
      "stressed", "stressing", "suggest", "suggests", "suggested", "call", "calls", "called", "calling",
      "predict", "predicted", "caution", "cautioned", "comment", "commented", "concede", "conceded", "observe",
      "observed", "promise", "promised", "vow", "vows", "vowed", "vowing", "threaten", "threatened", "accuse",
      "accused", "accusing", "deny", "denied", "confirm", "confirmed", "mention", "mentioned", "recount",
      "recounted", "reiterate", "reiterated", "label", "labelled", "labeled", "dub", "dubbed", "brand",
      "branded", "term", "termed", "thinks", "think", "thought", "feel", "feels", "felt", "according",
      "quoted", "quoting", "wrote", "writing", "complain", "complained", "boast", "boasted", "demand",
      "demanded", "explain", "insisting", "noting", "cited", "citing", "shouted", "whispered", "exclaimed",
      "repeated", "repeats", "repeating", "testified", "pleaded", "countered", "retorted", "maintained",
      "maintains", "contended", "estimated", "forecast", "advised", "recommended", "signalled", "signaled",
      "indicated", "disclosed", "revealed", "briefed", "issued", "characterised", "characterized", "welcomed",
      "criticised", "criticized", "slammed", "condemned", "decried", "lamented", "texted", "emailed", "tweets",
      "posts", "writes", "wrote", "predicts", "warns", "hopes", "hoped", "expects", "expected", "worried",
      "acknowledges", "admits", "concedes", "insists", "argues", "notes", "explains", "describes", "calls",
      "quips", "jokes", "recalls", "recounts", "reckons", "reckoned", "believes", "feared", "fears",

    ]
    return Set(stems)
  }()

  /// Pronouns that may stand for a speaker; true for the singular ones that point back to one person ("he said"),
  /// false for those that never name one ("they said", "it said").
  static let pronouns: [String: Bool] = [
    "he": true, "she": true, "him": true, "her": true, "his": true, "He": true, "She": true, "His": true,
    "Her": true, "they": false, "They": false, "their": false, "Their": false, "we": false, "We": false, "it": false,
    "It": false, "I": false,
  ]

  /// Nouns for people in a role: "the expert said" refers to the person quoted before.
  static let personRoles: Set<String> = [
    "expert", "analyst", "president", "minister", "leader", "spokesperson", "spokesman", "spokeswoman", "head",
    "chief", "professor", "researcher", "director", "author", "economist", "senator", "official", "diplomat",
    "chairman", "chairwoman", "secretary", "governor", "mayor", "general", "ambassador", "scholar", "lawyer",
    "attorney", "judge", "executive", "founder", "commander", "premier", "chancellor", "politician", "envoy",
    "fellow", "academic", "scientist", "doctor", "coach", "manager", "boss", "prosecutor", "activist", "veteran",
    "former", "writer", "king", "queen", "man", "woman", "teacher", "officer", "strategist", "adviser",
    "advisor", "representative", "lawmaker", "chair", "specialist", "observer", "councillor", "councilor",
    "legislator", "deputy", "mp", "td", "mep", "trustee", "superintendent", "principal", "parent", "resident",
    "sheriff", "coroner", "economist", "engineer", "physician", "nurse", "pastor", "priest", "rabbi", "imam",
    "owner", "driver", "witness", "survivor", "victim", "farmer", "worker", "student", "candidate", "challenger",
    "incumbent", "minister", "negotiator", "mediator", "researcher", "professor", "dean", "vice-chancellor",
  ]

  /// Nouns for organisations: "the company said" refers to the organisation named before.
  static let organizationRoles: Set<String> = [
    "company", "firm", "ministry", "agency", "group", "bank", "organisation", "organization", "department",
    "institute", "university", "council", "club", "party", "union", "carrier", "airline", "insurer", "lender",
    "retailer", "manufacturer", "automaker", "regulator", "watchdog", "charity", "foundation", "board",
    "commission", "committee", "network", "broadcaster", "outlet", "startup", "corporation", "service",
  ]

  static let determiners: Set<String> = [
    "the", "The", "a", "A", "an", "An", "one", "One", "another", "Another", "some", "Some", "two", "Two",
    "several", "Several", "its", "Its", "his", "His", "her", "Her", "their", "Their", "our", "Our", "this",
    "This", "that", "That",
  ]
}
