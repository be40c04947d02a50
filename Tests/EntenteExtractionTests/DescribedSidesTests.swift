import Testing

@testable import EntenteExtraction

/// "between former allies, now rivals, A and B": the sides of a fight described before they are named.
@Suite struct DescribedSidesTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func sidesDescribedBeforeTheyAreNamedAreStillTheSides() {
        let found = Self.triples(
            "The envoy flew in after fighting erupted last week between former allies, now rivals, Army Commander General Abdel Fattah al-Burhan and General Mohamed Hamdan Dagalo.\n")
        #expect(found.contains("Abdel Fattah al-Burhan clashes_with Mohamed Hamdan Dagalo"))
    }
}
