"""Winners after a prize's label and a colon (``一等奖：王海洋（焊工）；二等奖：…``,
``二等奖：铸造车间 周密、林海``): results lists of skills contests print each grade's
winners so, one grade after another in a sentence or one a line, the winner's unit
before the names and set apart by a blank, or the trade in brackets after the name.

The label (``people.yaml`` prize_grades: 等奖, 优秀奖, 第一名…) stands to its winners
as a list does to its items:

* it is the second signal a name whose given name is a word (海洋, the sea) needs beside
  the model's reading (:func:`after_a_prize_label`, read by
  :func:`.model_bounds.worded_given_name` as a list's 、 or a closing 等 is);
* on a line of its own, the names after the unit and the blank are names whatever
  they mean as words (高峰, 周密), as a table's name column's are
  (:func:`prize_line_names`);
* in a sentence, where every item of the list after it is a unit whose name ends in an
  organisation's suffix and a name glued to it (二等奖：某公司李某、某电力公司高峰), the
  names are names whatever they mean as words: the label, the unit's suffix right before
  and the list's other items are three signals a word alone lacks
  (:func:`glued_unit_names`, seen on power and building companies' contest results, s46);
* with no label, a clause's list of two or more such items before a verb of winning and
  the grade it takes (一车间某某、二车间某某获得一等奖: ``people.yaml`` prize_verbs) reads
  so too, the grade after standing for the label before (a paper mill's contest, s47).

Read on union sites' and workers' papers' results lists (s41, people26).
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.extract.organisations.names import words as unit_words
from gonghui_build.extract.people.composed import of_elements
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.name_columns import is_name_cell
from gonghui_build.extract.people.name_length import names_a_place
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_plausible_name
from gonghui_build.vocabulary import MentionSource

#: The longest label read before a winner's name (岗位练兵技能比武一等奖).
_LABEL_MAX = 12
#: Confidence of a name after a prize line's unit.
_CONFIDENCE = 0.8
#: The names of one grade a line lists after the unit (周密、林海).
_NAMES_APART = "、"
#: The marks that close a grade's list in a sentence (二等奖：…；三等奖：…).
_LIST_ENDS = "。；;，,\n"
#: The sizes of a name glued to its unit, longest first: a surname and one or two
#: characters, or a name of Mongolian or Tibetan elements (朝格图, 苏和巴雅尔) up to six.
_GLUED_SIZES = (6, 5, 4, 3, 2)


@functools.cache
def _label() -> str:
    grades = lexicon.words("people.yaml", "prize_grades").pattern
    return rf"[\u4e00-\u9fff]{{0,{_LABEL_MAX}}}(?:{grades})[：:]\s*"


@functools.cache
def _label_before() -> re.Pattern[str]:
    """A prize's label and its colon ending the text, the label opening the text, a
    line or a clause (after 。；，、 or a blank)."""
    return re.compile(rf"(?:^|[\s。；;，,、]){_label()}$")


def after_a_prize_label(text: str, start: int) -> bool:
    """``text[start:]`` opens right after a prize's label and its colon (一等奖：|王某某)."""
    return _label_before().search(text[max(0, start - _LABEL_MAX - 8) : start]) is not None


def _a_place_and_more(name: str) -> bool:
    """东湖|队: jieba reads a place opening the cell and more after it, a team's or a
    unit's name (a name that is a place whole, 江源, stays one)."""
    tokens = tokenizer.tag_tokens(name)
    return len(tokens) > 1 and tokens[0].tag == "ns" and len(tokens[0].word) >= 2


def prize_line_names(text: str, breaks: frozenset[int]) -> list[NameHit]:
    """The winners of a line that is a prize's label, a colon, a unit and, after a blank
    the page printed (``breaks``), names joined by 、 (一等奖：装配车间 高峰): every
    piece after the blank a name cell (:func:`.name_columns.is_name_cell`) and no body
    (东湖队: :func:`_a_place_and_more`), the unit no name (一等奖：王某 李某 is a roll:
    :mod:`.rolls`)."""
    label = re.match(_label(), text)
    end = len(text.rstrip())
    last = max((b for b in breaks if label and label.end() < b < end), default=None)
    if label is not None and last is None and (alone := _names_alone(text, label.end(), end)):
        return alone
    if label is None or last is None:
        return glued_unit_names(text)
    unit = text[label.end() : last].strip()
    if len(unit) < 2 or not all(is_cjk(c) for c in unit) or is_name_cell(unit):
        return []
    hits: list[NameHit] = []
    at = last
    for name in text[last:end].split(_NAMES_APART):
        if not is_name_cell(name) or suffix_of(name) is not None or _a_place_and_more(name):
            return []
        hits.append(NameHit(name, at, at + len(name), MentionSource.listed_name, _CONFIDENCE))
        at += len(name) + len(_NAMES_APART)
    return hits


