import Foundation
import HTTPTypes
import Hummingbird

/// One line per request on standard error: method, path, status, milliseconds.
struct AccessLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let line = "\(request.method) \(request.uri.path) \(response.status.code) \(String(format: "%.1f", milliseconds)) ms\n"
        FileHandle.standardError.write(Data(line.utf8))
        return response
    }
}

/// Every error a route throws, answered as the API's JSON error (or a plain 404 page outside it).
struct ErrorAnswer<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return APIError.answering(error).answer.response
        }
    }
}
