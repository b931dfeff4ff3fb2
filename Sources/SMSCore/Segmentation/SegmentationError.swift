/// Why a text could not be segmented under the caller's options.
///
/// New reasons may be added in a minor release; compare with `==` against the static members
/// or read the accessors rather than switching exhaustively.
public struct SegmentationError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case tooManyParts(needed: Int, limit: Int)
        case invalidMaxParts(Int)
    }

    private let code: Code

    /// The text needs more parts than ``SegmentationOptions/maxParts`` allows: the condition
    /// Clickatell reports as error 113 ("Maximum message parts exceeded").
    public static func tooManyParts(needed: Int, limit: Int) -> Self {
        Self(code: .tooManyParts(needed: needed, limit: limit))
    }

    /// ``SegmentationOptions/maxParts`` is outside 1...255, the range a concatenation
    /// information element can number (TS 23.040 9.2.3.24.1).
    public static func invalidMaxParts(_ value: Int) -> Self {
        Self(code: .invalidMaxParts(value))
    }

    /// A stable machine-readable name: `tooManyParts` or `invalidMaxParts`.
    public var name: String {
        switch code {
        case .tooManyParts: "tooManyParts"
        case .invalidMaxParts: "invalidMaxParts"
        }
    }

    /// For ``tooManyParts(needed:limit:)``: the number of parts the text needs.
    public var partsNeeded: Int? {
        if case .tooManyParts(let needed, _) = code { return needed }
        return nil
    }

    /// The maximum number of parts the options asked for.
    public var maxParts: Int {
        switch code {
        case .tooManyParts(_, let limit): limit
        case .invalidMaxParts(let value): value
        }
    }

    /// A sentence for people.
    public var description: String {
        switch code {
        case .tooManyParts(let needed, let limit):
            "the text needs \(needed) parts but at most \(limit) \(limit == 1 ? "is" : "are") allowed"
        case .invalidMaxParts(let value):
            "the maximum number of parts must be between 1 and 255, not \(value)"
        }
    }
}
