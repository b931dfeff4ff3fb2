/// A JSON value whose objects keep their members in the order they were built.
///
/// The `sms` command writes its JSON with this type and ``JSONWriter`` rather than with
/// Foundation's encoders, so that key order, and therefore the output, is the same on every run
/// and every platform.
///
/// ```swift
/// let value: JSONValue = ["encoding": "GSM-7", "units": 8, "nonGSM": []]
/// value.serialized()        // {"encoding":"GSM-7","units":8,"nonGSM":[]}
/// value["units"]?.intValue  // 8
/// ```
///
/// Numbers the command writes are integers (``number(_:)``): nothing it reports is fractional.
/// A number read from input that is not an `Int` (`2.5`, `1e999`, `99999999999999999999`)
/// keeps its text (``numberText(_:)``), so that an `id` is echoed exactly and a member that
/// must be whole can say what it got (see ``JSONValue/parse(_:keepingMembers:)``).
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Int)
    /// A number as written in the input, when it is not an integer that fits in `Int`; valid
    /// JSON number syntax, written back unchanged.
    case numberText(String)
    case string(String)
    case array([JSONValue])
    /// Members in order. Keys should be unique; if one repeats, the writer writes both and
    /// ``subscript(_:)-(String)`` returns the first.
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.numberText(let a), .numberText(let b)): a == b
        // Scalar by scalar: `String.==` would call "e\u{301}" and "\u{e9}" equal.
        case (.string(let a), .string(let b)): a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }
}

extension JSONValue {
    /// The value of the first member named `key`, or `nil` when this is not an object or has no
    /// such member.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The element at `index`, or `nil` when this is not an array or the index is out of range.
    subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The string, when this is one.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, when this is a number.
    var intValue: Int? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members in order, when this is an object.
    var objectMembers: [(String, JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether this is `null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member names in order, when this is an object.
    var keys: [String]? { objectMembers?.map(\.0) }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(nilLiteral: ()) { self = .null }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .number(value) }
    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Keeps the members in the order written.
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}
