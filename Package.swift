// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "followup",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "followup", targets: ["followup"]),
        .executable(name: "samplegen", targets: ["samplegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // The portal (`followup serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", exact: "4.7.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The only C we touch: libcsv from Debian's libcsv-dev.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // What Swift cannot import from the C library (glibc's mallopt), as GRDB's shim.h.
        // Named CFollowupSystem (folder Sources/CSystem): swift-system, which the portal's
        // server brings in through swift-nio, has a C module called CSystem of its own.
        .systemLibrary(name: "CFollowupSystem", path: "Sources/CSystem"),
        .target(name: "FollowUpModel"),
        .target(name: "Texts", dependencies: ["FollowUpModel"], swiftSettings: [.swiftLanguageMode(.v6)]),
        // The bounded producer/consumer hand-off that the two-thread stages share.
        .target(name: "Threading", swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "CSVReading", dependencies: ["CLibCSV", "FollowUpModel", "Threading"]),
        .target(name: "Validation", dependencies: ["FollowUpModel", "Texts"]),
        .target(name: "Store", dependencies: ["FollowUpModel", "Texts", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "Exports", dependencies: ["FollowUpModel", "Texts", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "Pipeline",
            dependencies: [
                "FollowUpModel", "Texts", "CSVReading", "Validation", "Store", "Exports", "Threading",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The web front end: region sign-in, check, submit, receipts; its own portal.sqlite.
        .target(
            name: "Portal",
            dependencies: [
                "Pipeline", "FollowUpModel", "Texts", "Store", "CSVReading", "Exports",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "followup",
            dependencies: ["Pipeline", "FollowUpModel", "Texts", "Exports", "CFollowupSystem", "Portal", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Generates Samples/ (fixed seed) and benchmark inputs.
        .executableTarget(name: "samplegen", dependencies: ["FollowUpModel"]),

        .testTarget(name: "CSVReadingTests", dependencies: ["CSVReading"]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "CSVReading", "FollowUpModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Validation", "FollowUpModel"]),
        .testTarget(name: "ExportsTests", dependencies: ["Exports"]),
        .testTarget(name: "TextsTests", dependencies: ["Texts", "FollowUpModel"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "FollowUpModel"]),
        .testTarget(
            name: "PortalTests",
            dependencies: ["Portal", "Pipeline", "FollowUpModel", .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["FollowUpModel", "Store"]),
    ],
    swiftLanguageModes: [.v5]
)
