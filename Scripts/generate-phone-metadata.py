#!/usr/bin/env python3
"""Generates the country calling code metadata of SMSCore from libphonenumber.

Usage:
    pip install phonenumbers==9.0.43
    python3 Scripts/generate-phone-metadata.py

Writes two committed files; building or testing the package never runs this script:

* Sources/SMSCore/Address/CountryCallingCode+Metadata.swift: for every assigned country
  calling code, the metadata libphonenumber's `is_possible_number` reads for it (the "main"
  region's general description: possible lengths, local-only lengths, the national number
  pattern, the national prefix for parsing and its transform rule). The patterns are compiled
  here, with Python's own regular expression parser, into a tiny backtracking program that
  `PhoneNumberPattern.swift` runs without allocating.
* Tests/SMSCoreTests/Address/PhoneNumbersCrossCheck+Generated.swift: a few thousand inputs
  with the verdict and E.164 form phonenumbers gives them, so the tests compare the Swift port
  with the reference far beyond the 40 shared address vectors.

The metadata comes from the installed `phonenumbers` package, and its version is recorded in
the generated Swift file. Before writing anything, the script checks every compiled program
against Python's `re` on random digit strings.
"""
import random
import re
import pathlib
import sys

try:
    import re._parser as sre_parse  # Python 3.11+
    import re._constants as sre_constants
except ImportError:  # pragma: no cover
    import sre_parse
    import sre_constants

