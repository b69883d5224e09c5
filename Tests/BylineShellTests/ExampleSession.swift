import BylineIngest
import BylineQuery
import Foundation

/// The repository, found from this file's path.
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// A session over `examples/corpus`, loaded once for all tests.
let exampleSession: Session = {
  Session(corpus: CorpusLoader().load(paths: [projectRoot.appendingPathComponent("examples/corpus").path]))
}()
