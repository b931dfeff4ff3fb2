#!/usr/bin/env python3
"""Turns the Swift examples of README.md into Tests/SMSCoreTests/ReadmeExamples+Generated.swift.

Usage: python3 Scripts/generate-readme-tests.py [--check]

Every ```swift block of the README becomes one test that runs the block's code as written, so
an example that no longer compiles fails the build. Where a line is an expression followed by
a comment, the comment's leading value becomes an expectation:

    plan.encoding      // .gsm7                 ->  #expect(plan.encoding == .gsm7)
    plan.unitCount     // 27 septets (…)        ->  #expect(plan.unitCount == 27)
    Hex.encode(bytes)  // "0500034A0301"        ->  #expect(Hex.encode(bytes) == "0500034A0301")
    number.country…    // +44                   ->  #expect("\\(number.country…)" == "+44")
    characters         // [U+2615 at …]         ->  #expect("\\(characters)" == "[U+2615 at …]")
    try MSISDN(…)      // throws missingCountryCode at 0
                       ->  the call throws an SMSError with that code and offset
    part.text          // the part's text        ->  _ = part.text   (prose: evaluated only)

A comment on a line of its own right after an expression counts as that expression's comment.
Markers in HTML comments just before a block:
    <!-- readme-test: skip [REASON] -->   the block is not Swift to run here (a manifest excerpt,
                                          code that would reach the network)
    <!-- readme-test: setup CODE -->      CODE runs first (a value the prose describes)

--check regenerates in memory and fails if the committed file differs (CI runs this), so the
README and its tests cannot drift apart.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
OUT = ROOT / "Tests" / "SMSCoreTests" / "ReadmeExamples+Generated.swift"

STATEMENT_START = re.compile(r"^(let|var|for|if|guard|while|do|catch|import|return|switch|case|default|print)\b|^[}\])]")


def blocks(text):
    """Yields (heading, setup lines, code lines) for each Swift block that is not skipped."""
    heading = "example"
    markers = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            markers = []
        elif line.startswith("<!-- readme-test:"):
            markers.append(line[len("<!-- readme-test:"):].rstrip().removesuffix("-->").strip())
        elif line.strip() == "```swift":
            code = []
            i += 1
            while lines[i].strip() != "```":
                code.append(lines[i])
                i += 1
            if not any(m == "skip" or m.startswith("skip ") for m in markers):
                setup = [m[len("setup "):] for m in markers if m.startswith("setup ")]
                yield heading, setup, code
            markers = []
        elif line.strip():
            markers = []
        i += 1


def split_comment(line):
    """Splits a line into code and trailing `//` comment, ignoring `//` inside string literals."""
    in_string = False
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\" and in_string:
            i += 2
            continue
        if c == '"':
            in_string = not in_string
        elif not in_string and line.startswith("//", i):
            return line[:i].rstrip(), line[i + 2:].strip()
        i += 1
    return line.rstrip(), None


def balanced_prefix(text):
    """The shortest prefix of text that closes every bracket it opens (and its string literals)."""
    depth = 0
    in_string = False
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and in_string:
            i += 2
            continue
        if c == '"':
            in_string = not in_string
            if not in_string and depth == 0:
                return text[:i + 1]
        elif not in_string:
            if c in "([":
                depth += 1
            elif c in ")]":
                depth -= 1
                if depth == 0:
                    return text[:i + 1]
            elif depth == 0 and c in " ,:;":
                return text[:i]
        i += 1
    return text


def expectation(expression, comment):
    """The Swift statement that checks `expression` against the value its comment states."""
    match = re.match(r"throws (\w+) at (\d+)", comment)
    if match:
        code, offset = match.groups()
        return [
            "do {",
            f"    _ = {expression}",
            f'    Issue.record("expected {code}")',
            "} catch let error as any SMSError {",
            f'    #expect(error.code.rawValue == "{code}")',
            f"    #expect(error.offset == {offset})",
            "}",
        ]
    if comment.startswith('"') or comment.startswith("."):
        return [f"#expect({expression} == {balanced_prefix(comment)})"]
    if re.match(r"true\b", comment):
        return [f"#expect({expression})"]
    if re.match(r"false\b", comment):
        return [f"#expect(!({expression}))"]
    match = re.match(r"-?\d+\b", comment)
    if match:
        return [f"#expect({expression} == {match.group(0)})"]
    if comment.startswith("[") or comment.startswith("+"):
        shown = balanced_prefix(comment) if comment.startswith("[") else comment.split()[0]
        return [f'#expect("\\({expression})" == {swift_string(shown)})']
    return [f"_ = {expression}"]


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def is_expression(code):
    stripped = code.strip()
    if not stripped or STATEMENT_START.match(stripped):
        return False
    if stripped.endswith(("(", ",", "{")):
        return False
    # An assignment or a mutating call is a statement; `==` is an expression.
    if re.search(r"[^=!<>]=[^=]", stripped):
        return False
    return True


def depth_change(code):
    """How many parentheses and square brackets a line of code leaves open (string literals
    skipped); braces open blocks, whose lines are read one by one."""
    depth, in_string, i = 0, False, 0
    while i < len(code):
        c = code[i]
        if c == "\\" and in_string:
            i += 2
            continue
        if c == '"':
            in_string = not in_string
        elif not in_string:
            depth += c in "(["
            depth -= c in ")]"
        i += 1
    return depth


def test_body(setup, code):
    body = list(setup)
    lines = [l for l in code]
    i = 0
    open_brackets = 0
    while i < len(lines):
        raw = lines[i]
        indent = raw[: len(raw) - len(raw.lstrip())]
        statement, comment = split_comment(raw)
        continuing = open_brackets > 0
        open_brackets += depth_change(statement)
        if continuing or open_brackets > 0:
            # Inside (or opening) a call that spans lines: the code runs as written.
            body.append(statement)
            i += 1
            continue
        if comment is None and is_expression(statement) and i + 1 < len(lines):
            following = lines[i + 1].strip()
            if following.startswith("//"):
                comment = following[2:].strip()
                i += 1
        if comment is not None and is_expression(statement):
            body.extend(indent + l for l in expectation(statement.strip(), comment))
        elif statement.strip().startswith("//") or not statement.strip():
            pass
        else:
            body.append(statement)
        i += 1
    return body


def identifier(heading, used):
    words = re.findall(r"[A-Za-z0-9]+", heading)
    name = (words[0].lower() + "".join(w.capitalize() for w in words[1:])) if words else "example"
    candidate, n = name, 2
    while candidate in used:
        candidate, n = f"{name}{n}", n + 1
    used.add(candidate)
    return candidate


def generate():
    out = [
        "// GENERATED by Scripts/generate-readme-tests.py from the ```swift blocks of README.md.",
        "// Do not edit: change the README and run `python3 Scripts/generate-readme-tests.py`.",
        "// CI runs the script with --check, so the README and these tests cannot drift apart.",
        "",
        "import SMSCore",
        "import Testing",
        "",
        "@Suite struct ReadmeExamplesTests {",
    ]
    used = set()
    for heading, setup, code in blocks(README.read_text(encoding="utf-8")):
        body = test_body(setup, [l for l in code if not l.startswith("import ")])
        out.append(f"    /// README: {heading}")
        out.append(f"    @Test func {identifier(heading, used)}() throws {{")
        out.extend(("        " + l).rstrip() for l in body)
        out.append("    }")
        out.append("")
    if out[-1] == "":
        out.pop()
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    text = generate()
    if "--check" in sys.argv[1:]:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"error: {OUT.relative_to(ROOT)} is not what README.md generates; "
                  "run python3 Scripts/generate-readme-tests.py", file=sys.stderr)
            return 1
        print("ok: the README's Swift examples and their generated tests agree")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
