/// The shape every error of this package has: a stable machine-readable ``code``, the
/// ``offset`` in the input where it went wrong when there is one, and a one-sentence
/// `description`.
///
/// Errors are built only through their static factory members, so no caller can make an
/// incoherent one. New codes may be added in a minor release: compare ``code`` with the static
/// members of the error's `Code` type, and give a `switch` over codes a `default`.
///
/// ```swift
/// do { _ = try Hex.decode("0A0G") }
/// catch {
///     error.code          // .invalidDigit ("invalidDigit")
///     error.offset        // 3
///     error.description   // "\"G\" at offset 3 is not a hex digit"
/// }
/// ```
public protocol SMSError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The error's set of stable names.
    associatedtype Code: SMSErrorCode

    /// What went wrong, as a stable lowerCamelCase name for programs, JSON and logs.
    var code: Code { get }

    /// Where the input went wrong, or `nil` when the error is about no one place. The unit is
    /// the input's: Unicode scalars for text, octets for bytes and hex digits for hex (each
    /// error type says which).
    var offset: Int? { get }
}

/// A stable lowerCamelCase name for one kind of ``SMSError``, such as `"tooManyParts"`.
///
/// Each error type nests its own `Code` with a static member per name. The set is open: a
/// value received from elsewhere (a name this version does not know) is kept, never fatal.
public protocol SMSErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// The code with the given name.
    init(rawValue: String)
}

extension SMSErrorCode {
    /// The stable name.
    public var description: String { rawValue }
}
