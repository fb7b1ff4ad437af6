"""The last line of a head that is not its headline nor the headline's rest: a note or a
source under the title, a slogan or a line of facts set as its subtitle (read by
:func:`headroles.head_roles`)."""

from __future__ import annotations

import re

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.furniture import (
    POSTED_DAY,
    TIME_OF_DAY,
    is_header_field,
    names_an_institution,
)
from gonghui_build.layout.head_chrome import head_words
from gonghui_build.layout.shapes import Shape
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import in_brackets, without_spaces

#: Longest note in brackets under a title read as its subtitle.
NOTE_MAX = 20


def bracketed_note(block: Block) -> bool:
    """A short note under a title (``（共12名）``, ``（排名不分先后）``, ``按姓氏笔画排序``):
    what the title's list holds or how it is ordered, said under it, no headline. In
    brackets, or one of the ordering notes of ``reference/head_words.yaml`` bare."""
    compact = without_spaces(block.plain)
    return (
        len(block.lines) == 1
        and len(compact) <= NOTE_MAX
        and (in_brackets(compact) or compact in head_words("order_notes"))
    )


def source_under_title(blocks: list[Block], rest: list[int]) -> bool:
    """The head's last line names an institution alone (``某某县总工会``) under a longer
    line that does not: the account or site a copy comes from, printed under its title
    (a kicker naming a body is printed over the headline, never under it); so is any
    short name over a post's bare stamp row (:func:`_account_over_stamp`)."""
    if len(rest) < 2:
        return False
    last, above = blocks[rest[-1]], blocks[rest[-2]]
    longer = len(without_spaces(above.plain)) > len(without_spaces(last.plain))
    if _account_over_stamp(blocks, rest[-1]):
        return longer  # a shorter line over it is the account, this the title (lay25)
    return names_an_institution(last.plain) and not names_an_institution(above.plain) and longer


#: A WeChat post's stamp row: the day, the time, where it was posted from (``2025年9月27日
#: 18:06 福建``), naming no account.
_BARE_STAMP_RE = re.compile(rf"^\s*{POSTED_DAY}{TIME_OF_DAY}(?:\s+[\u4e00-\u9fff]{{2,3}})?\s*$")
#: An account's name: a few words, no mark of a sentence or a phrase.
_ACCOUNT_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{2,12}$")


def _account_over_stamp(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a short name right over a post's bare stamp row: the account a
    WeChat post names once under its title (``某某职工`` / ``2025年9月27日 18:06 福建``),
    no headline's second line, whatever its words."""
    return (
        i + 1 < len(blocks)
        and len(blocks[i].lines) == 1
        and bool(_ACCOUNT_RE.match(without_spaces(blocks[i].plain)))
        and bool(_BARE_STAMP_RE.match(blocks[i + 1].plain))
    )


#: Phrases of a slogan line (``交互体验好 服务项目实 职工黏性强``): how many, how long.
SLOGAN_PHRASES = (2, 4)
SLOGAN_PHRASE_MAX = 8
#: Shortest clause of a subtitle that sums up facts in clauses apart by blanks.
FACT_CLAUSE_MIN = 4
#: Shortest title over a slogan line.
SLOGAN_TITLE_MIN = 8


def slogan(text: str) -> bool:
    """Two to four short phrases set apart by spaces, nothing else."""
    phrases = text.split()
    low, high = SLOGAN_PHRASES
    return low <= len(phrases) <= high and all(
        2 <= len(p) <= SLOGAN_PHRASE_MAX and not any(ch in "，,：:" for ch in p) for p in phrases
    )


def slogan_under_title(blocks: list[Block], shapes: list[Shape], rest: list[int]) -> bool:
    """A web page's two-line head over its header fields (``来源：…``) whose last line is
    a slogan of parallel phrases under a title of one piece: the page prints its title
    first and the slogan under it (its subtitle, the dash left out)."""
    if len(rest) != 2 or any(shapes[i] is Shape.DASH for i in rest):
        return False
    title, last = blocks[rest[0]].plain.strip(), blocks[rest[1]].plain.strip()
    fields = rest[1] + 1 < len(blocks) and shapes[rest[1] + 1] is Shape.FURNITURE
    return (
        fields
        and is_header_field(blocks[rest[1] + 1].plain)
        and slogan(last)
        and not slogan(title)
        and len(title.split()) == 1
        and len(title) >= SLOGAN_TITLE_MIN
    )


def facts_under_title(blocks: list[Block], rest: list[int]) -> bool:
    """A head's last line of two or more clauses apart by blanks, one too long for a
    slogan (``三十名职工获奖章 二十个单位获奖状``), under a one-phrase title: the subtitle
    that sums up the facts (副题), not the rest of the title nor a headline of its own.
    Each fact holds its verb: a first part naming its subject only (``全省八百多个基层工会
    年底前建成职工书屋``) is one clause set apart at its predicate, the headline under a
    kicker (``各地工会为职工办实事``)."""
    if len(rest) < 2:
        return False
    title, last = blocks[rest[-2]].plain.strip(), blocks[rest[-1]].plain.strip()
    clauses = last.split()
    return (
        len(blocks[rest[-1]].lines) == 1
        and len(clauses) >= 2
        and all(len(c) >= FACT_CLAUSE_MIN for c in clauses)
        and any(len(c) > SLOGAN_PHRASE_MAX for c in clauses)
        and not any(ch in "，,。：:" for ch in last)
        and len(title.split()) == 1
        and len(title) >= SLOGAN_TITLE_MIN
        and _holds_verb(clauses[0])
    )


def _holds_verb(clause: str) -> bool:
    """Some word of ``clause`` is tagged a verb: a fact, not a subject alone."""
    return any(t.tag.startswith("v") for t in tokenizer.tag_tokens(clause))