def _names_alone(text: str, start: int, end: int) -> list[NameHit]:
    """The winners of a line that is a prize's label, a colon and nothing but names
    joined by 、 (数控车工组一等奖：上官某某): each a name cell (:func:`.name_columns.
    is_name_cell`) a name's rules accept after a title (the label standing for it), no
    body and no place (张家口); none when any item is not so."""
    hits: list[NameHit] = []
    at = start
    for name in text[start:end].split(_NAMES_APART):
        if not is_name_cell(name) or not is_plausible_name(name, strong_context=True):
            return []
        if suffix_of(name) is not None or names_a_place(name) or _a_place_and_more(name):
            return []
        hits.append(NameHit(name, at, at + len(name), MentionSource.listed_name, _CONFIDENCE))
        at += len(name) + len(_NAMES_APART)
    return hits


@functools.cache
def _label_in_text() -> re.Pattern[str]:
    """A prize's label and its colon opening the text, a line or a clause."""
    return re.compile(rf"(?:^|(?<=[\s。；;，,、])){_label()}")


def _glued_name(item: str) -> int | None:
    """Where the name starts in an item that is a unit and a name glued to it
    (某电力公司|高峰, 某电力公司|朝格图: a Han name's shape or a name of elements,
    :func:`.composed.of_elements`), when exactly one size reads so."""
    if _ends_a_unit(item):
        return None  # 某电力公司: a unit alone, no name glued to it
    found = [
        len(item) - size
        for size in _GLUED_SIZES
        if len(item) - size > 2
        and _ends_a_unit(item[: len(item) - size])
        and _glued_shape(item[len(item) - size :])
    ]
    return found[0] if len(found) == 1 else None


def _ends_a_unit(text: str) -> bool:
    """``text`` ends in an organisation's suffix (某电力公司) or in the ending of a unit
    inside a body (``org_suffixes.yaml`` unit_endings: 某机械厂一车间, 某公司某项目部):
    contest results print a winner glued to the workshop as to the company (二等奖：某厂
    一车间某某、某公司二车间某某), and a name of elements there is read by no other rule."""
    return suffix_of(text) is not None or unit_words("unit_endings").ending(text) is not None


def _glued_shape(name: str) -> bool:
    """A Han name's shape of two or three characters, or a name of elements."""
    return (len(name) <= 3 and is_name_cell(name)) or of_elements(name)


def _glued_items(text: str, start: int, stop: int) -> list[NameHit]:
    """The names of ``text[start:stop]`` when every item of it (parted by 、) is a unit
    and a name glued to it; none when one item is of another shape."""
    found: list[NameHit] = []
    at = start
    for item in text[start:stop].split(_NAMES_APART):
        cut = _glued_name(item) if all(map(is_cjk, item)) else None
        if cut is None:
            return []
        found.append(
            NameHit(item[cut:], at + cut, at + len(item), MentionSource.listed_name, _CONFIDENCE)
        )
        at += len(item) + len(_NAMES_APART)
    return found


@functools.cache
def _prize_after() -> re.Pattern[str]:
    """A verb of winning and the grade it takes (获得一等奖, 分别获得一、二等奖, 荣获
    技能比武第一名: ``people.yaml`` prize_verbs and prize_grades) after a clause's list."""
    verbs = lexicon.words("people.yaml", "prize_verbs").pattern
    grades = lexicon.words("people.yaml", "prize_grades").pattern
    return re.compile(rf"(?:{verbs})[\u4e00-\u9fff、（）()“”]{{0,{_LABEL_MAX}}}?(?:{grades})")


def glued_unit_names(text: str) -> list[NameHit]:
    """The winners of the lists after a prize's label whose every item is a unit and a
    name glued to it (二等奖：某建筑公司李某、某电力公司高峰): a list with one item of
    another shape (a name alone, a team) reads none, so a unit's name that merely ends
    in a name-shaped word is not cut. A clause that lists two or more such items before
    a verb of winning and its grade (某车间某某、某车间某某获得一等奖) reads so too: the
    grade after stands for the label before, and a single item, which the list's other
    items do not back, is left to the other rules."""
    hits: list[NameHit] = []
    for label in _label_in_text().finditer(text):
        stop = next((i for i in range(label.end(), len(text)) if text[i] in _LIST_ENDS), len(text))
        hits += _glued_items(text, label.end(), stop)
    for prize in _prize_after().finditer(text):
        start = max(text.rfind(c, 0, prize.start()) for c in _LIST_ENDS + "：:") + 1
        if _NAMES_APART in text[start : prize.start()]:
            hits += _glued_items(text, start, prize.start())
    return hits
