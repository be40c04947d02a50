import EntenteModel
import Testing

@testable import EntenteExtraction

/// Forces sent into a state for a mission protect it.
@Suite struct MissionTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func forcesArrivingForAMissionProtectTheState() {
        #expect(Self.triples("Rwandan police arrived in the Central African Republic on Monday as part of a peacekeeping mission.\n")
            .contains("Rwanda protects Central African Republic"))
        #expect(Self.triples("Burundi sent troops to Somalia as part of the African Union mission.\n").contains("Burundi protects Somalia"))
    }

    @Test func aVisitThatNamesNoForcesOrNoMissionStaysAVisit() {
        // The minister is no force; and forces sent with no mission named are not said to protect.
        #expect(!Self.triples("The Rwandan foreign minister arrived in Kenya to discuss the mission.\n").contains { $0.contains("protects") })
        #expect(!Self.triples("Burundi sent troops to Somalia on Monday.\n").contains { $0.contains("protects") })
    }
}

/// A name after a lower-case title word is a person.
@Suite struct AdviserTitleTests {
    @Test func aNameAfterAnAdviserIsAPerson() {
        let extraction = ReadoutTests.extraction("Speaking to reporters, national security adviser Tomas Reyes dismissed the claim.\n")
        #expect(extraction.entities.contains { $0.name == "Tomas Reyes" && $0.type == "person" })
    }
}

/// Where an expert works: a body no dictionary knows.
@Suite struct WorkplaceTests {
    @Test func anExpertsWorkplaceIsABodyTheExpertBelongsTo() {
        let extraction = ReadoutTests.extraction(
            "Daniel Okafor, senior policy adviser at The Lantern Project, cited several reports on the conflict.\n")
        #expect(extraction.entities.contains { $0.name == "The Lantern Project" && $0.kind == .organisation })
        #expect(EventNounTests.triples("Daniel Okafor, senior policy adviser at The Lantern Project, cited several reports on the conflict.\n")
            .contains("Daniel Okafor member_of The Lantern Project"))
    }

    @Test func aPrepositionBeforeANameIsNotPartOfIt() {
        // "at" before a capital is the Arabic article only inside a name ("Abu Bakr as Siddiq").
        let extraction = ReadoutTests.extraction("Ana Ruiz works at Lantern Monitor Group in Nairobi.\n")
        #expect(extraction.entities.contains { $0.name == "Lantern Monitor Group" })
        #expect(!extraction.entities.contains { $0.name.hasPrefix("at ") })
        // Without a word for staff before "at", a capitalised run after it is not made a body.
        #expect(!ReadoutTests.extraction("The talks ended at Lantern Hall on Monday.\n").entities.contains { $0.name == "Lantern Hall" && $0.kind == .organisation })
    }
}

/// People who speak without being named are nobody the recogniser should name.
@Suite struct UnnamedSpeakerTests {
    @Test func aPluralNounOpeningASentenceIsNoPerson() {
        let extraction = ReadoutTests.extraction("Officials said the Islamic State claimed the attack. Witnesses told reporters the town fell.\n")
        #expect(!extraction.entities.contains { ["Officials", "Witnesses"].contains($0.name) })
        // A lone surname that speaks is still a person.
        let named = ReadoutTests.extraction("Borodin told reporters that Russia would help.\n")
        #expect(named.entities.contains { $0.name == "Borodin" && $0.type == "person" })
    }
}

/// A name before a medium's noun, and a body's own medium.
@Suite struct MediumTests {
    @Test func aBodysOwnMediumIsPartOfIt() {
        let found = EventNounTests.triples("Hezbollah fighters fired rockets on Monday. Hezbollah's Al-Nour television reported the strike.\n")
        #expect(found.contains("Al-Nour part_of Hezbollah"))
        let agency = ReadoutTests.extraction("The Kolsa news agency reported the strike on Monday.\n")
        #expect(agency.entities.contains { $0.name == "Kolsa" && $0.type == "media" })
        // A state's medium, named with its possessive, is the state's (as the annotations of
        // "Russia's Interfax news agency" and "Venezuela's National Electoral Council" have it).
        #expect(EventNounTests.triples("Iran's Kolsa news agency reported the strike on Monday.\n").contains("Kolsa part_of Iran"))
    }
}

/// A military operation's name is no party.
@Suite struct OperationNameTests {
    @Test func anOperationsNameIsNoEntity() {
        for text in [
            "Turkey ended its Desert Lance operation in northern Syria on Wednesday.\n",
            "The army said the operation, named Desert Lance, aimed to push the militants back.\n",
            "Israel launched Operation Desert Lance against Hamas on Monday.\n",
        ] {
            #expect(!ReadoutTests.extraction(text).entities.contains { $0.name.contains("Desert Lance") }, "\(text)")
        }
        #expect(EventNounTests.triples("Israel launched Operation Desert Lance against Hamas on Monday.\n").contains("Israel attacks Hamas"))
    }
}
