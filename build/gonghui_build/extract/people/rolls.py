"""Rolls of names printed apart by spaces: ``获得称号的有：甲某 乙某某 丙某``, a headline
``某某讲话 某某主持 某某 某某出席``, a line of a list of honours.

The layout takes the spaces between Chinese characters out of a paragraph's text (OCR
prints them inside words: 庄 振国), so a roll reads as one run of characters
(甲某乙某某丙某) that the model and jieba cut anywhere. Where the page printed the spaces
(``breaks``: the offsets of the paragraph's text they stood before), each piece between
two of them that is a whole name is a person, when two such pieces stand side by side;
one character alone between spaces is OCR's padding of a name (王  军), no roll.
A name of Mongolian elements (朝格图, 其木格) alone after its unit's name and a blank
(``某电力公司 朝格图``) is a roll's row too (:func:`unit_row_elements`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.extract.people.composed import of_elements
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.home_names import worded_given
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.extract.spans import as_written
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_plausible_name, is_transliterated
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name read as a whole piece of a roll.
ROLL = 0.8
#: The longest piece read as a name (a transliterated one: 祖某某某·吾某某).
_LONGEST = 12
#: A short note in brackets closing a name of a roll (（女）, （兼职）, （专职）).
_NAME_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[)）]")
_NOTE_CLOSERS = frozenset("）)")


def spaced_breaks(p: Paragraph) -> frozenset[int]:
    """The offsets of ``p.text`` before which the page printed whitespace between two
    Chinese characters that the layout took out."""
    text = p.text
    out = set()
    for i in p.cleaned.to_page.jumps:
        after_note = text[i - 1 : i] in _NOTE_CLOSERS  # 乙（兼职） 丙: a name's note
        if i >= len(text) or not ((is_cjk(text[i - 1]) or after_note) and is_cjk(text[i])):
            continue
        printed = as_written(p, i - 1, i + 1)
        if len(printed) > 2 and not printed[1:-1].strip():
            out.add(i)
    return frozenset(out)


#: An item's number opening a table's row, its name right after it (the tab after the
#: number cell lost: :func:`number_cell_gap`, :func:`.rosters.roster_line`).
ROW_NUMBER = re.compile(r"\d{1,3}(?=[\u4e00-\u9fff])")


def number_cell_gap(p: Paragraph) -> frozenset[int]:
    """Where (the offset of ``p.text``) the name after a table row's number cell starts,
    when the page printed a blank between them that the layout took out (``1　宋某某　某
    集团　焊工`` read ``1宋某某 某集团 焊工``): the blank says the digits are a cell of
    their own, not a count (3名职工). :func:`spaced_breaks` counts blanks between
    Chinese characters only."""
    found = ROW_NUMBER.match(p.text)
    if found is None:
        return frozenset()
    printed = as_written(p, found.end() - 1, found.end() + 1)
    apart = len(printed) > 2 and not printed[1:-1].strip()
    return frozenset({found.end()}) if apart else frozenset()


def _notes(text: str) -> set[int]:
    """The offsets of the bracketed notes of ``text`` that close a name (甲（女）,
    乙（兼职）): no piece of a roll, and no gap between two of its names."""
    out: set[int] = set()
    for m in _NAME_NOTE.finditer(text):
        if m.start() > 0 and is_cjk(text[m.start() - 1]):
            out.update(range(m.start(), m.end()))
    return out


def pieces(text: str, breaks: frozenset[int], notes: set[int]) -> list[tuple[int, int]]:
    """The runs of Chinese characters (and middle dots) of ``text`` cut at ``breaks``,
    a name's bracketed note (``notes``: :func:`_notes`) no part of them."""
    out: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(text + "\n"):
        inside = (is_cjk(ch) and i not in notes) or (ch == "·" and start is not None)
        if start is not None and (not inside or i in breaks):
            out.append((start, i))
            start = None
        if start is None and inside:
            start = i
    return out


