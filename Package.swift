// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Entente", targets: ["Entente"]),
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Build-time only: embeds the .tsv data files of a target as string constants.
        .executableTarget(name: "EmbedDataTool", path: "Plugins/EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        // The domain as value types; no database, no I/O.
        .target(
            name: "EntenteModel",
            swiftSettings: strictSettings,
            plugins: ["EmbedData"]
        ),
        // Article text to entities and facts; never touches a database.
        .target(
            name: "EntenteExtraction",
            dependencies: ["EntenteModel"],
            swiftSettings: strictSettings,
            plugins: ["EmbedData"]
        ),
        // The system zlib, for gzip-compressed event files.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // Coded event data: GDELT and ICEWS rows to events, and the CAMEO tables. No database.
        .target(
            name: "EntenteEvents",
            dependencies: ["EntenteModel", "EntenteExtraction"],
            swiftSettings: strictSettings,
            plugins: ["EmbedData"]
        ),
        // The path-query language: lexer, parser, diagnostics, planner to SQL. No database.
        .target(
            name: "EntenteQuery",
            dependencies: ["EntenteModel"],
            swiftSettings: strictSettings
        ),
        // Graph exports (DOT, GraphML, JSON, CSV) and the timeline chart (SVG). No database.
        .target(
            name: "EntenteExport",
            dependencies: ["EntenteModel"],
            swiftSettings: strictSettings
        ),
        // The numbered SQL migrations, embedded in the binary.
        .target(
            name: "EntenteSchema",
            path: "schema",
            exclude: ["README.md"],
            resources: [.embedInCode("migrations")],
            swiftSettings: strictSettings
        ),
        // The SQLite graph store: migrations, invariant-keeping writes, reads.
        .target(
            name: "EntenteStore",
            dependencies: [
                "EntenteModel", "EntenteSchema", "EntenteQuery",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // The example articles, built into the binary for `entente demo`.
        .target(
            name: "EntenteExamples",
            path: "Examples",
            exclude: ["README.md", "queries"],
            sources: ["ExampleArticles.swift"],
            swiftSettings: strictSettings,
            plugins: ["EmbedData"]
        ),
        // The single import for library users.
        .target(
            name: "Entente",
            dependencies: [
                "EntenteModel", "EntenteExtraction", "EntenteQuery", "EntenteExport", "EntenteStore", "EntenteEvents", "CZlib",
            ],
            swiftSettings: strictSettings
        ),
        // A thin command-line front end over the library.
        .executableTarget(
            name: "entente",
            dependencies: [
                "Entente", "EntenteExamples",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Release-build benchmarks: `swift run -c release entente-benchmark`.
        .executableTarget(
            name: "entente-benchmark",
            dependencies: ["Entente", "EntenteExamples", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/EntenteBenchmark",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteModelTests",
            dependencies: ["EntenteModel"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteExtractionTests",
            dependencies: ["EntenteExtraction"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteQueryTests",
            dependencies: ["EntenteQuery"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteStoreTests",
            dependencies: ["EntenteStore", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteTests",
            dependencies: ["Entente"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteCLITests",
            dependencies: ["Entente", "entente"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
