/// The words of site chrome: the interface vocabulary that every news site shares (menus, share rows,
/// sign-in, cookie and newsletter prompts, comment widgets, footers), with the reason each one gives.
///
/// These are phrases of web interfaces in general, not of any one site: they are what lets a line that
/// looks like prose ("Create an account or sign in to comment") still be told apart from the story.
enum ChromeLexicon {
  /// How a phrase may count.
  enum Strength: Sendable {
    /// Counts only as (nearly) the whole of a short line: "Home", "Sport", "Share".
    case wholeLine
    /// Counts wherever it appears in a line of up to ~25 words: "sign in to comment".
    case phrase
    /// Decides even a long line: "we use cookies", "all rights reserved".
    case decisive
  }

  struct Entry: Sendable {
    let words: [UInt64]
    let reason: String
    let strength: Strength
  }

  private static let table: [(String, Strength, [String])] = [
    (
      "navigation", .wholeLine,
      [
        "skip to content", "skip to main content", "jump to content", "skip to navigation", "main menu", "menu",
        "home", "search", "close", "open menu", "toggle navigation", "back to top", "next", "previous", "more",
        "show more", "load more", "see all", "view all", "see more", "sections", "topics", "edition",
        "exit mobile version", "social media", "go", "submit", "you are here", "watch live", "listen", "weather",
        "sport", "sports", "business", "world", "politics", "opinion", "entertainment", "lifestyle", "technology",
        "tech", "health", "science", "travel", "culture", "video", "videos", "podcasts", "podcast", "newsletters",
        "local news", "news", "uk", "europe", "asia", "africa", "middle east", "americas", "markets", "economy",
        "homepage", "site map", "sitemap", "contact", "about", "careers", "help", "faq", "rss", "archive",
        "archives", "categories", "tags", "tag", "print", "live", "latest", "top", "main navigation",
        "navigation", "breadcrumb", "photos", "gallery", "audio", "radio", "tv", "shows", "schedule",
        "crossword", "puzzles", "games", "horoscopes", "obituaries", "classifieds", "jobs", "real estate",
        "cars", "food", "style", "arts", "books", "music", "film", "movies", "environment", "climate", "education",
        "investigations", "features", "analysis", "explainers", "world news", "us news", "uk news",
        "national", "international", "local", "regional", "metro", "region", "city", "state", "menu close",
        "skip to footer", "skip navigation", "accessibility help", "startseite", "accueil", "inicio", "suche",
        "rechercher", "buscar", "enter search term", "search for", "search query", "clear search", "more topics",
        "all sections", "article content", "in this article", "table of contents", "on this page", "jump to",
        "contents", "categories", "category", "previous post", "next post", "older posts",
        "newer posts", "categorias", "categorie", "tags", "next article", "previous article", "next story",
        "previous story", "edition us", "edition uk", "switch edition", "change edition", "choose your edition",
        "sign in to your account", "more sections", "tools", "e-paper", "epaper", "print edition", "today's paper",
      ]
    ),
    (
      "related links", .wholeLine,
      [
        "related", "related articles", "related posts", "related post", "related stories", "related news",
        "related content", "related coverage", "related topics", "read more", "read next", "more from",
        "more stories", "more on this story", "more news", "latest articles", "latest stories", "latest news",
        "most read", "most popular", "most viewed", "popular", "recommended", "recommended for you",
        "you may also like", "you might also like", "also read", "see also", "top stories", "editor's picks",
        "what to read next", "in other news", "further reading", "trending", "trending now", "more like this",
        "stories you may like", "more in", "previous", "next", "up next", "more from this section", "also on",
        "up next", "popular now",
        "don't miss", "must read", "elsewhere", "from our partners", "around the web", "more top stories",
        "read also", "lesen sie auch", "mehr zum thema", "à lire aussi", "lire aussi", "le plus lu", "más leídas",
        "te puede interesar", "relacionadas", "leia também", "leia mais", "mais lidas", "veja também",
        "notícias relacionadas", "leggi anche", "più letti", "più lette", "articoli correlati", "ver más",
        "lo más leído", "recommended stories", "related videos", "watch next",
      ]
    ),
    (
      "advertising", .wholeLine,
      [
        "advertisement", "ad", "ads", "sponsored", "sponsored content", "promoted", "paid content",
        "partner content", "story continues below advertisement", "continue reading below",
        "scroll to continue", "article continues below", "advertisement scroll to continue",
        "content continues below", "download on the app store", "get it on google play", "promoted content",
        "partner content by", "anzeige", "publicidade", "continua após a publicidade", "pubblicità", "publicité",
        "anuncio", "werbung", "shop now", "buy now",
        "shop the look", "shop the story", "view this post on instagram", "a post shared by",
        "this advertisement has not loaded yet", "your article continues below", "story continues below",
        "article continues after this advertisement", "publicité", "publicidad", "paid post", "ad feedback",
        "advertise with us", "advertise", "supported by", "presented by", "sponsored by",
      ]
    ),
    (
      "share buttons", .wholeLine,
      [
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "share on x", "share on linkedin", "share on whatsapp", "share via email", "share by email", "facebook",
        "twitter", "x", "linkedin", "whatsapp", "email", "e mail", "pinterest", "reddit", "telegram", "copy link",
        "copy url", "tweet", "share on other sites", "messenger", "flipboard", "save", "bookmark",
        "gift this article", "listen to this article", "follow", "follow us", "follow us on", "instagram",
        "youtube", "tiktok", "threads", "bluesky", "mastodon", "link copied", "copied", "print this page",
        "email this", "text size", "font size", "share article", "share page", "teilen", "partager", "compartir",
        "share full article", "republish this story", "republish", "save article", "add to list", "share to",
        "buy photo", "buy this photo",
        "purchase photo", "purchase licensing rights", "opens new tab", "opens in new window",
        "opens in a new window", "open in new tab", "reuse this content", "now playing", "play video", "view gallery",
        "open gallery", "enlarge", "expand image", "view image",
        "follow the topics in this article", "follow this topic", "topics in this article", "add to my",
      ]
    ),
    (
      "comments/reactions", .wholeLine,
      [
        "comment", "comments", "comentários", "comentarios", "commenti", "kommentare", "commentaires", "responder",
        "rispondi", "antworten", "répondre", "thoughts on", "thought on", "responses to", "leave a comment",
        "leave a reply", "reply", "quote", "like", "likes", "haha", "love",
        "wow", "sad",
        "angry", "upvote", "downvote", "report", "report abuse", "report post", "link to comment", "view comments",
        "show comments", "join the conversation", "add a comment", "permalink", "thumbs up", "replies",
        "load more comments", "view all comments", "post a comment", "add your comment", "comments are closed",
        "newest", "oldest", "most liked", "sort by", "thanks", "confused", "upvotes", "agree", "disagree",
        "write a comment", "your comment", "cancel reply", "post comment", "commenting is closed",
      ]
    ),
    (
      "sign-in", .phrase,
      [
        "sign in", "log in", "login", "log out", "logout", "create an account", "create account",
        "my account", "forgot password", "forgot your password", "already have an account", "member login",
        "you need to be a member", "sign in now", "register a new account", "register now", "register for free",
        "sign in to comment", "log in to comment", "to leave a comment", "sign in here", "anmelden", "einloggen",
        "se connecter", "iniciar sesión", "create a free account", "sign in with google", "continue with google",
        "remember me", "username", "password",
      ]
    ),
    (
      "subscription prompt", .phrase,
      [
        "subscribe", "subscribe now", "subscribe today", "newsletter", "newsletters", "sign up for our", "sign up",
        "sign up to receive", "by signing up",
        "sign up to our", "get our", "our daily newsletter", "free trial", "subscribers only",
        "already a subscriber", "digital subscription", "support our journalism", "support independent journalism",
        "become a member", "donate", "unlock", "get unlimited access", "unlimited digital access",
        "for subscribers", "subscriber exclusive", "start your subscription", "delivered to your inbox",
        "in your inbox", "enter your email", "support us", "if you value", "paid for by readers",
        "siga o canal", "receba as principais", "whatsapp channel", "join our whatsapp", "follow our whatsapp channel",
        "assine", "jederzeit kündbar", "jetzt abonnieren", "jetzt testen", "abo",
        "monatlich kündbar", "bereits abonnent", "abonnez vous", "déjà abonné", "sans engagement",
        "suscríbete", "ya eres suscriptor", "sin permanencia", "abbonati", "assine", "unlimited access",
        "digital access", "start your trial",
        "your trial", "subscriptions", "your email address", "email address", "click here to subscribe",
        "click here", "premium", "exclusive offer", "limited time offer", "cancel anytime", "abonnieren",
        "s'abonner", "suscríbete", "editor's digest",
      ]
    ),
    (
      "browser notice", .phrase,
      [
        "please enable javascript", "enable javascript", "javascript is disabled", "update your browser",
        "browser is not supported", "your browser does not support",
      ]
    ),
    (
      "cookie notice", .decisive,
      [
        "we use cookies", "use of cookies", "uses cookies", "cookie policy", "cookie settings", "cookie preferences",
        "manage cookies", "accept cookies", "accept all cookies", "reject all", "accept all", "manage preferences",
        "privacy preferences", "consent preferences", "cookies on the", "with your consent", "your consent",
        "advertising cookies", "analytics cookies", "similar technologies", "store and access information",
        "manage your choices", "personalise ads", "personalize ads", "relevant ads", "non essential cookies",
        "legitimate interest", "consent to the use", "privacy settings", "verwenden cookies", "cookies und ähnliche",
        "alle akzeptieren", "datenschutz einstellungen", "cookie einstellungen", "nous utilisons des cookies",
        "accepter et fermer", "tout accepter", "tout refuser", "usamos cookies", "utilizamos cookies",
        "aceptar todas", "rechazar todas", "we value your privacy", "your privacy matters", "optional cookies",
        "essential cookies", "we and our partners", "by continuing to use", "this site uses",
        "this website uses", "your privacy choices", "do not sell or share my personal information",
      ]
    ),
    (
      "footer", .decisive,
      [
        "all rights reserved", "privacy policy", "terms of use", "terms of service", "terms and conditions",
        "do not sell my", "powered by", "alle rechte vorbehalten", "tous droits réservés",
        "todos los derechos reservados", "riproduzione riservata", "tutti i diritti riservati",
        "todos os direitos reservados", "direitos reservados", "contact us", "about us", "privacy notice",
        "cookie notice",
        "accessibility statement", "corrections policy", "editorial standards", "ethics policy", "impressum",
        "our standards", "trust principles",
        "imprint", "datenschutz", "mentions légales", "aviso legal", "work with us", "press office",
      ]
    ),
    (
      "forum chrome", .phrase,
      [
        "recommended posts", "recently browsing", "members online", "no registered users viewing this page",
        "create new", "guests online", "users online", "reply to this topic", "start new topic", "go to topic listing",
        "posted by", "share on other sites", "followers", "unread content", "report post", "joined",
        "reputation", "quote post", "multiquote", "thread starter", "start date", "well known member",
        "reaction score", "messages", "page 1 of", "next page", "prev", "active member", "new member",
      ]
    ),
  ]