import phonenumbers
from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import (
    COUNTRY_CODE_TO_REGION_CODE,
    NumberParseException,
    ValidationResult,
    region_code_for_country_code,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
METADATA_OUT = ROOT / "Sources" / "SMSCore" / "Address" / "CountryCallingCode+Metadata.swift"
CROSS_CHECK_OUT = ROOT / "Tests" / "SMSCoreTests" / "Address" / "PhoneNumbersCrossCheck+Generated.swift"
EXPECTED_VERSION = "9.0.43"

# Program words. Keep in sync with PhoneNumberPattern.swift.
OP_MATCH, OP_CLASS, OP_SPLIT, OP_JUMP, OP_SAVE, OP_END = range(6)
UNBOUNDED = 0xFFFF
NONE = 0xFFFF
MAX_GROUPS = 2
MAX_LENGTH = 17  # libphonenumber's longest national significant number

REASON_NAMES = {
    ValidationResult.IS_POSSIBLE: "IS_POSSIBLE",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "IS_POSSIBLE_LOCAL_ONLY",
    ValidationResult.INVALID_COUNTRY_CODE: "INVALID_COUNTRY_CODE",
    ValidationResult.TOO_SHORT: "TOO_SHORT",
    ValidationResult.INVALID_LENGTH: "INVALID_LENGTH",
    ValidationResult.TOO_LONG: "TOO_LONG",
}
PARSE_ERROR_NAMES = {
    NumberParseException.INVALID_COUNTRY_CODE: "INVALID_COUNTRY_CODE",
    NumberParseException.NOT_A_NUMBER: "NOT_A_NUMBER",
    NumberParseException.TOO_SHORT_AFTER_IDD: "TOO_SHORT_AFTER_IDD",
    NumberParseException.TOO_SHORT_NSN: "TOO_SHORT_NSN",
    NumberParseException.TOO_LONG: "TOO_LONG",
}


# --------------------------------------------------------------------------------------------
# Compiling libphonenumber's patterns (digits only) into backtracking programs


class Compiler:
    """Compiles the regular expression subset libphonenumber's metadata uses.

    Instructions (all 16-bit words, addresses absolute in the shared program array):
      MATCH                 succeed (whole input required in full-match mode)
      CLASS mask min max    greedily take min...max digits whose bit is set in mask (bit d for
                            digit d), backing off one at a time (Python's MAX_REPEAT)
      SPLIT first second    try first, then second (alternation and optional groups)
      JUMP target
      SAVE slot             record the position in capture slot (2g-2 start, 2g-1 end)
      END                   succeed only at the end of the input (`$`)
    """

    def __init__(self):
        self.code = []

    def compile(self, pattern):
        tree = sre_parse.parse(pattern)
        groups = tree.state.groups - 1
        assert groups <= MAX_GROUPS, (pattern, groups)
        start = len(self.code)
        self.sequence(list(tree))
        self.code.append(OP_MATCH)
        assert len(self.code) < NONE, "program array overflows 16-bit addresses"
        return start

    @staticmethod
    def digit_mask(op, av):
        if op is sre_constants.LITERAL:
            assert 0x30 <= av <= 0x39, f"non-digit literal {av!r}"
            return 1 << (av - 0x30)
        if op is sre_constants.CATEGORY:
            assert av is sre_constants.CATEGORY_DIGIT, av
            return 0x3FF
        if op is sre_constants.IN:
            mask = 0
            for item_op, item in av:
                if item_op is sre_constants.RANGE:
                    lo, hi = item
                    assert 0x30 <= lo <= hi <= 0x39, item
                    for d in range(lo, hi + 1):
                        mask |= 1 << (d - 0x30)
                else:
                    assert item_op is not sre_constants.NEGATE, "negated classes are not supported"
                    mask |= Compiler.digit_mask(item_op, item)
            return mask
        return None

    def sequence(self, items):
        for op, av in items:
            mask = self.digit_mask(op, av)
            if mask is not None:
                self.code += [OP_CLASS, mask, 1, 1]
            elif op is sre_constants.MAX_REPEAT:
                lo, hi, sub = av
                sub = list(sub)
                single = self.digit_mask(*sub[0]) if len(sub) == 1 else None
                if single is not None:
                    hi = UNBOUNDED if hi == sre_constants.MAXREPEAT else hi
                    assert lo < UNBOUNDED and (hi == UNBOUNDED or hi < UNBOUNDED)
                    self.code += [OP_CLASS, single, lo, hi]
                else:
                    # libphonenumber only makes groups optional: (?:...)?
                    assert (lo, hi) == (0, 1), f"unsupported group repeat {lo},{hi}"
                    split = len(self.code)
                    self.code += [OP_SPLIT, split + 3, 0]
                    self.sequence(sub)
                    self.code[split + 2] = len(self.code)
            elif op is sre_constants.SUBPATTERN:
                group, add_flags, del_flags, sub = av
                assert not add_flags and not del_flags
                if group is None:
                    self.sequence(list(sub))
                else:
                    self.code += [OP_SAVE, 2 * group - 2]
                    self.sequence(list(sub))
                    self.code += [OP_SAVE, 2 * group - 1]
            elif op is sre_constants.BRANCH:
                _, alternatives = av
                jumps = []
                for i, alternative in enumerate(alternatives):
                    if i < len(alternatives) - 1:
                        split = len(self.code)
                        self.code += [OP_SPLIT, split + 3, 0]
                        self.sequence(list(alternative))
                        jumps.append(len(self.code))
                        self.code += [OP_JUMP, 0]
                        self.code[split + 2] = len(self.code)
                    else:
                        self.sequence(list(alternative))
                for j in jumps:
                    self.code[j + 1] = len(self.code)
            elif op is sre_constants.AT:
                assert av is sre_constants.AT_END, av
                self.code.append(OP_END)
            else:
                raise AssertionError(f"unsupported regular expression node {op}")

    def transform(self, rule, pattern):
        """Stores a transform rule such as `9\\1` as [literal count, digits..., group, last group].

        The last group is the pattern's highest-numbered group: libphonenumber applies the rule only
        when that group took part in the match.
        """
        m = re.fullmatch(r"(\d*)\\(\d)", rule)
        assert m, f"unsupported transform rule {rule!r}"
        groups = re.compile(pattern).groups
        assert 1 <= int(m.group(2)) <= groups <= MAX_GROUPS, (rule, pattern)
        start = len(self.code)
        digits = m.group(1)
        self.code += [len(digits)] + [int(d) for d in digits] + [int(m.group(2)), groups]
        return start


def run(code, pc, text, sp, caps, full):
    """The same backtracking machine as PhoneNumberPattern.swift, for the self-check."""
    while True:
        op = code[pc]
        if op == OP_MATCH:
            return None if full and sp != len(text) else sp
        if op == OP_CLASS:
            mask, lo, hi = code[pc + 1], code[pc + 2], code[pc + 3]
            n = 0
            while (hi == UNBOUNDED or n < hi) and sp + n < len(text) and mask >> int(text[sp + n]) & 1:
                n += 1
            if n < lo:
                return None
            if n == lo:
                sp, pc = sp + n, pc + 4
                continue
            for k in range(n, lo - 1, -1):
                r = run(code, pc + 4, text, sp + k, caps, full)
                if r is not None:
                    return r
            return None
        if op == OP_SPLIT:
            r = run(code, code[pc + 1], text, sp, caps, full)
            if r is not None:
                return r
            pc = code[pc + 2]
        elif op == OP_JUMP:
            pc = code[pc + 1]
        elif op == OP_SAVE:
            slot = code[pc + 1]
            old = caps[slot]
            caps[slot] = sp
            r = run(code, pc + 2, text, sp, caps, full)
            if r is None:
                caps[slot] = old
            return r
        elif op == OP_END:
            if sp != len(text):
                return None
            pc += 1
        else:
            raise AssertionError(op)


def self_check(code, start, pattern, rng):
    compiled = re.compile(pattern)
    samples = ["".join(rng.choice("0123456789") for _ in range(rng.randint(0, 19))) for _ in range(400)]
    # Prefixes that steer into the pattern's own branches.
    for literal in re.findall(r"\d+", pattern):
        for _ in range(3):
            samples.append(literal + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 14))))
    for text in samples:
        for full in (False, True):
            caps = [-1] * (2 * MAX_GROUPS)
            end = run(code, start, text, 0, caps, full)
            m = compiled.fullmatch(text) if full else compiled.match(text)
            assert (end is None) == (m is None), (pattern, text, full)
            if m is not None:
                assert end == m.end(), (pattern, text, full, end, m.end())
                for g in range(1, compiled.groups + 1):
                    span = m.span(g)
                    got = (caps[2 * g - 2], caps[2 * g - 1])
                    assert span == got or (span == (-1, -1) and got[0] == -1), (pattern, text, g, span, got)


