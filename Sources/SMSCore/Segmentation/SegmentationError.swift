/// Why a text could not be segmented under the caller's options.
///
/// ```swift
/// do { _ = try SMSSegmenter(options: .init(maxParts: 1)).segment(longText) }
/// catch {
///     error.code          // .tooManyParts
///     error.offset        // nil: no one place in the text is at fault
///     error.partsNeeded   // 2
///     error.description   // "the text needs 2 parts but at most 1 is allowed"
/// }
/// ```
///
/// New codes may be added in a minor release; compare ``code`` with the static members of
/// ``Code`` rather than switching exhaustively.
public struct SegmentationError: SMSError {
    /// The stable names of segmentation errors.
    public struct Code: SMSErrorCode {
        /// The stable lowerCamelCase name.
        public let rawValue: String

        /// The code with the given name.
        ///
        /// - Parameter rawValue: The name, such as `"tooManyParts"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// See ``SegmentationError/tooManyParts(needed:maxParts:)``.
        public static let tooManyParts = Code(rawValue: "tooManyParts")
        /// See ``SegmentationError/invalidMaxParts(_:)``.
        public static let invalidMaxParts = Code(rawValue: "invalidMaxParts")
    }

    private enum Detail: Hashable, Sendable {
        case tooManyParts(needed: Int, maxParts: Int)
        case invalidMaxParts(Int)
    }

    private let detail: Detail

    private init(_ detail: Detail) {
        self.detail = detail
    }

    /// The text needs more parts than ``SegmentationOptions/maxParts`` allows: the condition
    /// Clickatell reports as error 113 ("Maximum message parts exceeded").
    ///
    /// - Parameters:
    ///   - needed: The number of parts the text needs.
    ///   - maxParts: The most parts the options allow.
    public static func tooManyParts(needed: Int, maxParts: Int) -> Self {
        Self(.tooManyParts(needed: needed, maxParts: maxParts))
    }

    /// ``SegmentationOptions/maxParts`` is outside 1...255, the range a concatenation
    /// information element can number (TS 23.040 9.2.3.24.1).
    ///
    /// - Parameter value: The `maxParts` that was asked for.
    public static func invalidMaxParts(_ value: Int) -> Self {
        Self(.invalidMaxParts(value))
    }

    /// What went wrong: ``Code/tooManyParts`` or ``Code/invalidMaxParts``.
    public var code: Code {
        switch detail {
        case .tooManyParts: .tooManyParts
        case .invalidMaxParts: .invalidMaxParts
        }
    }

    /// Always `nil`: both errors are about the whole text and the options, not one place in
    /// the text. (Offsets of text errors count Unicode scalars.)
    public var offset: Int? { nil }

    /// For ``tooManyParts(needed:maxParts:)``: the number of parts the text needs.
    public var partsNeeded: Int? {
        if case .tooManyParts(let needed, _) = detail { return needed }
        return nil
    }

    /// The most parts the options allowed (for ``Code/invalidMaxParts``, the value that is out of
    /// range).
    public var maxParts: Int {
        switch detail {
        case .tooManyParts(_, let maxParts): maxParts
        case .invalidMaxParts(let value): value
        }
    }

    /// A sentence for people, e.g. `the text needs 4 parts but at most 3 are allowed`.
    public var description: String {
        switch detail {
        case .tooManyParts(let needed, let maxParts):
            "the text needs \(needed.counting("parts")) but at most \(maxParts) \(maxParts == 1 ? "is" : "are") allowed"
        case .invalidMaxParts(let value):
            "the maximum number of parts must be between 1 and 255, not \(value)"
        }
    }
}
