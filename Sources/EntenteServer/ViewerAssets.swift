import HTTPTypes
import Hummingbird

/// The web viewer's files, built into the binary by the EmbedData plugin. Only these exact paths
/// are served: a request path is looked up, never joined to a directory, so `..` reaches nothing.
enum ViewerAssets {
    struct Asset: Sendable {
        var type: String
        var text: String
    }

    static let byPath: [String: Asset] = [
        "/": Asset(type: "text/html; charset=utf-8", text: EmbeddedData.index),
        "/index.html": Asset(type: "text/html; charset=utf-8", text: EmbeddedData.index),
        "/app.js": Asset(type: "text/javascript; charset=utf-8", text: EmbeddedData.app),
        "/style.css": Asset(type: "text/css; charset=utf-8", text: EmbeddedData.style),
        "/api/openapi.json": Asset(type: "application/json; charset=utf-8", text: EmbeddedData.openapi),
    ]

    static func response(for path: String) -> Response? {
        guard let asset = byPath[path] else { return nil }
        var headers = HTTPFields()
        headers[.contentType] = asset.type
        headers[.cacheControl] = "no-cache"
        // The viewer runs only its own script and style, and talks only to its own origin.
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; object-src 'none'; frame-ancestors 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: asset.text)))
    }
}
