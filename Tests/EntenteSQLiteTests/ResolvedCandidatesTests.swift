import EntenteModel
import EntenteQuery
import EntenteSQLite
import EntenteStore
import EntenteTestSupport
import Testing

/// The planner's candidates, read without counting facts, are the entities `candidates(for:)`
/// finds, for every way of naming one.
@Suite struct ResolvedCandidatesTests {
    @Test(arguments: ["Iran", "iranian", "IRN", "code:IRN", "actor:Iran", "place:Iran", "#1", "#3", "Hezbollah", "Nobody"])
    func theSameEntitiesAsTheFullCandidates(text: String) throws {
        let store = try HandMadeGraph.sqliteStore()
        let selector = EntitySelector(text)
        let full = try store.candidates(for: selector)
        let expected = full.sorted { $0.id < $1.id }.map { ResolvedEntity(id: $0.id, name: $0.name, kind: $0.kind.rawValue, type: $0.type) }
        #expect(try store.resolvedCandidates(for: selector) == expected)
        if ["Iran", "#1", "Hezbollah"].contains(text) { #expect(!expected.isEmpty, "\(text) names an entity of the graph") }
    }

    /// Names read together (one statement) find what each finds alone, in the order asked, a
    /// name asked twice twice; a list with another kind of selector is read selector by selector.
    @Test(arguments: [
        ["Iran", "Hezbollah"], ["Hezbollah", "iranian", "Nobody", "Iran", "Iran"], ["Iran", "code:IRN", "#3"], ["Nobody"], [],
    ])
    func namesReadTogetherFindWhatEachFindsAlone(texts: [String]) throws {
        let store = try HandMadeGraph.sqliteStore()
        let selectors = texts.map(EntitySelector.init)
        let alone = try selectors.map { try store.resolvedCandidates(for: $0) }
        #expect(try store.resolvedCandidates(forEach: selectors) == alone)
        #expect(alone.filter { !$0.isEmpty }.count >= texts.filter { $0 != "Nobody" }.count)
    }
}
