"""Numbers as Chinese newspapers write them: ``94``, ``九十四``, ``1.5万``, ``4000多亿``,
``100余名``, ``近两万人``, ``一百零六个``, ``两``.

Chinese numerals are read by ``cn2an`` (a maintained reader of Chinese numerals, MIT):
its ``normal`` mode reads 两, 一万二千 and digit-by-digit years (二〇一八). The pattern of
a number with its qualifier words is here; the words that qualify a count (近, 余, 以上)
are in ``reference/numbers.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import cn2an

from gonghui_build import reference as lexicon
from gonghui_build.vocabulary import Qualifier

#: Characters of a Chinese numeral (万 and 亿 inside one: 一万二千, 两万).
CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
#: The numerals one to ten: a month's, a day's, a small order's (九月十七日, 第三天).
TEN_NUMERALS = "一二三四五六七八九十"
#: A month's or a day's number, in figures or in words (9月, 12日, 九月, 十二日): what the
#: dates of text, of page furniture and of datelines read before 月 or 日.
MONTH_OR_DAY = rf"(?:\d{{1,2}}|[{TEN_NUMERALS}]{{1,3}})"
#: The old numerals of twenty and thirty, as chronicles, older pages and their mastheads
#: write a day (三月廿二日, 卅日, 二〇二三年十二月廿三日): read as 二十 and 三十.
OLD_TENS = {"廿": "二十", "卅": "三十"}


def with_old_tens_read(text: str) -> str:
    """``text`` with 廿 and 卅 written as 二十 and 三十 (廿二 → 二十二), for cn2an."""
    for old, tens in OLD_TENS.items():
        text = text.replace(old, tens)
    return text


#: Characters of a count or an order of a few (第十二届, 两期, 三百余名, 举办洽谈会六次),
#: 零, 万 and 亿 left out: what the activity readers match counts and editions with.
COUNT_NUMERALS = TEN_NUMERALS + "两百千"
#: Characters of an order or a term written in words (第十三届, 第一〇一次, 第三百零五):
#: with 零 and 〇, no 两 (no order is written with it).
ORDER_NUMERALS = TEN_NUMERALS + "百零〇"
#: Multipliers written after a number: 1.5万, 4000多亿.
LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
#: A zero an OCR of an old page reads as a Latin letter inside or after a number's
#: digits (代表2O5人, 培训职工达200O余人次: a county union's chronicle in real_dev3, a
#: Heilongjiang forest district's gazetteer read s34): read as 0, never before a letter
#: (5Oct stays 5).
OCR_ZERO = "[Oo]"
FILE = "numbers.yaml"


def _qualifiers(section: str) -> dict[str, Qualifier]:
    """Qualifying word → qualifier, for one place of the word."""
    return lexicon.keyed(FILE, section)


@functools.cache
def number_re() -> re.Pattern[str]:
    """A number with its qualifier words: 近300, 约5000, 100余, 4000多亿, 1.5万, 九十四;
    a word of ``qualifiers_before_round`` only before a bare round numeral (上百, 上千)."""
    before = lexicon.words(FILE, "qualifiers_before").pattern
    round_ = lexicon.words(FILE, "qualifiers_before_round").pattern
    after = lexicon.words(FILE, "qualifiers_after").pattern
    return re.compile(
        rf"(?P<pre>{before}|(?:{round_})(?=[百千万]))?"
        rf"(?P<num>\d+(?:{OCR_ZERO}+(?![A-Za-z])\d*)*(?:\.\d+)?|[{CN_NUMERAL}]+)"
        rf"(?P<more>{after})?"
        r"(?P<big>[万亿]+)?"
        rf"(?P<more2>{after})?"
    )


def qualifier_after_unit(text: str, pos: int) -> Qualifier | None:
    """The qualifier a word after a count's unit gives it: 200人以上, 100名左右."""
    word = lexicon.words(FILE, "qualifiers_after_unit").starting(text, pos)
    return _qualifiers("qualifiers_after_unit")[word] if word else None


def estimated(clause_before: str) -> bool:
    """A word of an estimate (预计, ``estimates``) stands in the count's clause before it
    (预计培训基层工会干部三百人): the count is about so many."""
    return lexicon.words(FILE, "estimates").in_text(clause_before)


@functools.lru_cache(maxsize=4096)
def chinese_to_int(text: str) -> int | None:
    """``九十四`` → 94, ``一万二千`` → 12000, ``二〇一八`` → 2018; None if not a numeral."""
    if not text or any(ch not in CN_NUMERAL for ch in text):
        return None
    if text[0] in "百千万亿":
        text = "一" + text  # 百余名, 千余人: a bare unit is one of it
    try:
        value = cn2an.cn2an(text, "normal")
    except ValueError:
        return None
    return int(value) if value == int(value) else None


def numeral_value(written: str) -> int | None:
    """The whole number ``written`` states in digits (12) or in Chinese numerals (十二:
    :func:`chinese_to_int`); None if neither."""
    return int(written) if written.isdigit() else chinese_to_int(written)


@dataclass(frozen=True)
class Quantity:
    value: float
    qualifier: Qualifier
    start: int
    end: int
    text: str


def parse_number(match: re.Match[str]) -> Quantity | None:
    """The quantity a match of :func:`number_re` (or a pattern built on it) states."""
    raw = match.group("num")
    if raw[0].isdigit():
        value: float = float(re.sub(OCR_ZERO, "0", raw))
    else:
        parsed = chinese_to_int(raw)
        if parsed is None:
            return None
        value = parsed
    for big in match.group("big") or "":
        value *= LARGE_UNITS[big]
    qualifier = Qualifier.exact
    for key, section in (("pre", "qualifiers_before"), ("more", "qualifiers_after")):
        word = match.group(key)
        if word:
            qualifier = _qualifier_of(word, section)
    if match.group("more2"):
        word = lexicon.words(FILE, "qualifiers_after").found(match.group("more2"))
        qualifier = _qualifiers("qualifiers_after")[word]
    return Quantity(value, qualifier, match.start(), match.end(), match.group(0))


def _qualifier_of(word: str, section: str) -> Qualifier:
    """The qualifier ``word`` gives in ``section``; a word before a number that is not
    there is one of ``qualifiers_before_round`` (上 of 上百)."""
    if section == "qualifiers_before" and word not in _qualifiers(section):
        section = "qualifiers_before_round"
    return _qualifiers(section)[lexicon.words(FILE, section).found(word)]


def quantities(text: str) -> list[Quantity]:
    out = []
    for match in number_re().finditer(text):
        q = parse_number(match)
        if q is not None:
            out.append(q)
    return out
