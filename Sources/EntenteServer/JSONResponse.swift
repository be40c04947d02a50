import Entente
package import HTTPTypes
import Hummingbird

/// An answer of the API as text: the HTTP server sends it as a response, the MCP server as a
/// tool's result. JSON is encoded as the command line's `--format json` encodes it.
package struct APIAnswer: Sendable {
    package var text: String
    package var type: String
    package var status: HTTPResponse.Status = .ok

    /// A refusal or failure: the MCP server marks its result as an error.
    package var isError: Bool { status.code >= 400 }

    static let jsonType = "application/json; charset=utf-8"

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> APIAnswer {
        do {
            return APIAnswer(text: try ReportJSON.text(value), type: jsonType, status: status)
        } catch {
            return APIAnswer(text: #"{"error": "the answer could not be written as JSON"}"# + "\n", type: jsonType, status: .internalServerError)
        }
    }

    var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
