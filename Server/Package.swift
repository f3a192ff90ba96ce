// swift-tools-version: 6.1
//
// `precis serve`: Precis as an HTTP service (Hummingbird 2 on SwiftNIO), with a page that shows a
// summary and keywords in the article itself.
//
// The server is a package of its own so that an app depending on the Precis library fetches and
// builds none of Hummingbird's dependencies: SwiftPM resolves (fetches) every dependency a package
// declares, whichever products an app uses (README, "precis serve").
//
//   Precis (library, ..) ─┬─▶ PrecisServer (library: routes, limits, page, OpenAPI) ─▶ precis-serve
//   Hummingbird 2 ────────┘

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "PrecisServer",
    products: [
        .library(name: "PrecisServer", targets: ["PrecisServer"]),
        .executable(name: "precis-serve", targets: ["precis-serve"]),
    ],
    dependencies: [
        .package(name: "Precis", path: ".."),
        // swift-configuration support is not used: its trait is left off.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(
            name: "PrecisServer",
            dependencies: [
                .product(name: "Precis", package: "Precis"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "precis-serve",
            dependencies: [
                "PrecisServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PrecisServerTests",
            dependencies: ["PrecisServer"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
