"""Rosters and lists: lines that are each a paragraph of their own.

**Rosters** are lists of people printed one to a line, a name, a blank, then what they
are.

Notices, award lists and yearbooks print their members that way (``组  长：某某某 区总工会
主席``, ``上海：某某 某某中学教师``, ``某  某 区总工会副主席`` with a two-character name
padded to the width of three). A roster line is no caption, heading or broken line of
running text: each is a paragraph of its own, and the blank after the name separates
the name from the organisation and post (without it the name runs into them). A single
such line proves nothing; a run of them is a roster.

**Award lists** an award's report prints after its text (``1.某公司某厂电焊工 某某``,
``焊工：某某（某公司电焊工）``, ``副主席：某某　某某``, ``某市第三医院 施　某``): three such
lines or more whose names a surname list knows make a list, each line a paragraph of it
(:func:`winner_lines`), a line with the name last keeping the blank before it.

**Lists after a colon**: a paragraph that ends on a colon (``当选名单如下：``, ``…获得者
如下：``) over short lines that hold no sentence (``主　席：某某``, ``电工：某某（某公司电工）``)
— each line an item of the list, a paragraph, never a caption or a heading.

**Counted lists** a notice prints under a numbered heading that gives the list's size
(``一、某某奖状（5个）`` over the units, one a line): each line is a paragraph of the list,
never a caption or the page's footer; the heading stays a heading.

Tables, Markdown or spaced, whose rows are paragraphs the same way, are read by
:mod:`tables`.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import SENTENCE_MARKS, without_spaces
from gonghui_build.text.names import NAME_DOTS, is_name_shaped, is_transliterated
from gonghui_build.text.numbers import TEN_NUMERALS

if TYPE_CHECKING:
    from collections.abc import Callable

    from gonghui_build.layout.blocks import Block

#: Fewest consecutive roster-shaped lines read as a roster.
ROSTER_RUN_MIN = 3
#: Longest roster line (characters without blanks).
ROSTER_LINE_MAX = 60
_BLANK = r"[ \t\u3000\u00a0]"
#: A name printed last or first on a list's line, set apart by blanks: two to four
#: characters, or two a list pads to the width of three (``施　某``: award lists and a
#: union site's box of its leaders align their names so). Read here, by
#: ``layout.leader_boxes`` and by ``extract.people.rosters``.
LISTED_NAME = rf"[\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{_BLANK}{{1,3}}[\u4e00-\u9fff]"
#: An optional list number (``1.``, ``2、``: a list of people honoured, name first,
#: numbered under ``名单如下：``), an optional label and its colon (``组  长：``, ``上海：``),
#: a name of two to four characters (blanks padding it allowed) or a transliterated name
#: of parts joined by a middle dot (``某某某·某某``), an optional bracketed note on the
#: person (``某某某（回族）``, ``某某（女）``), blanks, then the rest of the line.
_ROSTER_RE = re.compile(
    rf"^{_BLANK}*(?:\d{{1,3}}[.．、]{_BLANK}*)?"
    rf"(?:[\u4e00-\u9fff](?:{_BLANK}*[\u4e00-\u9fff]){{0,5}}{_BLANK}*[:：]{_BLANK}*)?"
    rf"(?P<name>[\u4e00-\u9fff]{{1,8}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}}){{1,2}}"
    rf"|[\u4e00-\u9fff](?:{_BLANK}{{0,3}}[\u4e00-\u9fff]){{1,3}}?)"
    rf"(?:[（(][\u4e00-\u9fff，、,]{{1,6}}[）)])?"
    rf"(?P<gap>{_BLANK}+)(?P<rest>\S.*?){_BLANK}*$"
)
#: A grade closing a roster line after a comma (``某公司班组长，高级技师``, ``…站长，研 究员``):
#: lists of model workers print the person's professional grade so, no sentence. Read
#: here and by ``extract.people.rosters``, which holds the grade as a second post.
GRADE_TAIL = re.compile(rf"[，,]{_BLANK}*((?:[\u4e00-\u9fff]{_BLANK}?){{2,12}})$")


def _without_grade(rest: str) -> str:
    """``rest`` without a grade closing it after a comma (:data:`GRADE_TAIL`): a phrase
    ending as a title or another post does (``titles.yaml``, as ``extract.people.titles.
    is_post`` reads posts)."""
    tail = GRADE_TAIL.search(rest)
    if tail is None:
        return rest
    grade = without_spaces(tail.group(1))
    post_endings = lexicon.words("titles.yaml", "post_endings")
    if lexicon.titles().at_end.search(grade) or post_endings.ending(grade):
        return rest[: tail.start()]
    return rest


def name_gap(line: str) -> tuple[int, int] | None:
    """The span in ``line`` of the blanks between a roster line's name and what follows
    it (the post), or None when ``line`` is not shaped as a roster line."""
    match = _ROSTER_RE.match(line)
    if not match or "\n" in line:
        return None
    rest = without_spaces(_without_grade(match.group("rest")))
    if (
        len(without_spaces(line)) > ROSTER_LINE_MAX
        or len(rest) < 2
        or any(ch in SENTENCE_MARKS for ch in rest)
        or not _name_like(without_spaces(match.group("name")))
    ):
        return None
    return match.span("gap")


def _name_like(name: str) -> bool:
    return is_transliterated(name) or is_name_shaped(name)


def runs_of_lines(
    blocks: list[Block], skip: set[int], shaped: Callable[[str], object], fewest: int
) -> frozenset[int]:
    """The blocks (indices) in runs of at least ``fewest`` one-line blocks whose text is
    ``shaped``, none in ``skip`` (furniture): the rows of a list, one a line."""
    out: set[int] = set()
    run: list[int] = []
    for b in [*blocks, None]:
        if b is not None and b.index not in skip and len(b.lines) == 1 and shaped(b.plain):
            run.append(b.index)
            continue
        if len(run) >= fewest:
            out.update(run)
        run = []
    return frozenset(out)


#: An award list's line with the person last: its number, the unit and the post, a
#: blank, the name (``3.某某钢铁有限公司炼铁厂高炉工长 某某某``).
_NUMBERED_WINNER_RE = re.compile(
    rf"^{_BLANK}*\d{{1,3}}[.．、]{_BLANK}*(?P<rest>\S.*?){_BLANK}+(?P<name>[\u4e00-\u9fff{NAME_DOTS}]{{2,12}})"
    rf"{_BLANK}*$"
)
#: An award list's line with the person last and no number: the unit (and the post), a
#: blank, the name, a name of two perhaps padded to the width of three (``某市第三医院
#: 施　某``, ``某公司电工 某某某``): prize lists of a trade print them so.
_CLOSING_WINNER_RE = re.compile(
    rf"^{_BLANK}*(?P<rest>[\u4e00-\u9fff]\S{{3,}}?){_BLANK}+"
    rf"(?P<name>{LISTED_NAME}){_BLANK}*$"
)
#: An award list's line with the person after the item's label and the unit and post in
#: brackets after the name (``焊工：某某某（某某重工有限公司电焊工）``).
_LABELLED_WINNER_RE = re.compile(
    rf"^{_BLANK}*[\u4e00-\u9fff]{{1,10}}{_BLANK}*[:：]{_BLANK}*"
    rf"(?P<name>[\u4e00-\u9fff{NAME_DOTS}]{{2,12}})[（(](?P<rest>[^（()）]{{2,40}})[）)]{_BLANK}*$"
)

#: An election's officers, one post a line, its holders after the colon apart by blanks,
#: each perhaps with a note in brackets (``副主席：某某（女）　某某某（兼职）``).
_OFFICERS_RE = re.compile(
    rf"^{_BLANK}*[\u4e00-\u9fff](?:{_BLANK}*[\u4e00-\u9fff]){{1,11}}{_BLANK}*[:：]{_BLANK}*"
    rf"(?P<name>[\u4e00-\u9fff{NAME_DOTS}]{{2,12}})(?:[（(][\u4e00-\u9fff]{{1,4}}[）)])?"
    rf"(?P<rest>(?:{_BLANK}+[\u4e00-\u9fff{NAME_DOTS}]{{2,12}}(?:[（(][\u4e00-\u9fff]{{1,4}}[）)])?)*)"
    rf"{_BLANK}*$"
)


def winner_name(line: str) -> str | None:
    """The (first) name on a line of an award list naming one person with the unit and
    the post, numbered with the name last or labelled with the unit and post in
    brackets after the name, or on a line of an election's officers (a post, a colon,
    its holders); None when the line is no such line (a sentence, a longer line)."""
    match = (
        _NUMBERED_WINNER_RE.match(line)
        or _LABELLED_WINNER_RE.match(line)
        or _OFFICERS_RE.match(line)
        or _CLOSING_WINNER_RE.match(line)
    )
    if not match or "\n" in line or len(without_spaces(line)) > ROSTER_LINE_MAX:
        return None
    if _credit_key_re().match(line):
        return None  # 撰稿：某某 某某 under a post's text: its credit, no officer's post
    rest = without_spaces(match.group("rest"))
    name = without_spaces(match.group("name"))
    return None if any(ch in SENTENCE_MARKS for ch in rest) else name


@functools.cache
def _credit_key_re() -> re.Pattern[str]:
    """A writer's or an editor's key and its colon opening a line (``撰稿：``, ``摄影：``,
    ``编辑：``): the line credits the item, as an officer's post keys a roster's line."""
    keys = lexicon.alternation(
        [
            *lexicon.keyed("bylines.yaml", "keyed_roles"),
            *lexicon.keyed("bylines.yaml", "role_words"),
            *lexicon.words("page_furniture.yaml", "editor_keys"),
        ]
    )
    return re.compile(rf"^{_BLANK}*(?:{keys}){_BLANK}*[:：]")


def closing_name_gap(line: str) -> tuple[int, int] | None:
    """The span in ``line`` of the blanks before the name closing an award list's line
    with no number (``某市第三医院 施　某``: :data:`_CLOSING_WINNER_RE`), or None: the one
    space such a row keeps, as a roster line keeps the one after its name."""
    match = _CLOSING_WINNER_RE.match(line)
    if match is None or winner_name(line) is None:
        return None
    return match.end("rest"), match.start("name")


def winner_lines(blocks: list[Block], skip: set[int]) -> frozenset[int]:
    """The blocks (indices) of an award list's lines (:func:`winner_name`): runs of
    one-line blocks of that shape, none in ``skip`` (furniture), at least
    ``ROSTER_RUN_MIN`` of them with a name a surname list knows (a Tibetan name, no
    surname, may stand among them), each a paragraph of the list."""
    out: set[int] = set()
    run: list[int] = []
    named = 0
    for b in [*blocks, None]:
        name = winner_name(b.plain) if b is not None and len(b.lines) == 1 else None
        if b is not None and b.index not in skip and name is not None:
            run.append(b.index)
            named += _name_like(name)
            continue
        if named >= ROSTER_RUN_MIN:
            out.update(run)
        run, named = [], 0
    return frozenset(out)


def _either_way_row(line: str) -> bool:
    """A list's row with its name first (``某某某  区总工会主席``) or last (``区教育工会主席
    某某某``), the name one a surname list knows; a line a writer's key opens (``撰稿：某某
    某某`` under a list's rows, a post's closing block) credits the item, no row."""
    if _credit_key_re().match(line):
        return False
    if name_gap(line) is not None:
        return True
    name = winner_name(line)
    return name is not None and _name_like(name)


def mixed_roster_lines(blocks: list[Block], skip: set[int]) -> frozenset[int]:
    """The blocks (indices) of a roster's lines, ``ROSTER_RUN_MIN`` or more in a row, each
    printing the name first (``某某  区总工会主席``: :func:`name_gap`) or last (``区教育工
    会主席  某某``): a roster read one way, or a committee's list set from two sources, too
    few rows of either way in a row for :func:`winner_lines`. (It holds every run of
    name-first lines alone, which it replaced.)"""
    return runs_of_lines(blocks, skip, _either_way_row, ROSTER_RUN_MIN)


#: A numbered heading that counts the list under it (``一、某某奖状（5个）``,
#: ``二、某某奖章（共8名）``): an ordinal, a few words, the count in brackets, maybe with a
#: note on the order after it (``（9人，按姓氏笔画排序）``).
_COUNTED_HEADING_RE = re.compile(
    rf"^[{TEN_NUMERALS}]{{1,3}}[、.．][^，。；：:]{{2,30}}"
    r"[（(]共?\d{1,4}[个名人家项位](?:[，,][^，。；（）()]{1,12})?[）)]$"
)
#: Fewest lines of a counted list.
COUNTED_LIST_MIN = 2


def is_counted_heading(text: str) -> bool:
    """Whether one line is a counted list's heading (``二、某市劳动模范（4名）``): a line
    by itself, never run on into the list's first item under it."""
    return bool(_COUNTED_HEADING_RE.match(without_spaces(text)))


