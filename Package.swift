// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "byline",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "byline", targets: ["byline"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(name: "BylineModel"),
    .target(
      name: "BylineIngest", dependencies: ["BylineModel"],
      // Without it, one file's `import Foundation` makes NSString's slow `contains` win everywhere.
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
    ),
    .target(name: "BylineQuery", dependencies: ["BylineModel"]),
    .target(name: "BylineOutput", dependencies: ["BylineModel", "BylineQuery"]),
    .executableTarget(
      name: "byline",
      dependencies: [
        "BylineModel", "BylineIngest", "BylineOutput",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "byline-bench", dependencies: ["BylineModel", "BylineIngest"]),
    .testTarget(
      name: "BylineIngestTests",
      dependencies: ["BylineModel", "BylineIngest", "BylineOutput"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "BylineQueryTests", dependencies: ["BylineModel", "BylineQuery", "BylineIngest"],
      resources: [.copy("Golden")]
    ),
    .testTarget(
      name: "BylineOutputTests", dependencies: ["BylineQuery", "BylineOutput"], resources: [.copy("Golden")]
    ),
    .testTarget(name: "BylineCLITests", dependencies: ["byline"]),
  ]
)
