"""Rows of a table of people (序号 姓名 性别 民族 工作单位及职务): an item's number, the
name, the sex (男, 女), the nationality (汉族, 彝族, 哈尼族) and the unit and post, one
person a row, as notices of honours and lists of delegates print them. Reading the
page loses the cells' tabs (``2普某某女彝族某县人民医院护士长``): the sex and the
nationality right after the name say where it ends, whatever the name's shape (a given
name that is a word, 某文学, or of no Han shape), and the rest of the row is a roster's
body and post (:mod:`.rosters`). Lists of winners print a like row as a label, a
colon, the name and the unit and post in brackets (``电工：某某（某电气有限公司维修电工）``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import composed_name
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.rosters import roster_claims, roster_line
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.names import is_transliterated, split_name
from gonghui_build.vocabulary import MentionSource


@cache
def _sex_and_people() -> str:
    """The sex cell and the people's cell after it (男 汉族; the 56 peoples,
    ``people.yaml`` ethnic_groups)."""
    return r"\s*[男女]\s*(?:" + lexicon.words("people.yaml", "ethnic_groups").pattern + ")"


@cache
def _row() -> re.Pattern[str]:
    """An item's number, the name, the sex and the people, cells run together or set
    apart by spaces; the name is the longest run of characters the two cells close."""
    name = r"\s*(?:\d{1,3}[.．、]?\s*)?(?P<name>[\u4e00-\u9fff·]{2,12})"
    return re.compile(name + _sex_and_people() + r"(?=\s*\S)")


@cache
def _sex_and_nationality() -> re.Pattern[str]:
    """The sex and people cells right after a name."""
    return re.compile(_sex_and_people())


#: Confidence of a name a table row's cells delimit.
ROW_CONFIDENCE = 0.85


def table_row_person(text: str) -> NameHit | None:
    """The person of a table row, with the post its unit and post cell states."""
    found = _row().match(text)
    if found is None:
        return None
    name = found.group("name")
    start = found.start("name")
    whole = split_name(name) or is_transliterated(name) or composed_name(name, 0, True)
    if not whole:
        return None
    source = MentionSource.name_before_title
    claims = _claims(text, name, found.end())
    return NameHit(name, start, start + len(name), source, ROW_CONFIDENCE, claims)


#: An item of a list of winners: a label (the event, the prize), a colon, the name and
#: the unit and post in brackets, alone on its line.
_LABELLED = re.compile(
    r"\s*[\u4e00-\u9fff]{1,10}[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,8})"
    r"[（(](?P<held>[^（）()，。；\n]{4,40})[)）]\s*$"
)


def labelled_item_person(text: str) -> NameHit | None:
    """The person of a labelled item of a list of winners (焊工：某某（某公司电焊工）),
    with the post the brackets state at the body they name; None when the brackets
    state no post at a body."""
    found = _LABELLED.match(text)
    if found is None:
        return None
    name, start = found.group("name"), found.start("name")
    if not (split_name(name) or is_transliterated(name) or composed_name(name, 0, True)):
        return None
    claims = _claims(text, name, found.start("held") - 1)
    if not claims:
        return None
    source = MentionSource.name_before_title
    return NameHit(name, start, start + len(name), source, ROW_CONFIDENCE, claims)


def closes_row(text: str, end: int) -> bool:
    """The sex and nationality cells of a table row follow ``end``: the name ends
    there (no model's reading runs it on, 某某|男)."""
    return _sex_and_nationality().match(text, end) is not None


def _claims(text: str, name: str, rest: int) -> tuple[TitleClaim, ...]:
    """The post the row's last cell states at the body it names, read as a roster line
    of the name and that cell, its offsets moved to the row's."""
    cell = text[rest:].strip().strip("（）()")
    line = f"{name} {cell}"
    found = roster_line(line)
    if found is None:
        return ()
    shift = text.index(cell, rest) - (len(name) + 1)
    return tuple(
        replace(
            c,
            org_offset=None if c.org_offset is None else c.org_offset + shift,
            start=c.start + shift,
            end=c.end + shift,
        )
        for c in roster_claims(found, len(line))
    )
