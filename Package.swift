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
    .target(
      name: "BylineQuery", dependencies: ["BylineModel"],
      // The stages are classes whose state changes at every row; checking exclusive access to it at run time
      // cost a third of a `group`. No stage shares its state, so the static checks are enough.
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
    ),
    .target(name: "BylineOutput", dependencies: ["BylineModel", "BylineQuery"]),
    // libedit through pkg-config; CLineEdit wraps its variadic calls, which Swift cannot make.
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "CLineEdit", dependencies: ["CLibEdit"]),
    .target(
      name: "BylineShell",
      dependencies: ["BylineModel", "BylineIngest", "BylineQuery", "BylineOutput", "CLineEdit"]
    ),
    .executableTarget(
      name: "byline",
      dependencies: [
        "BylineModel", "BylineIngest", "BylineQuery", "BylineOutput", "BylineShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "byline-bench", dependencies: ["BylineModel", "BylineIngest", "BylineQuery", "BylineOutput"]),
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
      name: "BylineOutputTests", dependencies: ["BylineQuery", "BylineOutput", "BylineTestSupport"],
      resources: [.copy("Golden")]
    ),
    .testTarget(
      name: "BylineShellTests",
      dependencies: ["byline", "BylineShell", "BylineQuery", "BylineModel", "BylineIngest", "BylineOutput"]),
    .testTarget(name: "BylineCLITests", dependencies: ["byline", "BylineTestSupport"], resources: [.copy("Golden")]),
    // Helpers for tests that run real consumers of byline's output (jq, Python).
    .target(name: "BylineTestSupport", path: "Tests/BylineTestSupport"),
  ]
)
