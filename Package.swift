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
    ],
    targets: [
        // The only C we touch: libcsv from Debian's libcsv-dev.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // What Swift cannot import from the C library (glibc's mallopt), as GRDB's shim.h.
        .systemLibrary(name: "CSystem"),
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
        .executableTarget(
            name: "followup",
            dependencies: ["Pipeline", "FollowUpModel", "Texts", "Exports", "CSystem", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Generates Samples/ (fixed seed) and benchmark inputs.
        .executableTarget(name: "samplegen", dependencies: ["FollowUpModel"]),

        .testTarget(name: "CSVReadingTests", dependencies: ["CSVReading"]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "CSVReading", "FollowUpModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Validation", "FollowUpModel"]),
        .testTarget(name: "ExportsTests", dependencies: ["Exports"]),
        .testTarget(name: "TextsTests", dependencies: ["Texts", "FollowUpModel"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "FollowUpModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["FollowUpModel", "Store"]),
    ],
    swiftLanguageModes: [.v5]
)
