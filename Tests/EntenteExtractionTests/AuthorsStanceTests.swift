import EntenteModel
import Testing

@testable import EntenteExtraction

/// What a government's own statement holds about the parties it speaks of, where the parties go
/// by the nominals its readers know them by ("the government", "the authorities").
@Suite struct AuthorsStanceTests {
    static func statement(_ body: String) -> [String] {
        AuthorsTests.triples(
            "UK statement at the UN Security Council\nPublished: 3 May 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
                + body + "\n")
    }

    @Test func theGovernmentsEffortsAreTheStateTheStatementIsAbout() {
        #expect(Self.statement("Colombia has made progress on peace. We support the government's efforts to dismantle illegal armed groups.")
            .contains("United Kingdom supports Colombia"))
        #expect(Self.statement("Gabon held elections in August. We commend the authorities' cooperation with UNOCA so far.")
            .contains("United Kingdom praises Gabon"))
        // The authors say "we", never "the government": their own state is not the one meant.
        #expect(!Self.statement("The United Kingdom remains a firm supporter of peace. We support the government's efforts.")
            .contains("United Kingdom supports United Kingdom"))
    }
}
