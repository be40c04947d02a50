// swift-tools-version: 6.1
import PackageDescription

/// `ENTENTE_FUZZ=1 swift build --product entente-fuzz-…` instruments the libraries for libFuzzer
/// and AddressSanitizer; set only for the fuzz builds, never for the build tools (see docs/fuzzing.md).
let fuzzing = Context.environment["ENTENTE_FUZZ"] == "1"
let sanitizers: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
] + sanitizers

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
        // The HTTP server of `entente serve`: routing, body limits, graceful shutdown (service lifecycle).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // The PostgreSQL store's wire protocol (SCRAM, COPY FROM STDIN).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // What the server and the PostgreSQL store run on, named for their loggers, event loops,
        // listening channel and statuses.
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // The server's tests stop it as SIGTERM would: a graceful shutdown of its service group.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        // The Model Context Protocol of `entente mcp`: the stdio transport and the JSON-RPC messages.
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
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
            dependencies: ["EntenteModel", "EntenteNLP"],
            exclude: ["Data/PETRARCH2-CONVERSION.md"],
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
        // spaCy's small English model (weights and tables, MIT; lemma tables from WordNet), built
        // into the binary by `#embed`; scripts/export-nlp-model.py writes the file.
        .target(
            name: "EntenteNLPModel",
            exclude: ["en_core_web_sm-3.8.0.entnlp", "LICENSE-en_core_web_sm.txt"]
        ),
        // Debian's OpenBLAS for the networks' matrix products (Apple systems use Accelerate).
        .systemLibrary(
            name: "COpenBLAS",
            path: "Sources/COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        // Native English NLP: tokenizer, tagger, dependency parser, entity recogniser, attribute
        // ruler and lemmatizer that agree with spaCy's en_core_web_sm 3.8. No database, no I/O.
        .target(
            name: "EntenteNLP",
            dependencies: [
                "EntenteNLPModel",
                .target(name: "COpenBLAS", condition: .when(platforms: [.linux])),
            ],
            // Optimised in debug builds too: the tests and the debug binary parse real text, which
            // unoptimised network loops make many times slower.
            swiftSettings: strictSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))],
            linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]
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
            resources: [.embedInCode("migrations"), .embedInCode("postgres")],
            swiftSettings: strictSettings
        ),
        // What a graph store does (`GraphStoring`), the values it reads and writes, and what every
        // store answers alike from its reads (TIMELINE, DIFF, neighbourhoods, names). No database.
        .target(
            name: "EntenteStore",
            dependencies: ["EntenteModel", "EntenteQuery"],
            swiftSettings: strictSettings
        ),
        // The SQLite graph store (`GraphStore`): migrations, invariant-keeping writes, reads, plans
        // run as SQLite's statements.
        .target(
            name: "EntenteSQLite",
            dependencies: [
                "EntenteModel", "EntenteSchema", "EntenteQuery", "EntenteStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API beside GRDB, for binding a bulk insert's values without boxing them.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // The PostgreSQL graph store (`PostgresGraphStore`): the same graph on a server, through
        // postgres-nio, its plans written by `PostgresDialect`.
        .target(
            name: "EntentePostgres",
            dependencies: [
                "EntenteModel", "EntenteSchema", "EntenteQuery", "EntenteStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
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
                "EntenteModel", "EntenteExtraction", "EntenteQuery", "EntenteExport", "EntenteStore", "EntenteSQLite", "EntentePostgres",
                "EntenteEvents", "CZlib",
                "EntenteNLP",
            ],
            swiftSettings: strictSettings
        ),
        // `entente serve`: the JSON API and the web viewer over HTTP (Hummingbird), the viewer's
        // files built into the binary.
        .target(
            name: "EntenteServer",
            dependencies: [
                "Entente",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSettings,
            plugins: ["EmbedData"]
        ),
        // `entente mcp`: the graph's reads as Model Context Protocol tools over standard input and output.
        .target(
            name: "EntenteMCP",
            dependencies: [
                "Entente", "EntenteServer",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings,
            plugins: ["EmbedData"]
        ),
        // A thin command-line front end over the library.
        .executableTarget(
            name: "entente",
            dependencies: [
                "Entente", "EntenteExamples", "EntenteServer", "EntenteMCP",
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
        // Fuzz targets: each replays files in an ordinary build; built with
        // `-sanitize=fuzzer -DFUZZING` they run under libFuzzer (see docs/fuzzing.md).
        .target(name: "FuzzSupport", path: "Tests/Fuzz/FuzzSupport"),
        .target(name: "CLibFuzzer", path: "Tests/Fuzz/CLibFuzzer"),
        .executableTarget(
            name: "entente-fuzz-query",
            dependencies: ["EntenteQuery", "EntenteModel", "FuzzSupport", "CLibFuzzer"],
            path: "Tests/Fuzz/QueryFuzzer",
            swiftSettings: fuzzing ? sanitizers + [.define("FUZZING")] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        .executableTarget(
            name: "entente-fuzz-article",
            dependencies: ["EntenteExtraction", "EntenteModel", "FuzzSupport", "CLibFuzzer"],
            path: "Tests/Fuzz/ArticleFuzzer",
            swiftSettings: fuzzing ? sanitizers + [.define("FUZZING")] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        .executableTarget(
            name: "entente-fuzz-nlp",
            dependencies: ["EntenteNLP", "FuzzSupport", "CLibFuzzer"],
            path: "Tests/Fuzz/NLPFuzzer",
            swiftSettings: fuzzing ? sanitizers + [.define("FUZZING")] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        // What the test targets share: scratch folders, snapshot files, the hand-made graph, and the
        // checks every graph store passes (`GraphStoreConformance`).
        .target(
            name: "EntenteTestSupport",
            dependencies: ["Entente"],
            path: "Tests/EntenteTestSupport",
            resources: [.copy("Fixtures")],
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
            name: "EntenteNLPTests",
            dependencies: ["EntenteNLP", "EntenteNLPModel"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteExportTests",
            dependencies: ["EntenteExport", "EntenteModel"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteEventsTests",
            dependencies: ["EntenteEvents", "EntenteModel"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteQueryTests",
            dependencies: ["EntenteQuery", "EntenteTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteSQLiteTests",
            dependencies: ["EntenteSQLite", "EntenteStore", "EntenteTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntentePostgresTests",
            dependencies: ["EntentePostgres", "EntenteStore", "EntenteTestSupport", .product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteTests",
            dependencies: ["Entente", "EntenteTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteServerTests",
            dependencies: [
                "EntenteServer", "Entente", "EntenteExamples", "EntenteTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EntenteCLITests",
            dependencies: ["Entente", "entente", "EntenteTestSupport"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