# --------------------------------------------------------------------------------------------
# Metadata


def lengths_mask(lengths):
    mask = 0
    for n in lengths:
        assert 1 <= n <= MAX_LENGTH, n
        mask |= 1 << n
    return mask


def swift_comment_pattern(pattern):
    return pattern.replace("\n", " ")


def metadata_entries():
    compiler = Compiler()
    rng = random.Random(20240611)
    entries = []
    for code in sorted(COUNTRY_CODE_TO_REGION_CODE):
        regions = COUNTRY_CODE_TO_REGION_CODE[code]
        region = region_code_for_country_code(code)
        md = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
        general = md.general_desc
        possible = list(general.possible_length)
        local = list(general.possible_length_local_only)
        assert possible == sorted(possible) and possible, (code, possible)
        assert not set(possible) & set(local), code
        general_pattern = general.national_number_pattern
        assert general_pattern, code
        general_start = compiler.compile(general_pattern)
        self_check(compiler.code, general_start, general_pattern, rng)
        prefix = md.national_prefix_for_parsing or None
        prefix_start = NONE
        transform_start = NONE
        transform = md.national_prefix_transform_rule or None
        if prefix:
            prefix_start = compiler.compile(prefix)
            self_check(compiler.code, prefix_start, prefix, rng)
            if transform:
                transform_start = compiler.transform(transform, prefix)
        else:
            assert not transform, code
        entries.append(dict(
            code=code, region=region, regions=list(regions), possible=possible, local=local,
            general_pattern=general_pattern, general_start=general_start,
            prefix=prefix, prefix_start=prefix_start, transform=transform,
            transform_start=transform_start,
        ))
    return entries, compiler.code


