#!/usr/bin/env python3
"""Times the Python peers on the texts of Benchmarks/Benchmarks/SMSCoreBenchmarks/Corpus.swift.

Usage:
    python3 -m venv /tmp/peers && /tmp/peers/bin/pip install smsutil==1.1.3 gsm0338==1.1.0
    /tmp/peers/bin/python Scripts/peer-benchmark.py

Prints the median time per call, in microseconds, of:
  - smsutil.split(text): encoding detection and splitting into parts (what SMSSegmenter does;
    SMSPlan(analyzing:) answers the same question without building the parts);
  - gsm0338 encoding (len(text.encode("gsm03.38"))): the septet count of GSM-7 text.
These are for comparison with `swift package benchmark` figures measured on the same machine.
"""
import statistics
import timeit

import gsm0338  # noqa: F401  (registers the gsm03.38 codec)
import smsutil


def corpus():
    ascii160 = ("Your code is 4821. It expires in 10 minutes. Reply STOP to opt out. " * 3)[:160]

    def fill(sentence):
        text = ""
        while len(text.encode("utf-8")) < 1024:
            text += sentence
        return text

    mixed = fill("Grüße aus Köln! Price: 20€ {incl. VAT} [ref ~42] ΔΦΓ élan, Ñandù & Ørsted | ")
    emoji = fill("Party 🎉 tonight 👨‍👩‍👧‍👦 at 8 🇫🇷🇩🇪 bring 🍕🍺 👍🏽 ")
    return [("ascii-160", ascii160), ("gsm-mixed-1k", mixed), ("emoji-1k", emoji)]


def median_microseconds(function, number=200, repeat=15):
    times = timeit.repeat(function, number=number, repeat=repeat)
    return statistics.median(times) / number * 1e6


def main():
    print(f"{'text':14} {'smsutil.split':>14} {'gsm0338 length':>15}")
    for name, text in corpus():
        split = median_microseconds(lambda: smsutil.split(text))
        try:
            text.encode("gsm03.38")
            length = f"{median_microseconds(lambda: len(text.encode('gsm03.38'))):15.2f}"
        except UnicodeEncodeError:
            length = f"{'(not GSM-7)':>15}"
        print(f"{name:14} {split:14.2f} {length}")


if __name__ == "__main__":
    main()
