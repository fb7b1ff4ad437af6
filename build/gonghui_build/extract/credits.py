"""Correspondents' names run into the end of an article's text: ``…参观了职工活动中心
王某芳 刘某`` (old OCR pages print the credit on the text's last line, after a space).

Two names or more, each of a Chinese name's shape, separated by spaces, after a space or
a sentence's end, close the text: they are the article's correspondents, not people it
names. One name alone is left to the text (it may be a person the last sentence names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.chars import CJK
from gonghui_build.text.names import is_name_shaped

_TAIL = re.compile(
    rf"(?:(?<=[。！？”])|[ \u3000]+)({CJK}{{2,4}}(?:[ \u3000]+{CJK}{{2,4}})+)[ \u3000]*$"
)


def trailing_credit(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name of a credit closing ``text``, or none."""
    match = _TAIL.search(text)
    if match is None:
        return []
    names = [
        (m.group(0), match.start(1) + m.start(), match.start(1) + m.end())
        for m in re.finditer(rf"{CJK}+", match.group(1))
    ]
    return names if all(is_name_shaped(n) for n, _, _ in names) else []


def _spaced(p: Paragraph) -> tuple[str, list[int]]:
    """The paragraph's text with a space where the repair removed what the page prints
    between two characters (an OCR space), and each character's offset in the text."""
    to_page = p.cleaned.to_page
    chars: list[str] = []
    back: list[int] = []
    for i, ch in enumerate(p.text):
        if i and to_page[i] - to_page[i - 1] > 1:
            chars.append(" ")
            back.append(i)
        chars.append(ch)
        back.append(i)
    return "".join(chars), back


def paragraph_credit(p: Paragraph) -> list[tuple[str, int, int]]:
    """The credit closing a paragraph, with offsets in its (repaired) text."""
    spaced, back = _spaced(p)
    return [(n, back[s], back[e - 1] + 1) for n, s, e in trailing_credit(spaced)]


def last_text(paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    """The article's last paragraph of body text, where a credit may close it."""
    return next((p for p in reversed(paragraphs) if p.role == "body"), None)


def credit_spans(paragraphs: Sequence[Paragraph]) -> dict[int, list[tuple[int, int]]]:
    """Paragraph seq → the spans of the credit closing the article's text."""
    last = last_text(paragraphs)
    if last is None:
        return {}
    return {last.seq: [(s, e) for _, s, e in paragraph_credit(last)]}