def swift_metadata(entries, code):
    version = phonenumbers.__version__
    out = []
    w = out.append
    w("// GENERATED by Scripts/generate-phone-metadata.py from libphonenumber's metadata as shipped")
    w(f"// in the `phonenumbers` PyPI package, version {version}. Do not edit by hand: run")
    w(f"//     pip install phonenumbers=={version} && python3 Scripts/generate-phone-metadata.py")
    w("// For each assigned country calling code: the metadata of the region libphonenumber designates")
    w("// as the code's main region, which is what its `is_possible_number` reads (for +1 that is US,")
    w("// for +7 RU, for +44 GB). Patterns are compiled into PhoneNumberPattern programs; each entry")
    w("// repeats the source pattern in a comment.")
    w("")
    w("extension CountryCallingCode {")
    w("    /// The version of the `phonenumbers` package (libphonenumber's metadata) this table was")
    w("    /// generated from.")
    w(f"    public static let metadataVersion = \"{version}\"")
    w("")
    w("    /// The metadata of an assigned country calling code, or `nil` when the code is unassigned.")
    w("    ///")
    w("    /// - Complexity: O(1); no allocation.")
    w("    static func metadata(forCode code: Int) -> CallingCodeMetadata? {")
    w("        switch code {")
    for e in entries:
        regions = ", ".join(e["regions"])
        w(f"        // +{e['code']}: {regions}")
        w(f"        //   national number: {swift_comment_pattern(e['general_pattern'])}")
        if e["prefix"]:
            rule = f" -> {e['transform']}" if e["transform"] else ""
            w(f"        //   national prefix for parsing: {swift_comment_pattern(e['prefix'])}{rule}")
        w(f"        case {e['code']}:")
        w("            return CallingCodeMetadata(")
        w(f"                code: {e['code']}, region: \"{e['region']}\",")
        w(f"                possibleLengths: 0x{lengths_mask(e['possible']):05X}, localOnlyLengths: 0x{lengths_mask(e['local']):05X},"
          f" // {e['possible']}, local only {e['local']}")
        w(f"                nationalNumberPattern: {e['general_start']},")
        prefix = "CallingCodeMetadata.none" if e["prefix_start"] == NONE else str(e["prefix_start"])
        transform = "CallingCodeMetadata.none" if e["transform_start"] == NONE else str(e["transform_start"])
        w(f"                nationalPrefixPattern: {prefix}, nationalPrefixTransform: {transform})")
    w("        default:")
    w("            return nil")
    w("        }")
    w("    }")
    w("}")
    w("")
    w("extension PhoneNumberPattern {")
    w("    /// Every compiled pattern and transform rule, addressed by the offsets in")
    w("    /// ``CountryCallingCode/metadata(forCode:)``.")
    w("    static let program: [UInt16] = [")
    per_row = 16
    for i in range(0, len(code), per_row):
        w("        " + ", ".join(str(v) for v in code[i:i + per_row]) + ",")
    w("    ]")
    w("}")
    w("")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Cross-check cases for the tests


