"""Character classes of Chinese newspaper text, shared by every stage."""

from __future__ import annotations

import re

#: The full-width ends of a full sentence, as running Chinese text prints them: what the
#: sentence scanner (``text.clauses.sentences``) ends a sentence at.
FULL_WIDTH_STOPS = "。！？"
#: The ends of a full sentence, full- and half-width: no semicolon, no ellipsis.
FULL_STOPS = frozenset(FULL_WIDTH_STOPS + "!?")
#: What a line that ends a sentence, or a part of one read alone, ends on: a full stop,
#: an ellipsis or a semicolon, full- and half-width (:func:`ends_sentence`).
SENTENCE_FINAL_MARKS = FULL_STOPS | frozenset("…；;")
#: The punctuation of a sentence, its ends and the commas and semicolons inside it,
#: full- and half-width: what a line of a list never holds (a roster's post, a table's
#: cell, a disclosure record's row). No ellipsis: a list's line may print one for a cut.
SENTENCE_MARKS = FULL_STOPS | frozenset("；;，,")
#: What joins the items of a list, each one character: the list mark and the
#: conjunctions 和, 与, 及 (张三、李四, 张三和李四; A和B, A及B of activities, sites, units).
COORDINATION = "、和与及"
#: Marks a clause (or an item of a list) opens after, full- and half-width, and the blanks
#: a line may open after (。铸锻分厂工会…, 。段工会主席…).
CLAUSE_MARKS = "，。；：、！？,;:!? \u3000\n"
#: Marks that open a quotation (curly, corner, white corner, single, straight).
OPENING_QUOTES = '“「『‘"'
#: Closing quotes and brackets that may follow the end of a sentence.
CLOSERS = frozenset("”’」』）)】》\"'")
#: Full-width punctuation of running Chinese text.
CJK_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·")
#: Characters that are blank for coverage: whitespace of every width.
BLANK = frozenset(" \t\r\n\f\v\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff")

#: The code point ranges of Chinese ideographs, most common first (``is_cjk`` tests
#: them in this order; ``CJK`` is built from them, so the two agree).
_CJK_RANGES = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
)

#: The Chinese characters as a regex character class: every pattern that looks for
#: Chinese characters uses it, so that ``is_cjk`` and the patterns agree.
CJK = "[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]"


def is_cjk(ch: str) -> bool:
    """True for a Chinese character (ideograph); False for an empty string."""
    if len(ch) != 1:
        return False
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x2FA1F
    )


#: The numeral zero written as a circle (U+3007), outside the ideograph ranges: a
#: numeral of names written digit by digit (二〇一车间, 一〇三团; 《现代汉语词典》: 〇, 数字).
CIRCLE_ZERO = "\u3007"


def is_cjk_or_zero(ch: str) -> bool:
    """An ideograph or the circle zero: the characters of a name printed in Chinese,
    where a reader keeping the ideographs only would cut 二〇一车间 to 二一车间."""
    return ch == CIRCLE_ZERO or is_cjk(ch)


def is_chinese_context(ch: str) -> bool:
    """True for a character of running Chinese text: an ideograph or CJK punctuation."""
    return is_cjk(ch) or ch in CJK_PUNCT


def needs_blank_between(left: str, right: str) -> bool:
    """Whether a blank between two characters is part of the text: Latin letters or
    digits on both sides (``Smart Union``; not ``5G 基站``), which would run together
    without it. Between Chinese characters a blank is an OCR space or a line's
    end."""
    return left.isascii() and left.isalnum() and right.isascii() and right.isalnum()


def is_blank(ch: str) -> bool:
    return ch in BLANK or ch.isspace()


#: A run of blank characters (``is_blank``): `\s` is ``str.isspace`` in a text pattern.
_BLANKS = re.compile("[\\s" + re.escape("".join(sorted(BLANK))) + "]+")


def nonblank_count(text: str, start: int = 0, end: int | None = None) -> int:
    """Characters of ``text[start:end]`` that are not blank (as ``is_blank``), counted
    by the regular-expression engine: a 50 MB page in a second, not a minute."""
    end = len(text) if end is None else end
    blank = sum(m.end() - m.start() for m in _BLANKS.finditer(text, start, end))
    return max(end - start, 0) - blank


def cjk_count(text: str) -> int:
    return sum(1 for ch in text if is_cjk(ch))


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: final punctuation, perhaps inside closing quotes.

    ``…跟党走。”`` ends a sentence; ``…“劳动保护监督检察员业务知识培训”`` does not: a closing
    quote after a word is the end of a quotation, not of the sentence.
    """
    stripped = text.rstrip("".join(BLANK))
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1].rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_FINAL_MARKS


def ends_with_colon(text: str) -> bool:
    return text.rstrip().endswith(("：", ":"))


def without_spaces(text: str) -> str:
    """``text`` without whitespace of any width (str.split's whitespace is every character
    that ``str.isspace`` names, the ideographic space included)."""
    return "".join(text.split())


def in_brackets(text: str) -> bool:
    """``text`` wholly in round brackets, blanks aside (``（本报某地记者站 某某 摄影报道）``,
    ``（共12名）``): a credit, a signature or a note, never a title."""
    compact = without_spaces(text)
    return compact[:1] in "（(" and compact[-1:] in "）)"
