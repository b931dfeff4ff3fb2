import Foundation
import SMSCore

/// Why text could not be read as a ``JSONValue``; its code is always
/// ``CommandErrorCode/invalidJSON`` and it has no offset (Foundation's parser gives none).
struct JSONParseError: SMSError {
    /// A sentence for people, e.g. `not valid JSON: …` or `a number is not a whole number: 1.5`.
    let description: String

    /// ``CommandErrorCode/invalidJSON``.
    var code: CommandErrorCode { .invalidJSON }

    /// Always `nil`.
    var offset: Int? { nil }
}

extension JSONValue {
    /// Parses JSON text with Foundation's `JSONSerialization` and converts the result.
    ///
    /// Any JSON value is accepted at the top level, not only objects and arrays. Object members
    /// come out sorted by key, because `JSONSerialization` does not keep their order; a key that
    /// repeats keeps its last value.
    ///
    /// ```swift
    /// try JSONValue.parse(Array(#"{"id": 7, "text": "Hi"}"#.utf8))
    /// // ["id": 7, "text": "Hi"]
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 JSON text.
    ///   - keys: When the text is an object, the members to keep; the others are dropped
    ///     unconverted, so whatever they hold cannot fail the parse. `nil` keeps every member.
    /// - Returns: The value.
    /// - Throws: ``JSONParseError`` when the text is not JSON (including a string with a lone
    ///   surrogate escape such as `"\ud800"`), or a kept value holds a number that is not a
    ///   whole number in the range of `Int`: ``JSONValue`` has no fractions.
    static func parse(
        _ bytes: some Collection<UInt8>,
        keepingMembers keys: Set<String>? = nil
    ) throws(JSONParseError) -> JSONValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw JSONParseError(description: "not valid JSON" + (detail.map { ": \($0)" } ?? ""))
        }
        if let keys, let dictionary = object as? [String: Any] {
            return try JSONValue(foundationObject: dictionary.filter { keys.contains($0.key) })
        }
        return try JSONValue(foundationObject: object)
    }

    /// Converts what `JSONSerialization` returns.
    ///
    /// - Throws: ``JSONParseError`` for a number that is not a whole `Int`, or an object of a
    ///   type `JSONSerialization` does not produce.
    init(foundationObject object: Any) throws(JSONParseError) {
        switch object {
        case is NSNull:
            self = .null
        case let string as String:
            self = .string(string)
        case let number as NSNumber:
            self = try Self.convert(number)
        case let array as [Any]:
            var elements: [JSONValue] = []
            elements.reserveCapacity(array.count)
            for element in array { elements.append(try JSONValue(foundationObject: element)) }
            self = .array(elements)
        case let dictionary as [String: Any]:
            var members: [(String, JSONValue)] = []
            members.reserveCapacity(dictionary.count)
            for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
                members.append((key, try JSONValue(foundationObject: value)))
            }
            self = .object(members)
        default:
            throw JSONParseError(description: "unexpected JSON value of type \(type(of: object))")
        }
    }

    private static func convert(_ number: NSNumber) throws(JSONParseError) -> JSONValue {
        // JSONSerialization gives `true` and `false` as Boolean NSNumbers, whose type is `c`
        // (char); whole numbers come as integer types and others as `d` (double).
        let type = String(cString: number.objCType)
        if type == "c" { return .bool(number.boolValue) }
        if type == "d" || type == "f" {
            let double = number.doubleValue
            guard double.rounded() == double, let whole = Int(exactly: double) else {
                throw JSONParseError(description: "\(number) is not a whole number; numbers must be integers")
            }
            return .number(whole)
        }
        if type == "Q" {
            guard let whole = Int(exactly: number.uint64Value) else {
                throw JSONParseError(description: "\(number) is too large; numbers must fit in 64-bit integers")
            }
            return .number(whole)
        }
        return .number(number.intValue)
    }
}
