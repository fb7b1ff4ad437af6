"""Numbers as Chinese newspapers write them: ``94``, ``九十四``, ``1.5万``, ``4000多亿``,
``100余名``, ``近300名``, ``两``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL = "零〇一二两三四五六七八九十百千"

#: A number, with its qualifier words: 近300, 约5000, 100余, 4000多亿, 1.5万, 九十四.
NUMBER_RE = re.compile(
    r"(?P<pre>近|约|将近|大约|超过|逾|多达|不少于|至少|达|共)?"
    r"(?P<num>\d+(?:\.\d+)?|[" + CN_NUMERAL + r"]+)"
    r"(?P<more>余|多)?"
    r"(?P<big>[万亿]+)?"
    r"(?P<more2>余|多)?"
)
#: A qualifier after the unit: 200人以上, 100名左右.
POST_QUALIFIERS = {"以上": "at_least", "左右": "about", "上下": "about"}

QUALIFIERS = {
    "近": "about",
    "约": "about",
    "将近": "about",
    "大约": "about",
    "超过": "more_than",
    "逾": "more_than",
    "余": "more_than",
    "多": "more_than",
    "多达": "at_least",
    "不少于": "at_least",
    "至少": "at_least",
    "达": "exact",
    "共": "exact",
}


def chinese_to_int(text: str) -> int | None:
    """``九十四`` → 94, ``一千二百`` → 1200, ``十五`` → 15; None if not a numeral."""
    if not text or any(ch not in DIGITS and ch not in SMALL_UNITS for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = current * 10 + DIGITS[ch] if current and ch in "零〇" else DIGITS[ch]
        else:
            unit = SMALL_UNITS[ch]
            total += (current or 1) * unit
            current = 0
    total += current
    if all(ch in DIGITS for ch in text) and len(text) > 1:
        # a digit-by-digit numeral: 二〇一八 → 2018
        return int("".join(str(DIGITS[ch]) for ch in text))
    return total


@dataclass(frozen=True)
class Quantity:
    value: float
    qualifier: str  # exact | about | more_than | at_least
    start: int
    end: int
    text: str


def parse_number(match: re.Match[str]) -> Quantity | None:
    raw = match.group("num")
    if raw[0].isdigit():
        value: float = float(raw)
    else:
        parsed = chinese_to_int(raw)
        if parsed is None:
            return None
        value = parsed
    for big in match.group("big") or "":
        value *= LARGE_UNITS[big]
    qualifier = "exact"
    for key in ("pre", "more", "more2"):
        word = match.group(key)
        if word:
            qualifier = QUALIFIERS[word]
    return Quantity(value, qualifier, match.start(), match.end(), match.group(0))


def quantities(text: str) -> list[Quantity]:
    out = []
    for match in NUMBER_RE.finditer(text):
        q = parse_number(match)
        if q is not None:
            out.append(q)
    return out