  /// Entries keyed by the hash of their first word.
  static let byFirstWord: WordTable<[Entry]> = {
    var index: [UInt64: [Entry]] = [:]
    for (reason, strength, phrases) in table {
      for phrase in phrases {
        let words = hashWords(phrase)
        guard let first = words.first else { continue }
        index[first, default: []].append(Entry(words: words, reason: reason, strength: strength))
      }
    }
    // Longest phrases first, so "share on other sites" wins over "share".
    return WordTable(index.mapValues { $0.sorted { $0.words.count > $1.words.count } })
  }()

  /// Word hashes of a phrase, split as `LineFeatures` splits lines.
  static func hashWords(_ phrase: String) -> [UInt64] {
    phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).map {
      StopWords.hash(Array(StopWords.normalizedWord($0).utf8)[...])
    }
  }

  /// What the chrome phrases in a line add up to.
  struct Match {
    /// Words of the line inside a chrome phrase.
    var coveredWords = 0
    var decisiveReason: String? = nil
    /// Covered words per reason, the largest first once `reason` is read.
    var coverage: [String: Int] = [:]
    var strongestPhraseReason: String? = nil
    /// How many phrases that count inside a sentence were found.
    var phraseHits = 0

    /// The reason covering most words; ties go to the alphabetically first, so a run never depends on hashing.
    var reason: String? { coverage.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
  }

  /// Scans a line's words once; at each word only phrases starting with that word are tried.
  static func match(_ words: [UInt64]) -> Match {
    var result = Match()
    var index = 0
    while index < words.count {
      var advanced = false
      if let entries = byFirstWord[words[index]] {
        for entry in entries where index + entry.words.count <= words.count {
          if words[index..<(index + entry.words.count)].elementsEqual(entry.words) {
            result.coveredWords += entry.words.count
            result.coverage[entry.reason, default: 0] += entry.words.count
            if entry.strength == .decisive { result.decisiveReason = entry.reason }
            if entry.strength != .wholeLine {
              result.phraseHits += 1
              if result.strongestPhraseReason == nil { result.strongestPhraseReason = entry.reason }
            }
            index += entry.words.count
            advanced = true
            break
          }
        }
      }
      if !advanced { index += 1 }
    }
    return result
  }
}
