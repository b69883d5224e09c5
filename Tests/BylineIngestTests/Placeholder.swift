import Testing
@testable import BylineModel

@Test func wordsCountJoinedWords() {
  #expect(WordCounter.count("Kim Jong-un’s visit, 11,000 shells") == 5)
}
