import Foundation

/// A migration's text cut into its statements: postgres-nio speaks only the extended protocol,
/// which runs one statement at a time. Semicolons inside quotes, dollar-quoted bodies
/// (`$$ … $$`, `$tag$ … $tag$`) and `--` comments do not cut.
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var characters = Array(script)[...]
        var dollarTag: String?
        var inQuote = false
        var inComment = false
        func finish() {
            let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !statement.isEmpty, statement.split(separator: "\n").contains(where: { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }) {
                statements.append(statement)
            }
            current = ""
        }
        while let character = characters.popFirst() {
            current.append(character)
            if inComment {
                if character == "\n" { inComment = false }
            } else if let tag = dollarTag {
                if character == "$", current.hasSuffix(tag) { dollarTag = nil }
            } else if inQuote {
                if character == "'" { inQuote = false }
            } else if character == "'" {
                inQuote = true
            } else if character == "-", characters.first == "-" {
                inComment = true
            } else if character == "$" {
                // A dollar quote's opening tag: `$`, letters or digits or `_`, `$`.
                let name = characters.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if characters.dropFirst(name.count).first == "$" {
                    let tag = "$" + String(name) + "$"
                    current += String(name) + "$"
                    characters = characters.dropFirst(name.count + 1)
                    dollarTag = tag
                }
            } else if character == ";" {
                current.removeLast()
                finish()
            }
        }
        finish()
        return statements
    }
}
