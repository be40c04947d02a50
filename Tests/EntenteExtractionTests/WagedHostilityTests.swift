import EntenteModel
import Testing

@testable import EntenteExtraction

/// Hostilities that a sentence takes as waged: owned by a party, ended, or resisted.
@Suite struct WagedHostilityTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func anAggressionNamedByItsOwnerIsWagedOnWhoeverResistsIt() {
        #expect(Self.triples("Ukraine continues its defense against Russia's invasion.") == ["Russia attacks Ukraine"])
        #expect(Self.triples("Kyiv has resisted Russia's full-scale invasion since 2022.") == ["Russia attacks Ukraine"])
        // The fighter is not the attacker of the aggression's owner.
        #expect(Self.triples("The aid supports Ukraine in the fight against Russian aggression.").contains("Russia attacks Ukraine"))
        #expect(!Self.triples("The aid supports Ukraine in the fight against Russian aggression.").contains("Ukraine attacks Russia"))
    }

    @Test func oneHelpedToDefendItselfResistsTheAggressionAsAFact() {
        let facts = Extractor().extract(PageReader.read(
            "The ministers discussed efforts to support Ukraine in defending itself against Russia's aggression.\n")).facts
        let attack = facts.first { $0.subject.name == "Russia" && $0.predicate == "attacks" && $0.object.name == "Ukraine" }
        // The efforts are planned; the aggression they answer is not.
        #expect(attack?.modality == .asserted)
        #expect(!facts.contains { $0.subject.name == "Ukraine" && $0.predicate == "attacks" })
    }

    @Test func anAggressionThatNamesItsTargetIsNotReadAgainstTheResister() {
        let found = Self.triples("Georgia resisted Russia's occupation of Abkhazia.")
        #expect(!found.contains("Russia attacks Georgia"))
    }

    @Test func aFightItsOwnerIsNamedWithIsWagedWhateverVerbSpeaksOfIt() {
        let found = Self.triples("The United States supports Somalia's fight against al-Shabaab.")
        #expect(found.contains("Somalia attacks Al-Shabaab"))
        #expect(found.contains("United States supports Somalia"))
        // One deterred is not waged.
        let deterred = Extractor().extract(PageReader.read("The exercises deter Russia's war against Moldova.\n")).facts
        #expect(!deterred.contains { $0.predicate == "attacks" && $0.modality == .asserted })
    }

    @Test func partiesCooperatingInAFightFightTheEnemyNotEachOther() {
        let found = Self.triples("Ethiopia and Somalia cooperate in the fight against al-Shabaab.")
        #expect(found.contains("Ethiopia attacks Al-Shabaab"))
        #expect(found.contains("Somalia attacks Al-Shabaab"))
        #expect(found.contains("Ethiopia cooperates_with Somalia"))
        #expect(!found.contains { $0.hasPrefix("Ethiopia clashes_with Somalia") })
    }

    @Test func partiesWhoCooperateWithNoObjectCooperateWithEachOther() {
        #expect(Self.triples("Ethiopia and Somalia cooperate closely.") == ["Ethiopia cooperates_with Somalia"])
        #expect(Self.triples("Kenya and Uganda collaborated on the border survey.") == ["Kenya cooperates_with Uganda"])
    }

    @Test func aWarEndedWasFought() {
        let ended = Self.triples("The peace deal ended the two-year war between the government of Ethiopia and the TPLF last November.")
        #expect(ended.contains("Ethiopia clashes_with TPLF"))
        #expect(!ended.contains("Ethiopia clashes_with TPLF (negated)"))
        let aimed = Extractor().extract(PageReader.read("The talks aim to end the conflict between the SAF and the RSF."))
            .facts.filter { $0.predicate == "clashes_with" }
        #expect(aimed.count == 1)
        #expect(aimed.first?.negated == false)
        #expect(aimed.first?.modality == .asserted)
        // Clashes prevented did not happen.
        #expect(!Self.triples("The talks prevented clashes between the SAF and the RSF.").contains { $0.contains("clashes_with") && !$0.contains("negated") })
    }

    @Test func noPartyFiresAtItsOwnTerritory() {
        let facts = Extractor().extract(PageReader.read("Israel said Hezbollah had fired rockets at its territory.\n")).facts
        #expect(ExtractorTests.triples(facts) == ["Hezbollah attacks Israel"])
        #expect(facts.first?.modality == .reported)
    }

    @Test func projectilesDownedAreTheirLaunchersAttack() {
        let reported = Extractor().extract(PageReader.read("Ukraine's air force said it shot down 30 of the 40 drones Russia launched overnight.\n")).facts
        #expect(ExtractorTests.triples(reported) == ["Russia attacks Ukraine"])
        #expect(Self.triples("Israel intercepted dozens of Iranian missiles on Saturday.") == ["Iran attacks Israel"])
        #expect(Self.triples("Ukraine shot down Russian missiles over Kyiv.") == ["Russia attacks Ukraine"])
        // A drone that came as no weapon is the downer's attack on its owner.
        #expect(Self.triples("The Houthis have downed U.S. drones several times since 2014.") == ["Houthis attacks United States"])
        // Drones downed by air defences, or by the dozen, came as weapons.
        #expect(Self.triples("Russian air defenses shot down 50 Ukrainian drones over the Belgorod region.") == ["Ukraine attacks Russia"])
        // ("15 of 17 drones": a count the parser hangs on the verb.)
        #expect(Self.triples("Ukraine's air force said Tuesday it shot down 15 of 17 drones that Russia launched overnight.")
            .contains("Russia attacks Ukraine"))
    }

    @Test func weaponsRushedToAStateArmIt() {
        #expect(Self.triples("The White House said it would rush weapons to Ukraine.") == ["United States arms Ukraine"])
    }

    @Test func theStateWhoseWeaponsAnotherUsesArmsIt() {
        #expect(Self.triples("The report confirmed that Houthi militants in Yemen were using various Iranian-made missiles and drones.")
            .contains("Iran arms Houthis"))
        // The use is no act on the maker; used against a party, it attacks that party.
        #expect(Self.triples("Russia has used North Korean missiles against Ukraine.").sorted() == ["North Korea arms Russia", "Russia attacks Ukraine"])
        #expect(Self.triples("Russia is attacking Ukraine with Iranian-made drones.").contains("Iran arms Russia"))
        // A state's own weapons arm no one.
        #expect(!Self.triples("Russia used Russian missiles against Ukraine.").contains { $0.contains("arms") })
    }

    @Test func strikesThatKilledInAStateAttackIt() {
        // (The parser reads the sentence as a headline, "killed" a participle on the strikes.)
        #expect(Self.triples("Israeli airstrikes killed at least 20 people in Lebanon on Saturday.") == ["Israel attacks Lebanon"])
    }

    @Test func aPronounAPartyIsActedOnThroughIsNotItsOwnClausesSubject() {
        #expect(Self.triples("Ukraine has taken back more than half of the territory that Russia has seized from it.").contains("Russia seizes Ukraine"))
        #expect(ExtractorTests.triples(Extractor().extract(PageReader.read("Israel said Hamas fired rockets at it.\n")).facts)
            == ["Hamas attacks Israel"])
        // What one agrees to is a thing, not a party.
        #expect(!Self.triples("The only condition that Ukraine attached was that Russia should agree to it too.")
            .contains { $0.hasPrefix("Russia") && $0.hasSuffix("Ukraine") })
    }

    @Test func territoryRetakenFromAPartyAttacksIt() {
        #expect(Self.triples("Ukraine recaptured Kherson from Russia in November.") == ["Ukraine attacks Russia"])
    }

    @Test func partiesAskedToEndAFightingAreFightingEachOther() {
        let urged = Self.triples("Blinken urged the SAF and the RSF to end the fighting.")
        #expect(urged.contains("Sudan clashes_with Rapid Support Forces"))
        #expect(urged.contains("Antony Blinken appeals_to Rapid Support Forces"))
        #expect(Self.triples("The SAF and the RSF agreed to cease hostilities.").contains("Sudan clashes_with Rapid Support Forces"))
        // Those who ask are not the sides; one party alone has no other side.
        #expect(!urged.contains { $0.hasPrefix("Antony Blinken clashes_with") })
        #expect(!Self.triples("Blinken urged the RSF to end the fighting.").contains { $0.contains("clashes_with") })
    }

    @Test func whatAVerbOfExtentCoversDoesNotAct() {
        let found = Self.triples(
            "The network spans the Horn of Africa, United Arab Emirates, and Cyprus, for facilitating financing for the al-Shabaab terrorist organization.")
        #expect(!found.contains { $0.hasPrefix("Cyprus") || $0.hasPrefix("United Arab Emirates") })
    }
}
