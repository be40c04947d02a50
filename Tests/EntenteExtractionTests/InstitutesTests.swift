import EntenteModel
import Testing

@testable import EntenteExtraction

/// Centres, institutes and schools sit inside the bodies they are named with, and those who hold a
/// title in one hold it there, not in the body around it.
@Suite struct InstitutesTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func entities(_ text: String) -> [String] { FormalNameTests.entities(text).map(\.name) }

    @Test func anInstituteOwnedOrHousedByABodyIsPartOfIt() {
        let owned = Self.triples("Anna Reyes, director of the Hollis Foundation's Baltic Institute, said the talks had stalled.")
        #expect(owned.contains("Baltic Institute part_of Hollis Foundation"))
        #expect(owned.contains("Anna Reyes leader_of Baltic Institute"))
        #expect(!owned.contains { $0.hasPrefix("Anna Reyes") && $0.hasSuffix("Hollis Foundation") })

        let housed = Self.triples(
            "Tomas Berg, a senior fellow at the Corvin Center for Security Studies at the University of Tallinn, said the talks had stalled.")
        #expect(housed.contains("Corvin Center for Security Studies part_of University of Tallinn"))
        #expect(housed.contains("Tomas Berg member_of Corvin Center for Security Studies"))
        #expect(!housed.contains { $0.hasPrefix("Tomas Berg") && $0.hasSuffix("University of Tallinn") })
    }

    @Test func aBodyThatIsNoInstituteIsNotMadePartOfAnother() {
        // A state's official at a body works there; the state is no part of it.
        let found = Self.triples("Kenya's ambassador at the United Nations, Mark Ouma, said the talks had stalled.")
        #expect(!found.contains { $0.contains("part_of United Nations") })
        // A body that is no centre, institute or school keeps its own standing.
        #expect(!Self.triples("The European Union's Hollis Agency said the talks had stalled.").contains { $0.contains("part_of") && $0.contains("Hollis") })
    }

    @Test func fieldsOfStudyJoinedByAndStayInOneName() {
        #expect(Self.entities("He is a fellow at the Center for Strategic and International Studies.").contains("Center for Strategic and International Studies"))
        #expect(Self.entities("She teaches at the Fletcher School of Law and Diplomacy.").contains("Fletcher School of Law and Diplomacy"))
        // A title after "and" starts a second name.
        let two = Self.entities("The Ministry of Foreign Affairs and Defense Minister Ana Silva met the envoy.")
        #expect(two.contains("Ministry of Foreign Affairs"))
        #expect(!two.contains { $0.hasPrefix("Ministry of Foreign Affairs and") })
    }

    @Test func atBeforeABodysNameIsNoArticleOfTheName() {
        let found = Self.entities("He works at the Fletcher School at Tufts University.")
        #expect(found.contains("Tufts University"))
        #expect(!found.contains { $0.hasPrefix("at ") })
    }
}
