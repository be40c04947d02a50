import PackagePlugin

/// Turns a target's `.tsv` and `.txt` data files (and the web viewer's `.html`, `.js`, `.css`,
/// `.json` and `.svg` assets, and the `.md` guide the MCP server offers) into one generated Swift file of string
/// constants, `EmbeddedData.<file name>`, so the data ships inside the binary
/// while the repository keeps it as plain, diffable data.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let inputs = module.sourceFiles
            .filter { ["tsv", "txt", "md", "html", "js", "css", "json", "svg"].contains($0.url.pathExtension) }
            .map(\.url)
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files in \(target.name)",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
