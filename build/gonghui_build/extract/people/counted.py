"""Names a list of people prints with no title or verb around them: the first of a
counted group (``表彰了甲某等10名优秀工会工作者``, ``授予乙某等3人…称号``), and the names
ending the items of a list of winners whose other items end with names found
(``…公司焊工甲某，…公司抹灰工乙某，…``).

Both shapes are common in notices of honours and in reports of award ceremonies, and
the model misses names there: the word before the name is a body or an occupation
jieba glues to it (抹灰|工, 轧钢工|余), and the name is followed by punctuation or 等
alone, which no rule of a title or a verb reads. A list of honours repeats its words
(优秀工会工作者…优秀工会积极分子), which the garbled-text detector reads as the OCR's
repeats: :func:`read_in_repeats` keeps the counted names two readers read there, and
the names parallel clauses print once each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gonghui_build.extract.people.composed import composed_name, element_and_final
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.model import person_spans
from gonghui_build.extract.people.name_context import after_title_or_occupation
from gonghui_build.extract.people.ranked_lists import ranked_names
from gonghui_build.extract.people.transliterated_elements import made_of_elements
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import SENTENCE_PART_END, overlaps_any
from gonghui_build.text.names import (
    NAME_TAGS,
    is_common_word,
    is_plausible_name,
    is_transliterated,
    split_name,
)
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: 等 and a count of people right after a name: 等10名, 等三人, 等5位.
_COUNTED = re.compile(r"等(?:[0-9０-９]+|[一二三四五六七八九十百两]+)(?:名|人|位)")
#: Confidence of a name read from the shape of a list alone.
LISTED = 0.75
#: What separates the items of a list inside a sentence (the sentence, or a part of one,
#: ends at ``SENTENCE_PART_END``: 获奖者有…；获奖单位有…).
_ITEM_MARKS = "，、"
#: The length of a fragment printed twice that a name read in it must not share.
_FRAGMENT = 4
#: The fewest items a list has, and the fewest of them ending with a name found.
_MIN_ITEMS, _MIN_ANCHORED = 3, 2


@dataclass(frozen=True)
class _WordStarts:
    """Where jieba's words of a text start, where a one-character preposition or
    conjunction does (和|叶某: no surname there), and where a word jieba tags a name
    ends (努尔|兰别克: a name runs on before there); read once per text."""

    starts: frozenset[int]
    joining: frozenset[int]
    name_ends: frozenset[int]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> _WordStarts:
        joining = (t.start for t in tokens if len(t.word) == 1 and t.tag in ("p", "c"))
        name_ends = (t.end for t in tokens if t.tag in NAME_TAGS)
        return cls(frozenset(t.start for t in tokens), frozenset(joining), frozenset(name_ends))


def _name_ending_at(text: str, end: int, words: _WordStarts, lo: int) -> str | None:
    """The name (three characters, else two) ending at ``end`` and starting no earlier
    than ``lo``, where a word of jieba starts (教师|王伟, not 师王伟) or an occupation
    ends right before it (轧钢工|余培斌: jieba reads 工余 as one word), and no
    conjunction does (和|叶某), nor a word jieba tags a name ends (努尔|兰别克, a
    Kazakh name printed without a dot: the tail of a longer name, no name of its own)."""
    starts, joining = words.starts, words.joining
    for size in (3, 2):
        start = end - size
        if start < lo or start in joining:
            continue  # 和|叶某等3名: a conjunction, no surname
        if start > lo and start in words.name_ends:
            continue  # 努尔|兰别克等: jieba's name runs on into it, one longer name
        name = text[start:end]
        if not is_plausible_name(name, strong_context=True) or is_common_word(name):
            continue
        if start == lo or start in starts or after_title_or_occupation(text, start):
            return name
    return None


def counted_names(text: str, tokens: Sequence[Token]) -> list[NameHit]:
    """``授予甲某等3人…称号``: the name right before 等 and a count of people."""
    hits = []
    words = _WordStarts.of(tokens)
    for match in _COUNTED.finditer(text):
        end = match.start()
        lo = max((i + 1 for i in range(max(0, end - 4), end) if not is_cjk(text[i])), default=0)
        name = _name_ending_at(text, end, words, lo)
        if name is not None:
            start = end - len(name)
            hits.append(NameHit(name, start, end, MentionSource.listed_name, LISTED))
            hits.extend(_items_before_counted(text, start, tokens))
    for a, b in ranked_names(text, tokens, person_spans(text)):  # 前三名：甲、乙、丙
        hits.append(NameHit(text[a:b], a, b, MentionSource.listed_name, LISTED))
    return hits


#: Tags of the word before the first item of a counted list that opens it (由甲某、乙某等3人
#: 获得, 授予甲某、乙某等5人…): a preposition or a verb.
_LIST_OPENING_TAGS = ("p", "v")
#: Tags of a word that may be a name as well in a counted list: a name, and the place and
#: time words jieba reads in names that are words (边疆 s, 田野, 春雷, 晨曦 t); a noun (车间)
#: or a verb is an item of another kind.
_WORD_NAME_TAGS = frozenset({*NAME_TAGS, "s", "t", "ns"})


#: The most characters of a name of elements read alone between a list's marks.
_LONGEST_ITEM = 8


def _items_before_counted(text: str, start: int, tokens: Sequence[Token]) -> list[NameHit]:
    """由边疆、田野等3人获得: the items a 、 joins before the counted name are names too, a
    name that is a word (边疆, 田野) as well: the count of people says so. An item is a
    string of a name's shape alone between the marks, or one word of jieba's after the
    preposition or verb that opens the list; a word that is a noun or a verb stops it."""
    hits: list[NameHit] = []
    by_end = {t.end: t for t in tokens}
    while start > 1 and text[start - 1] == "、":
        end = start - 1
        lo = end
        while lo > 0 and is_cjk(text[lo - 1]) and end - lo < 4:
            lo -= 1
        word = by_end.get(end)
        if 2 <= end - lo <= 3 and (lo == 0 or not is_cjk(text[lo - 1])):
            item = (lo, end)  # alone between the marks: 、韦东山、
        elif word is not None and _opened_by(word, tokens):
            item = (word.start, end)  # 由|边疆、: the list's opening word before it
        elif (longer := _long_element_item(text, end)) is not None:
            item = (longer, end)  # 、额尔德木图、: a name of elements, longer than a Han name
        else:
            break
        name = text[item[0] : item[1]]
        worded = word if word and word.start == item[0] else None
        if not (_name_in_a_count(name, worded) or _one_element_item(text, *item)):
            break  # (额尔敦、那仁、李某某等8人: one name element alone is a name too)
        hits.append(NameHit(name, item[0], item[1], MentionSource.listed_name, LISTED))
        start = item[0]
    return hits


def _long_element_item(text: str, end: int) -> int | None:
    """The start of an item of four characters or more, alone between the marks and
    ending at ``end``, that is a name of Mongolian or Tibetan elements (with a final
    syllable: 额尔德木图): the walk back reads Han names of three characters at most."""
    lo = end
    while lo > 0 and is_cjk(text[lo - 1]) and end - lo < _LONGEST_ITEM:
        lo -= 1
    if end - lo < 4 or (lo > 0 and is_cjk(text[lo - 1])):
        return None
    return lo if _one_element_item(text, lo, end) is not None else None


def _opened_by(word: Token, tokens: Sequence[Token]) -> bool:
    before = next((t for t in tokens if t.end == word.start), None)
    return before is not None and before.tag.startswith(_LIST_OPENING_TAGS)


def _name_in_a_count(name: str, word: Token | None) -> bool:
    if not 2 <= len(name) <= 3 or split_name(name) is None:
        return False
    if word is None or not is_common_word(name):
        return True
    return word.tag in _WORD_NAME_TAGS


def _items(text: str) -> list[list[tuple[int, int]]]:
    """The sentences of ``text``, each as the spans of its items (parts between 、，；)."""
    sentences: list[list[tuple[int, int]]] = []
    items: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text + "\n"):
        if ch in _ITEM_MARKS or ch in SENTENCE_PART_END:
            if i > start:
                items.append((start, i))
            start = i + 1
        if ch in SENTENCE_PART_END:
            sentences.append(items)
            items = []
    return sentences


def _read_as_person(
    text: str, start: int, end: int, tokens: Sequence[Token], people: list[tuple[int, int]]
) -> bool:
    """A reader besides the list's shape reads a person at ``text[start:end]``: the
    model does, or jieba tags a name there (or an occupation or title ends right before
    it) and its dictionary holds no word of the whole string (not 50|余人, 石湾县, 黄金周:
    a count, a place, a word jieba tags a name; ``people``: the model's person spans)."""
    if overlaps_any(start, end, people):
        return True
    if tokenizer.frequency(text[start:end]):
        return False
    if any(t.tag in NAME_TAGS and t.start < end and start < t.end for t in tokens):
        return True
    return after_title_or_occupation(text, start)


def list_item_names(
    text: str, tokens: Sequence[Token], found: Sequence[tuple[int, int]]
) -> list[NameHit]:
    """The names ending the items of a list (three items at least) whose other items
    end, two of them at least, with a name found (``found``: the spans of the names
    read in ``text``): a list of winners, each a body, a post and a name."""
    ends = {e for _, e in found}
    hits: list[NameHit] = []
    lists = [
        items
        for items in _items(text)
        if len(items) >= _MIN_ITEMS and sum(1 for _, e in items if e in ends) >= _MIN_ANCHORED
    ]
    if not lists:
        return hits
    words, people = _WordStarts.of(tokens), person_spans(text)
    for items in lists:
        for s, e in items:
            if e in ends or any(s < fe and fs < e for fs, fe in found):
                continue
            name = _name_ending_at(text, e, words, s) or _one_element_item(text, s, e)
            if name is not None and _read_as_person(text, e - len(name), e, tokens, people):
                hits.append(NameHit(name, e - len(name), e, MentionSource.listed_name, LISTED))
    return hits


def _one_element_item(text: str, start: int, end: int) -> str | None:
    """苏和、布仁巴雅尔、宋某某: an item that is one Mongolian or Tibetan name element
    (``people.yaml`` name_elements, 苏和, 边巴), alone between the marks of a list whose
    other items end with names: jieba's dictionary holds some as words or places (苏和/ns),
    which the Han name shapes refuse. Seen opening the winners' list of an Inner Mongolia
    award report (s40, people23). So is a Uyghur name of transliterated elements printed
    by its given part alone (阿依古丽: :func:`.transliterated_elements.made_of_elements`),
    as Xinjiang's award lists print women's names (s43, people29)."""
    short = composed_name(text, start, alone=False, short=True) == end
    short = short or made_of_elements(text, start, end) or element_and_final(text, start, end)
    return text[start:end] if short and end - start >= 2 else None


def list_item_hits(
    paragraphs: Sequence[Paragraph],
    words_of: Callable[[Paragraph], list[Token]],
    hits: Sequence[tuple[Paragraph, NameHit]],
    roles: frozenset[str],
) -> list[tuple[Paragraph, NameHit]]:
    """:func:`list_item_names` of each paragraph of ``roles`` (``hits``: the article's
    (paragraph, hit) pairs found so far; ``words_of``: a paragraph's jieba words)."""
    out: list[tuple[Paragraph, NameHit]] = []
    for p in (p for p in paragraphs if p.role in roles):
        found = [(h.start, h.end) for q, h in hits if q is p]
        out += [(p, h) for h in list_item_names(p.text, words_of(p), found)]
    return out


def read_in_repeats(text: str, hit: NameHit, signals: Sequence[str], runs: Sequence[Run]) -> bool:
    """Whether a name the model or a list reads stands clear of unreadable text, or is
    the name of a counted group (甲某等10名) in a run flagged only for its repeats and
    read by two readers: a list of honours repeats its words (优秀工会工作者…优秀工会
    积极分子), and the names the counts close are read as well as anywhere (a name in a
    fragment the OCR printed twice, 罗某担负起, is no such name); or a transliterated
    name printed again close by, whose odd cuts (艾某·玉某某|老人家) the detector reads as
    a fragment out of step with the words: the repeat is the name, which prose repeats."""
    here = [r for r in runs if r.start < hit.end and hit.start < r.end]
    if not here:
        return True
    if not all(r.signals == ("repeat",) for r in here):
        return False
    counted = _COUNTED.match(text, hit.end) is not None
    written = text[hit.start : hit.end]
    named_again = is_transliterated(hit.name) and text.count(written) >= 2
    agreed = len(signals) >= 2
    return (counted and agreed) or named_again or _parallel_clause_name(text, hit, agreed)


def _parallel_clause_name(text: str, hit: NameHit, agreed: bool = False) -> bool:
    """A name printed once in a run flagged for its repeats alone: parallel clauses
    repeat their frame around a different name each (来自某地的甲某获得…一等奖，来自
    某地的乙某获得…一等奖; 省级劳模、某医院甲某，州级劳模、某局乙某), which the detector
    reads as the OCR's repeats; a fragment the OCR printed twice prints its name twice
    (苗某担负起，苗某担负起), or misreads a word as a name in a fragment printed again
    (罗实担负起带，切实担负起带: the run of characters across the name's edge is printed
    twice). Seen on real pages of five sites (session 24). A name of a rarer surname
    (丘某某, 柏某某) needs two readers (``agreed``: jieba tags it a name and the model
    reads it), as in an honours list repeating its units (原某厂甲、原某厂乙、原某厂丙;
    seen on three real pages of session 31)."""
    written = text[hit.start : hit.end]
    if text.count(written) != 1 or not is_plausible_name(hit.name, strong_context=agreed):
        return False
    edges = range(max(0, hit.start - _FRAGMENT + 1), min(hit.end, len(text) - _FRAGMENT + 1))
    return all(text.count(text[i : i + _FRAGMENT]) == 1 for i in edges)