def counted_headings(blocks: list[Block]) -> frozenset[int]:
    """The one-line blocks shaped as a counted list's heading (:data:`_COUNTED_HEADING_RE`),
    whatever shape the note in their brackets gave them (``（9人，按姓氏笔画排序）``
    holds a comma): headings, never text."""
    return frozenset(b.index for b in blocks if len(b.lines) == 1 and is_counted_heading(b.plain))


def counted_list_items(
    blocks: list[Block], display: set[int], furniture: set[int]
) -> frozenset[int]:
    """The blocks (indices) that are the items of counted lists: the one-line display
    blocks (``display``) under a counted heading (:data:`_COUNTED_HEADING_RE`), up to the
    next heading, the first block of another shape, or a line right over ``furniture``
    (the issuer's signature over the document's date). Items hold no sentence."""
    out: set[int] = set()
    k = 0
    while k < len(blocks):
        if k not in display or not is_counted_heading(blocks[k].plain):
            k += 1
            continue
        items: list[int] = []
        j = k + 1
        while j < len(blocks) and _list_item(blocks[j], display) and j + 1 not in furniture:
            items.append(j)
            j += 1
        if len(items) >= COUNTED_LIST_MIN:
            out.update(items)
        k = j
    return frozenset(out)


def _list_item(block: Block, display: set[int]) -> bool:
    text = without_spaces(block.plain)
    return (
        block.index in display
        and len(block.lines) == 1
        and len(text) <= ROSTER_LINE_MAX
        and not _COUNTED_HEADING_RE.match(text)
        and not any(ch in SENTENCE_MARKS for ch in text)
    )


#: Fewest lines of a list after a colon.
COLON_LIST_MIN = 2


def colon_list_items(blocks: list[Block], display: set[int], text: set[int]) -> frozenset[int]:
    """The blocks (indices) that are the items of a list led in by a paragraph of running
    text (``text``) ending on a colon: the one-line display blocks (``display``) right
    under it that hold no sentence and each a label before its own colon (a post, a
    contest's event: ``副主席：某某``), up to the first block of another shape; two or
    more make a list."""
    out: set[int] = set()
    for k in sorted(text):
        if not without_spaces(blocks[k].plain).endswith(("：", ":")):
            continue
        items: list[int] = []
        j = k + 1
        while j < len(blocks) and _list_item(blocks[j], display) and _labelled(blocks[j]):
            items.append(j)
            j += 1
        if len(items) >= COLON_LIST_MIN:
            out.update(items)
    return frozenset(out)


#: A list item's label before its colon (``常务副主席：``, ``数控车工：``).
_LABEL_RE = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,11}[：:]\S")


def _labelled(block: Block) -> bool:
    return bool(_LABEL_RE.match(block.plain.strip()))
