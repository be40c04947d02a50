import EntenteServer
import MCP

/// One MCP tool: its name, what it does (for an assistant to choose it), its arguments' JSON
/// schema, and the API answer it gives, the same JSON the HTTP API and the command line give.
struct GraphTool: Sendable {
    struct Argument: Sendable {
        var name: String
        var type: String
        var description: String
        var required = false
        var choices: [String]? = nil
    }

    var name: String
    var description: String
    var arguments: [Argument]
    var answer: @Sendable (GraphAPI, [String: String]) throws -> APIAnswer

    var tool: Tool {
        var properties: [String: Value] = [:]
        for argument in arguments {
            var schema: [String: Value] = ["type": .string(argument.type), "description": .string(argument.description)]
            if let choices = argument.choices { schema["enum"] = .array(choices.map { .string($0) }) }
            properties[argument.name] = .object(schema)
        }
        return Tool(
            name: name, description: description,
            inputSchema: .object([
                "type": "object",
                "properties": .object(properties),
                "required": .array(arguments.filter(\.required).map { .string($0.name) }),
                "additionalProperties": false,
            ]),
            annotations: .init(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false))
    }
}
