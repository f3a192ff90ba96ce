// swift-tools-version: 6.0
// A small app that embeds Precis the way a user's package would: by dependency, not by copy.
import PackageDescription

let package = Package(
    name: "PrecisExamples",
    dependencies: [.package(name: "Precis", path: "..")],
    targets: [
        .executableTarget(
            name: "precis-example",
            dependencies: [.product(name: "Precis", package: "Precis")]
        )
    ],
    swiftLanguageModes: [.v6]
)
