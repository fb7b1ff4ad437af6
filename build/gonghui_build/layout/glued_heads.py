"""A headline a text layer ran on to the last line of the item before it.

A PDF's text layer (an e-paper page, a printed page's layer) sometimes loses the line
break between one item's last line and the next item's headline, so the headline is read
as the tail of the item before: ``…会议补选某某为副主席。（某某）某某工会举办读书会``
and, on the next line, ``本报讯 3月7日，…``. The tail is the next item's headline when it
follows the end of a sentence (or the credit or continuation marker closing the item), is
shaped like a headline (short, no sentence end, :func:`is_display_text`) and the next
line opens a text with a dateline, the way an item opens under its headline
(:func:`unglue_heads` cuts it off as a group of its own). A line broken inside a
sentence is no such tail: a dateline does not carry on a sentence, and the part before
the tail must end one.

An OCR'd page may lose both breaks, the next item's dateline run on after its headline
on the same line (``…（某某）某某工会办学习班本报讯 某某工会…``): the line is cut first
before that dateline when the text before it ends in such a tail
(:func:`run_on_dateline_start`), then the tail is cut off as above.
"""

from __future__ import annotations

from gonghui_build.layout import cues
from gonghui_build.layout.continued_tails import continued_tail_start
from gonghui_build.layout.cues import DATELINE_RE, dateline_opens_text
from gonghui_build.layout.cuts import split_groups_at
from gonghui_build.layout.display import is_display_text, runs_on
from gonghui_build.layout.end_credits import end_credit_start
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.lines import Line
from gonghui_build.layout.photo_credits import photo_credit_start
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Fewest characters of a glued headline (shorter tails are a name or a word left over).
GLUED_HEAD_MIN = 6
#: Most characters of a glued headline (one printed headline line).
GLUED_HEAD_MAX = 30
#: Fewest characters of the text before it (a sentence of the item it is glued to).
GLUED_TEXT_MIN = 12
#: Where a tail may start: after a sentence's final mark, a credit's closing bracket or
#: a photo credit's 摄 (``…合影。本报记者 某某 摄某某职工篮球赛开赛``).
_TAIL_AFTER = "。！？!?）)摄"


def glued_head_start(text: str) -> int | None:
    """Where a headline run on to ``text`` after its last sentence (or closing credit)
    starts, or ``None``; the caller checks that the next line opens a dateline."""
    stripped = text.rstrip()
    for cut in range(len(stripped) - GLUED_HEAD_MIN, GLUED_TEXT_MIN - 1, -1):
        if stripped[cut - 1] not in _TAIL_AFTER or stripped[cut - 1 : cut + 1] == "摄影":
            continue
        tail = stripped[cut:].strip()
        if not GLUED_HEAD_MIN <= len(without_spaces(tail)) <= GLUED_HEAD_MAX:
            return None
        if not ("\u4e00" <= tail[0] <= "\u9fff") or not is_display_text(tail):
            return None
        photo_credit = photo_credit_start(stripped)
        if _credit_or_furniture(tail) or (photo_credit is not None and photo_credit >= cut):
            return None  # …参加。本报记者 某某 摄: the item's own credit, no headline
        before = stripped[:cut].rstrip()
        if (
            ends_sentence(before)
            or end_credit_start(before) is not None
            or continued_tail_start(before) is not None  # …。（下转第4版）某某工会…
            or (before.endswith("摄") and photo_credit_start(before) is not None)
        ):
            return cut
        return None
    return None


def _credit_or_furniture(tail: str) -> bool:
    """A credit (a byline, a photo credit) or a line of furniture (``下转第3版``) the
    item prints at its end, which is no headline."""
    return (
        end_credit_start(tail) == 0
        or bool(furniture_kind(tail))
        or cues.is_continuation_marker(tail)
    )


#: The characters a dateline ends on (本报讯, 某地电): where to look for one in a line.
_DATELINE_ENDS = "讯訊电電"
#: Most characters of a dateline before its 讯 or 电 (``某某日报某地``).
DATELINE_SPAN = 16


def run_on_dateline_start(text: str) -> int | None:
    """Where a dateline opening the next item starts inside ``text``, run on after that
    item's headline, itself run on after the last sentence (or credit) of the item before;
    ``None`` when the line holds no such pair. The latest start that reads as a dateline
    is taken: the dateline's own words are never the headline's."""
    least = GLUED_TEXT_MIN + GLUED_HEAD_MIN
    ends = [k for k, ch in enumerate(text) if ch in _DATELINE_ENDS and k > least]
    if not ends:
        return None
    starts = {p for k in ends for p in range(max(least, k - DATELINE_SPAN), k)}
    for p in sorted(starts, reverse=True):
        rest = text[p:]
        if DATELINE_RE.match(rest) and dateline_opens_text(rest):
            return p if glued_head_start(text[:p]) is not None else None
    return None


def _cut_run_on_datelines(groups: list[list[Line]]) -> list[list[Line]]:
    """``groups`` cut before each dateline run on inside a line (:func:`run_on_dateline_start`),
    so that the headline glued before it is a line's tail :func:`unglue_heads` can cut off."""
    cuts = {
        (g, k): p
        for g, group in enumerate(groups)
        for k, line in enumerate(group)
        if (p := run_on_dateline_start(line.text))
    }
    return split_groups_at(groups, cuts)


def _head_broken_on(text: str, cut: int, following: str) -> bool:
    """The tail glued at ``cut`` of ``text`` is a headline's first line, broken where it
    cannot stop (``…（某某）某厂工会办起``: a verb wanting its object), whose rest is the
    next line (``职工业余学校``: short, no sentence), itself over a dateline (the caller's
    condition): an OCR kept the break inside the head and lost the one before it."""
    rest = following.strip()
    return (
        runs_on(without_spaces(text[cut:]))
        and len(without_spaces(rest)) <= GLUED_HEAD_MAX
        and is_display_text(rest)
        and not _credit_or_furniture(rest)
    )


def unglue_heads(groups: list[list[Line]]) -> list[list[Line]]:
    """``groups`` with each headline glued to the line before a dateline cut off as a
    group of its own, and the group it was glued to ended there; so too a headline's
    first line glued there when its second line stands over the dateline."""
    groups = _cut_run_on_datelines(groups)
    places = [(g, k) for g, group in enumerate(groups) for k in range(len(group))]
    texts = [groups[g][k].text for g, k in places]
    dated = [dateline_opens_text(text) for text in texts] + [False]  # each line asked once
    cuts: dict[tuple[int, int], int] = {}
    for n, text in enumerate(texts[:-1]):
        over = dated[n + 1]
        if not over and not dated[n + 2]:
            continue  # no dateline under the line or the one after it: nothing glued
        cut = glued_head_start(text)
        if cut and (over or _head_broken_on(text, cut, texts[n + 1])):
            cuts[places[n]] = cut
    return split_groups_at(groups, cuts)