def _whole_name(name: str) -> bool:
    """A piece that is a name alone: a transcribed name, a name-shaped one that is no
    word, or a common surname and a given name that is a word, the three no word of
    jieba's (王海洋, 金建设: :func:`.home_names.worded_given`): the roll, two whole
    names side by side at least, is the second signal such a name needs (a headline's
    ``王某洋 李某某 周某获评…``; s41, people26)."""
    if is_transliterated(name):
        return len(name) <= _LONGEST
    if not 2 <= len(name) <= 4:
        return False
    return is_plausible_name(name, strong_context=True) or worded_given(name)


def _name_of_piece(text: str, start: int, end: int, tokens: list[Token]) -> str | None:
    """The name a piece of a roll prints: the whole piece, or a name a word that follows
    names closes (某某出席, 某某·某某主持)."""
    piece = text[start:end]
    if _whole_name(piece) and not _follower_ending(piece):
        return piece
    follower = _follower_ending(piece)
    if follower and _whole_name(piece[: -len(follower)]):
        return piece[: -len(follower)]
    name = name_after(text, start, tokens)
    rest = text[start + len(name) : end] if name else ""
    return name if name and rest and _follower_ending(rest) == rest else None


def _follower_ending(piece: str) -> str | None:
    """A word of two characters or more that follows names (讲话, 主持, 出席) ending
    ``piece``."""
    found = lexicon.words("people.yaml", "name_followers").ending(piece)
    return found if found and len(found) > 1 else None


def _byline_before(text: str, start: int) -> bool:
    """记者 甲某 乙某: a roll right after a word of bylines names the article's authors."""
    before = text[max(0, start - 6) : start].rstrip()
    return lexicon.words("people.yaml", "byline_words").ending(before) is not None


def roll_names(text: str, breaks: frozenset[int], tokens: list[Token]) -> list[NameHit]:
    """The names of the rolls of ``text``: runs of pieces side by side (a break or
    spaces between each) that print a name, two of them at least a whole name."""
    if not breaks and not any(ch.isspace() for ch in text):
        return []
    hits: list[NameHit] = []
    notes = _notes(text)
    run: list[tuple[int, str, bool]] = []  # start, name, whole piece
    last_end = -1
    for s, e in [*pieces(text, breaks, notes), (len(text), len(text))]:
        name = _name_of_piece(text, s, e, tokens) if e > s else None
        gap = "".join(c for k, c in enumerate(text[last_end:s], last_end) if k not in notes)
        apart = s in breaks if not gap else gap.isspace()
        if run and not (apart and name):
            if sum(whole for _, _, whole in run) >= 2 and not _byline_before(text, run[0][0]):
                source = MentionSource.listed_name
                hits += [NameHit(n, a, a + len(n), source, ROLL) for a, n, _ in run]
            run = []
        if name:
            run.append((s, name, len(name) == e - s))
        last_end = e
    return hits + unit_row_elements(text, breaks, [(h.start, h.end) for h in hits])


def unit_row_elements(
    text: str, breaks: frozenset[int], taken: list[tuple[int, int]]
) -> list[NameHit]:
    """The names of elements (:func:`.composed.of_elements`) printed alone after a unit's name and
    a blank (``某电力公司 朝格图``): a results list's row gives each unit its winners so,
    and a row of one Han name needs no roll (the model reads it), but a name of three
    characters of elements reads as no Han name and is no roll of two. The piece before
    must end in an organisation's suffix (公司, 厂), so a line of words apart is no row.
    Seen on Inner Mongolian contest results (s46, people35)."""
    hits: list[NameHit] = []
    spans = pieces(text, breaks, _notes(text))
    for (_, unit_end), (s, e) in pairwise(spans):
        apart = s in breaks or (text[unit_end:s].isspace() and unit_end < s)
        if not apart or suffix_of(text, unit_end) is None or (s, e) in taken:
            continue
        if of_elements(text[s:e]):
            hits.append(NameHit(text[s:e], s, e, MentionSource.listed_name, ROLL))
    return hits
