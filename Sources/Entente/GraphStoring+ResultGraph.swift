public import EntenteExport
public import EntenteQuery
public import EntenteStore

extension GraphStoring {
    /// A query's answer as a graph to export: the relations its hops and paths name, summed up
    /// under `selection`, and the entities it returns standing alone. Nodes are entities, by id:
    /// two entities that share a name are two nodes. `query --format dot` and `export --query`
    /// both draw this.
    public func exportGraph(answering result: QueryResult, _ selection: RelationSelection) throws -> ExportGraph {
        var steps: Set<Step> = []
        var names: Set<String> = []
        for value in result.rows.joined() {
            switch value {
            case .hop(let hop):
                steps.insert(Step(hop))
            case .path(let hops):
                for hop in hops { steps.insert(Step(hop)) }
            case .string(let text):
                names.insert(text)
            default:
                break
            }
        }
        for step in steps { names.formUnion([step.subject, step.object]) }
        let nodes = try references(named: names)
        let edges = try relations(selection, touching: Set(nodes.map(\.id))).filter { steps.contains(Step($0)) }
        return ExportGraph(edges: edges, extraNodes: nodes)
    }
}

/// A relation as a query's hop names it: its two ends, predicate, negation and modality.
private struct Step: Hashable {
    var subject: String
    var predicate: String
    var object: String
    var negated: Bool
    /// Nil for asserted and reported facts, as both hops and relation summaries have it.
    var modality: String?

    init(_ hop: QueryValue.Hop) {
        (subject, predicate, object) = (hop.subject, hop.predicate, hop.object)
        negated = hop.negated == true
        modality = hop.modality
    }

    init(_ relation: RelationSummary) {
        (subject, predicate, object) = (relation.subject.name, relation.predicate, relation.object.name)
        negated = relation.negated
        modality = relation.modality?.rawValue
    }
}
