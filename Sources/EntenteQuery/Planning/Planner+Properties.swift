import EntenteModel

extension Planner {
    /// The conditions of a node's property map, `(a {kind: "actor", iso3: "IRN"})`: each property
    /// equals its value, bound. (`name` was taken as the node's reference by the parser when the
    /// node had none; a second `name` is tested here as the exact name.)
    mutating func propertyConditions(_ properties: [PropertyEntry], on entity: TableAlias<EntityTable>, of variable: Name?) -> [SQLFragment] {
        var conditions: [SQLFragment] = []
        for entry in properties {
            guard let column = Self.nodeProperties[entry.key.text.lowercased()] else {
                let known = Self.nodeProperties.keys.sorted()
                let close = known.first { EditDistance.between(entry.key.text.lowercased(), $0, limit: 2) <= 2 }
                error(
                    .unknownProperty(entry.key.text, of: variable?.text ?? "a node"), at: entry.key.range,
                    notes: (close.map { ["did you mean '\($0)'?"] } ?? []) + ["a node has \(known.joined(separator: ", "))"])
                continue
            }
            conditions.append("\(entity[column]) = \(value(entry.value))")
        }
        return conditions
    }

    /// A search starts from a resolved entity, so the node it starts or ends at can only be named:
    /// any other property of its map is refused where it is written.
    mutating func refuseProperties(of node: NodePattern) {
        guard let first = node.properties.first else { return }
        let end = node.properties.last?.value.range.upperBound ?? first.key.range.upperBound
        error(
            .propertiesOfASearchEnd, at: first.key.range.lowerBound..<end,
            notes: [#"name it: ("Iran") or {name: "Iran"}; to test its other properties, use a MATCH"#])
    }
}
