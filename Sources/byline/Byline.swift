import ArgumentParser

@main
struct Byline: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "byline")
  func run() throws {}
}
