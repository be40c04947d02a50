import EntenteModel

/// An `ExportGraph` as GraphML, for Gephi and yEd: typed attribute keys, one `<edge>` per
/// relation with its class, counts, dates and confidence (and its modality when it is neither
/// asserted nor reported).
public enum GraphMLExporter {
    public static func render(_ graph: ExportGraph) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        let nodeKeys = [("label", "string"), ("kind", "string"), ("type", "string"), ("iso3", "string")]
        let edgeKeys = [
            ("predicate", "string"), ("class", "string"), ("negated", "boolean"), ("facts", "int"), ("sources", "int"),
            ("first_seen", "string"), ("last_seen", "string"), ("confidence", "double"), ("valid_from", "string"),
            ("valid_to", "string"), ("modality", "string"), ("subject_role", "string"), ("object_role", "string"),
        ]
        for (name, type) in nodeKeys {
            lines.append("  <key id=\"\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
        }
        for (name, type) in edgeKeys {
            lines.append("  <key id=\"\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
        }
        lines.append("  <graph id=\"entente\" edgedefault=\"directed\">")
        for node in graph.nodes {
            lines.append("    <node id=\"\(graph.id(of: node))\">")
            lines.append(data("label", node.name))
            lines.append(data("kind", node.kind.rawValue))
            lines.append(data("type", node.type))
            if let iso3 = node.iso3 { lines.append(data("iso3", iso3)) }
            lines.append("    </node>")
        }
        for (index, edge) in graph.edges.enumerated() {
            lines.append("    <edge id=\"e\(index + 1)\" source=\"\(graph.id(of: edge.subject))\" target=\"\(graph.id(of: edge.object))\">")
            lines.append(data("predicate", edge.predicate))
            lines.append(data("class", edge.relationClass.rawValue))
            lines.append(data("negated", edge.negated ? "true" : "false"))
            lines.append(data("facts", String(edge.facts)))
            lines.append(data("sources", String(edge.sources)))
            if let first = edge.firstSeen { lines.append(data("first_seen", first)) }
            if let last = edge.lastSeen { lines.append(data("last_seen", last)) }
            lines.append(data("confidence", String(edge.confidence)))
            if let from = edge.validFrom { lines.append(data("valid_from", from)) }
            if let to = edge.validTo { lines.append(data("valid_to", to)) }
            if let modality = edge.modality { lines.append(data("modality", modality.rawValue)) }
            if let role = edge.subjectRole { lines.append(data("subject_role", role)) }
            if let role = edge.objectRole { lines.append(data("object_role", role)) }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLEscaping.escaped(value))</data>"
    }
}

/// Text for XML element content and attribute values.
public enum XMLEscaping {
    /// Escapes the five markup characters and drops characters XML 1.0 cannot carry.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
