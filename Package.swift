// swift-tools-version: 6.0
//
// Precis: multilingual extractive summarisation and keyword extraction.
//
// The pipeline shows in the targets:
//   CICU (system ICU) ─▶ CPrecisICU (C bridge, plain C types) ─┐
//   CStemmer (Snowball libstemmer) ───────────────────────────┼─▶ Precis (public library: the
//   CLanguageID (CLD2 behind a C shim) ───────────────────────┤    pipeline and its reports)
//   PrecisCore (pure Swift: Document, scoring, tagging) ──────┘        │
//                                                                      ├─▶ PrecisCommandLine (shared
//                                                                      │   options) ─▶ precis (CLI)
//                                                                      └─▶ PrecisEvaluation (ROUGE,
//                                                                          segmentation scoring,
//                                                                          treebanks) ─▶ precis-eval
//
// Only the `.c`/`.cpp` files of the bridges include the C libraries' headers: the toolchain's
// Foundation carries its own ICU, whose C types clash with the system ICU's in any Swift module
// that could see both.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Precis",
    products: [
        .library(name: "Precis", targets: ["Precis"]),
        .executable(name: "precis", targets: ["precis"]),
        .executable(name: "precis-eval", targets: ["precis-eval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        .target(
            name: "CPrecisICU",
            dependencies: ["CICU"]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(
            name: "CLanguageID",
            linkerSettings: [.linkedLibrary("cld2")]
        ),
        .target(
            name: "PrecisCore",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Precis",
            dependencies: ["PrecisCore", "CPrecisICU", "CStemmer", "CLanguageID"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PrecisCommandLine",
            dependencies: [
                "Precis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "precis",
            dependencies: [
                "Precis", "PrecisCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PrecisEvaluation",
            dependencies: ["Precis"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "precis-eval",
            dependencies: [
                "Precis", "PrecisEvaluation", "PrecisCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PrecisCoreTests",
            dependencies: ["PrecisCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PrecisEvaluationTests",
            dependencies: ["PrecisEvaluation"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PrecisTests",
            dependencies: ["Precis"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["precis", "precis-eval", "Precis"],
            exclude: ["Fixtures", "Golden"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
