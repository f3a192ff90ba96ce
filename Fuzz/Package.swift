// swift-tools-version: 6.0
// A libFuzzer target over the whole pipeline: bytes → UTF-8 text → Segmenter → Summarizer →
// KeywordExtractor. Kept out of the main package so that `swift build` and `swift test` there stay
// as they are; built and run by `make fuzz` (see ../Makefile and README.md), which passes
// `-sanitize=fuzzer,address` and `-parse-as-library` to the Swift compiler.
import PackageDescription

let package = Package(
    name: "PrecisFuzz",
    dependencies: [.package(name: "Precis", path: "..")],
    targets: [
        .executableTarget(
            name: "precis-fuzz",
            dependencies: [.product(name: "Precis", package: "Precis")],
            path: "Sources/PrecisFuzz"
        )
    ],
    swiftLanguageModes: [.v6]
)
