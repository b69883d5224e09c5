import BylineModel

/// Gives relative dates of undated articles ("on Tuesday" in a page with no date) a reference: the date of the
/// dated article that shares the most names with it, the way a reader places a story among its coverage.
enum CorpusDates {
  static func resolveUndated(_ articles: inout [Article]) {
    let undated = articles.indices.filter { articles[$0].date == nil && !articles[$0].dates.isEmpty }
    guard !undated.isEmpty else { return }
    // Names → dated articles that mention them; rare names weigh more.
    var postings: [String: [Int]] = [:]
    for index in articles.indices where articles[index].date != nil {
      for name in Set(articles[index].mentions.map(\.entity)) { postings[name, default: []].append(index) }
    }
    for index in undated {
      var scores: [Int: Double] = [:]
      // Sorted, so the sums, and a tie between two articles, come out the same on every run.
      for name in Set(articles[index].mentions.map(\.entity)).sorted() {
        // A name in hundreds of articles tells little about which one this page belongs with, and walking its
        // holders for every undated page would grow with the square of the corpus.
        guard let holders = postings[name], holders.count <= 200 else { continue }
        let weight = 1 / Double(holders.count)
        for holder in holders { scores[holder, default: 0] += weight }
      }
      guard let best = scores.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value > 0,
        let reference = articles[best.key].date
      else { continue }
      let bodyDates = articles[index].text.utf8.withContiguousStorageIfAvailable { buffer in
        SemanticAnalysis.bodyDates(in: articles[index], bytes: buffer, reference: reference)
      }
      guard let bodyDates else { continue }
      articles[index].dates = articles[index].dates.filter { $0.block == nil } + bodyDates
    }
  }
}
