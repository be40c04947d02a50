import ArgumentParser
import Entente

/// Checks of argument values that their types let through (an empty name, a zero window, a
/// number out of range), run in `validate()` before any work; each message names the argument.
/// Numeric options are parsed with `.unconditional`, so `--depth -1` reaches these checks as -1
/// instead of reading `-1` as an option and reporting a missing value.
enum ArgumentCheck {
    /// `what` is the kind of value wanted: "a name", "a query", "a file name".
    static func notEmpty(_ value: String?, _ argument: String, _ what: String = "a name") throws {
        if let value, value.isEmpty { throw ValidationError("Please give \(what) for \(argument), not an empty one.") }
    }

    static func notEmpty(_ values: [String], _ argument: String, _ what: String = "a file name") throws {
        if values.contains("") { throw ValidationError("Please give \(what) for \(argument), not an empty one.") }
    }

    static func within<Value: Comparable>(_ value: Value?, _ bounds: ClosedRange<Value>, _ option: String) throws {
        guard let value, !bounds.contains(value) else { return }
        throw ValidationError("Please give a \(option) from \(bounds.lowerBound) to \(bounds.upperBound), not \(value).")
    }

    /// Seconds and fractions: finite and in range (`nan` and `inf` parse as doubles).
    static func within(_ value: Double, _ bounds: ClosedRange<Double>, _ option: String) throws {
        guard !value.isFinite || !bounds.contains(value) else { return }
        func shown(_ number: Double) -> String { number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number) }
        throw ValidationError("Please give a \(option) from \(shown(bounds.lowerBound)) to \(shown(bounds.upperBound)), not \(value).")
    }

    /// The longest `--window`: a thousand years, far past any date a fact can have.
    static let longestWindow = 365_000

    static func window(_ window: TimeWindow) throws {
        guard window.days < 1 || window.days > longestWindow else { return }
        throw ValidationError(
            "Please give a --window from 1 day to 1000 years (like 30d, 12w, 6m or 1y), not \(window.days) days.")
    }
}