def verdict(text, region=None):
    """phonenumbers' answer as `<e164> <reason>` or `! <parse error>`."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as e:
        return "! " + PARSE_ERROR_NAMES[e.error_type]
    reason = phonenumbers.is_possible_number_with_reason(number)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) + " " + REASON_NAMES[reason]


def random_digits(rng, n, first="0123456789"):
    if n == 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def cross_check_cases(entries):
    rng = random.Random(4243)
    international = []
    # Random digit strings, as in the shared vectors' "address-random" category.
    for _ in range(700):
        international.append(random_digits(rng, rng.randint(3, 18), "123456789"))
    for e in entries:
        code = str(e["code"])
        region = e["region"]
        examples = set()
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
                     phonenumbers.PhoneNumberType.TOLL_FREE):
            example = (phonenumbers.example_number_for_type(region, kind) if region != "001"
                       else phonenumbers.example_number_for_non_geo_entity(e["code"]))
            if example is not None:
                examples.add(phonenumbers.national_significant_number(example))
        for nsn in sorted(examples):
            international.append(code + nsn)
            international.append(code + nsn[:-1])
            international.append(code + nsn + str(rng.randint(0, 9)))
            # A trunk prefix typed after the country code, e.g. +44 (0)20...
            international.append(code + "0" + nsn)
            for trunk in re.findall(r"\d+", e["prefix"] or "")[:2]:
                international.append(code + trunk + nsn)
        for n in rng.sample(range(1, MAX_LENGTH + 1), 4):
            international.append(code + random_digits(rng, n))
        for n in e["local"][:2]:
            international.append(code + random_digits(rng, n, "123456789"))
    international = list(dict.fromkeys(international))
    lines_international = [f"+{d} {verdict('+' + d)}" for d in international]

    national = []
    for e in entries:
        if e["region"] == "001":
            continue
        md = PhoneMetadata.metadata_for_region(e["region"])
        idd = re.compile(md.international_prefix) if md.international_prefix else None
        code = str(e["code"])
        candidates = []
        example = phonenumbers.example_number_for_type(e["region"], phonenumbers.PhoneNumberType.MOBILE) \
            or phonenumbers.example_number(e["region"])
        if example is not None:
            nsn = phonenumbers.national_significant_number(example)
            candidates += [nsn, "0" + nsn, code + nsn, code + "0" + nsn, nsn[:-1]]
            if md.national_prefix:
                candidates.append(md.national_prefix + nsn)
        for _ in range(3):
            candidates.append(random_digits(rng, rng.randint(2, 16)))
        candidates.append(code + random_digits(rng, rng.randint(4, 12)))
        for digits in dict.fromkeys(candidates):
            if digits.startswith("00"):
                continue  # always an international prefix here, phonenumbers reads the region's
            m = idd.match(digits) if idd else None
            if m and not digits[m.end():].startswith("0"):
                continue  # phonenumbers strips the region's own international prefix; MSISDN does not
            national.append(f"{digits} {code} {verdict(digits, e['region'])}")
    return lines_international, national


def swift_cross_check(international, national):
    version = phonenumbers.__version__
    # Lines of a multi-line string literal are indented at least as far as its closing quotes.
    indent = "        "
    out = [
        "// GENERATED by Scripts/generate-phone-metadata.py with the `phonenumbers` PyPI package,",
        f"// version {version}. Do not edit by hand.",
        "//",
        "// Each line of `international` is an input, then phonenumbers' E.164 form and",
        "// `is_possible_number_with_reason`, or `!` and the parse error. Each line of `national` is",
        "// digits typed without a country code, the default country calling code (phonenumbers was",
        "// given the code's main region), then the same answer.",
        "",
        "enum PhoneNumbersCrossCheck {",
        f"    static let version = \"{version}\"",
        "",
        "    static let international = \"\"\"",
    ]
    out += [indent + line for line in international]
    out += [indent + '"""', "", "    static let national = \"\"\""]
    out += [indent + line for line in national]
    out += [indent + '"""', "}", ""]
    return "\n".join(out)


def main():
    if phonenumbers.__version__ != EXPECTED_VERSION and "--any-version" not in sys.argv:
        sys.exit(f"phonenumbers {phonenumbers.__version__} is installed; the committed table uses "
                 f"{EXPECTED_VERSION}. Pass --any-version to regenerate from it anyway.")
    entries, code = metadata_entries()
    METADATA_OUT.write_text(swift_metadata(entries, code), encoding="utf-8")
    international, national = cross_check_cases(entries)
    CROSS_CHECK_OUT.write_text(swift_cross_check(international, national), encoding="utf-8")
    print(f"{len(entries)} country calling codes, {len(code)} program words -> {METADATA_OUT.relative_to(ROOT)}")
    print(f"{len(international)} international and {len(national)} national cases -> "
          f"{CROSS_CHECK_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
