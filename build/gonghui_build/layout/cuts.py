"""Cuts inside a group of lines: where one printed line holds two blocks.

An entry head opening a yearbook entry (``【…】``), a credit closing a text
(``…参加。（王立群）``), a breadcrumb or a web page's metadata run on into a title, a title
run on into its text's dateline: each is a block of its own, cut at the character where
it starts (:func:`split_group`).
"""

from __future__ import annotations

from itertools import pairwise

from gonghui_build.layout import cues
from gonghui_build.layout.book_heads import glued_head_cut
from gonghui_build.layout.display import is_display_text, is_tagged_headline
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.kicker_lines import kicker_head_start
from gonghui_build.layout.lines import Line
from gonghui_build.layout.square_credits import SQUARES
from gonghui_build.layout.table_bars import trailing_bars_start
from gonghui_build.layout.title_marks import site_name_cut, title_mark_cut
from gonghui_build.layout.title_meta import (
    crumb_title_start,
    fields_before_text,
    meta_tail_start,
    title_date_start,
    title_dateline_start,
    title_meta_start,
    title_tail_start,
)
from gonghui_build.text.chars import ends_sentence, without_spaces
from gonghui_build.text.script import PINYIN_GLOSS_RE

#: Longest entry head (characters up to its 】) closed on the line after it opened.
ENTRY_HEAD_MAX = 16


def strip_markup(text: str) -> str:
    """The text without Markdown marks, HTML tags a copy left in it, control characters,
    or the pinyin readings a mirror site glosses after characters (``工会(huì)``): the
    paragraphs drop those readings as a repair, so the layout reads the line as the
    paper printed it (a gloss after each character hides a headline's shape)."""
    plain = text.lstrip("#").strip() if text.startswith("#") else text
    plain = cues.HTML_TAG_RE.sub("", cues.CONTROL_RE.sub("", plain))
    plain = PINYIN_GLOSS_RE.sub("", plain)
    return plain.replace("**", "").strip()


def _glossed_offset(text: str, cut: int) -> int:
    """Where in ``text`` the character ``cut`` characters into its gloss-free reading
    (:func:`strip_markup`) stands: a gloss stays with the character it reads."""
    for match in PINYIN_GLOSS_RE.finditer(text):
        if match.start() > cut:
            break
        cut += match.end() - match.start()
    return cut


def split_line(line: Line, cut: int) -> tuple[Line, Line]:
    """``line`` cut ``cut`` characters in, blanks at the cut left out."""
    left = line.text[:cut].rstrip()
    right_text = line.text[cut:]
    right = right_text.lstrip()
    head = Line(line.start, line.start + len(left), left, line.blank_before, line.indent, line.seam)
    offset = line.start + cut + (len(right_text) - len(right))
    return head, Line(offset, line.end, right)


def split_groups_at(groups: list[list[Line]], cuts: dict[tuple[int, int], int]) -> list[list[Line]]:
    """``groups`` with line ``k`` of group ``g`` cut at ``cuts[(g, k)]``: the group it
    stood in ends with the part before the cut, and the part after is a group of its own
    (a headline glued to the item before, a continuation marker closing a line)."""
    if not cuts:
        return groups
    out: list[list[Line]] = []
    for g, group in enumerate(groups):
        current: list[Line] = []
        for k, line in enumerate(group):
            if (g, k) not in cuts:
                current.append(line)
                continue
            before, after = split_line(line, cuts[(g, k)])
            out.append([*current, before])
            out.append([after])
            current = []
        if current:
            out.append(current)
    return out


def broken_entry_head(group: list[Line]) -> int | None:
    """Where the second line of ``group`` goes on after an entry head that a narrow
    column broke over two lines (``【区总工会召开十二届三次全`` / ``委会】 1月17日，…``)."""
    if len(group) < 2 or not unclosed_bracket(group[0].text) or not _closes_head(group[1].text):
        return None
    head = cues.ENTRY_HEAD_RE.match(group[0].text + group[1].text)
    if not head or cues.is_label(head.group(1)):
        return None
    return head.end() - len(group[0].text)


def _closes_head(text: str) -> bool:
    """A line that closes an entry head opened on the line before (``委会】 1月17日…``)."""
    close = text.find("】")
    return 0 < close < ENTRY_HEAD_MAX and "【" not in text[:close]


def unclosed_bracket(text: str) -> bool:
    """A line that opens an entry head and does not close it."""
    return text.startswith("【") and "】" not in text


def _fields_cut(line: Line) -> list[tuple[list[Line], str]]:
    """``line`` cut where its text starts after the header fields it opens with, if it
    opens with any (:func:`fields_before_text`)."""
    cut = fields_before_text(line.text)
    return _cut_at_fields(line, cut) if cut else [([line], "")]


def _cut_at_fields(line: Line, cut: int) -> list[tuple[list[Line], str]]:
    """``line`` cut at ``cut``, the end of its header fields, in the fields and the text."""
    fields, text = split_line(line, cut)
    return [([fields], ""), ([text], "")]


def printed_lines(groups: list[list[Line]]) -> frozenset[str]:
    """The texts of a page's lines (no blanks, no markup) and of each two lines in a row,
    to tell whether a title printed with the site's name is printed again as a line of its
    own or broken over two (:func:`_title_mark_parts`); a mirror that runs the title into
    its text prints it no further title."""
    keys = [line_key(line.text) for group in groups for line in group]
    return frozenset([*keys, *(a + b for a, b in pairwise(keys))])


def line_key(text: str) -> str:
    """A line's text as compared with another's: no markup, no blanks."""
    return without_spaces(strip_markup(text))


def _title_mark_parts(line: Line, printed: frozenset[str]) -> list[tuple[list[Line], str]]:
    """``line`` cut in its title and the site's mark printed on it (:mod:`title_marks`),
    the mark's part tagged ``mark`` (furniture); nothing when it holds no mark. A site's
    name is cut off only when the page prints the title on no line (or two) of its own."""
    found = title_mark_cut(line.text)
    if found is None and (site := site_name_cut(line.text)):
        title = line.text[site[0] :] if site[1] else line.text[: site[0]]
        found = None if line_key(title) in printed else site
    if found is None:
        return []
    cut, mark_first = found
    before, after = split_line(line, cut)
    if mark_first:
        return [([before], "mark"), ([after], "")]
    return [([before], ""), ([after], "mark")]


#: Fewest groups opening with an entry head whose text runs on in sentences that make a
#: page a yearbook's: one is no book's page (a post may tag its one headline so).
YEARBOOK_ENTRIES_MIN = 2


def yearbook_entries(groups: list[list[Line]]) -> bool:
    """Whether the page prints a yearbook's entries: two or more of its groups open with
    an entry head (``【春节送温暖】1月，…``) whose text runs on after it in sentences. On
    such a page an entry the page's end broke in mid-sentence (``【困难职工帮扶】全年…，为``
    over the page number and the running head, read in PDF copies of county yearbooks)
    is an entry still, not a headline after a place's tag (:func:`_opening_head_parts`)."""
    runs_on = 0
    for group in groups:
        head = cues.ENTRY_HEAD_RE.match(group[0].text)
        rest = "".join([group[0].text[head.end() :], *(x.text for x in group[1:])]) if head else ""
        runs_on += "。" in rest
    return runs_on >= YEARBOOK_ENTRIES_MIN


def split_group(
    group: list[Line], printed: frozenset[str] = frozenset(), in_yearbook: bool = False
) -> list[tuple[list[Line], str]]:
    """An entry head opening the group and a credit closing it become groups of their own,
    and so do the title a breadcrumb line runs on into, the metadata a title's line
    runs on into and the bars of a table's frame closing the group (:mod:`table_bars`);
    a line of furniture keeps its bars (``上一篇 下一篇 |``: the page's, whole)."""
    bars = trailing_bars_start(group[-1].text)
    if bars is not None and not furniture_kind(group[-1].text):
        text, frame = split_line(group[-1], bars)
        return [*split_group([*group[:-1], text], printed, in_yearbook), ([frame], "")]
    if len(group) == 1 and (parts := _single_line_parts(group[0], printed)):
        return parts
    if (cut := glued_head_cut(group[0].text)) is not None:
        head, rest = split_line(group[0], cut)  # 第一章工人组织第一节…: a book's heads
        return [([head], ""), *split_group([rest, *group[1:]], printed, in_yearbook)]
    first = group[0]
    out, group, broken = _broken_head_parts(group)
    if not group:
        return out
    heads, group = _opening_head_parts(first, group, broken, in_yearbook)
    return [*out, *heads, *_closing_credit_parts(group)]


def _single_line_parts(line: Line, printed: frozenset[str]) -> list[tuple[list[Line], str]]:
    """A group of one line cut where a title runs on from a breadcrumb or into its
    metadata or dateline, where its text starts after header fields, or at a site's
    title mark; nothing when the line holds none of these."""
    cut = crumb_title_start(line.text) or title_meta_start(line.text) or meta_tail_start(line.text)
    if not cut and (run_in := title_dateline_start(line.text)):
        # a title run on into its text: the credit closing the text is cut off as well
        before, after = split_line(line, run_in)
        return [([_bare_head(before)], ""), *_closing_credit_parts([after])]
    cut = (
        cut
        or title_tail_start(line.text)
        or title_date_start(line.text)
        or kicker_head_start(line.text)
    )
    if cut:
        before, after = split_line(line, cut)
        return [([before], ""), *_fields_cut(after)]
    if fields_end := fields_before_text(line.text):
        return _cut_at_fields(line, fields_end)
    return _title_mark_parts(line, printed)


#: Squares a briefs column bullets its items with that also mark a credit (``■赵一鸣``).


def _bare_head(head: Line) -> Line:
    """A brief's run-in head without a photo's pointer before it (``▲某厂职工之家挂牌
    日前，…（某某）``, a digest that bullets its items with ``▲``) and without the 【】 it is
    printed in after its bullet (``■【某县工会举办…】5月3日，…``): the text run on after the
    head makes the line a brief, so the mark opens an item here (read with it the head
    would be taken for a photo's caption, ``▲活动现场``), a square likewise (read with it a
    head of two short phrases, ``■送清凉 暖人心``, would be taken for a square's credit
    of two names), and the brackets only set the head off, as they do a yearbook entry's.
    The line keeps its span, marks and all: only its text, which the layout reads, loses
    them (the repair takes them off the headline), so no character of the page is lost."""
    text = head.text
    rest = text.lstrip(cues.BULLET_MARKS + " \t\u3000")
    if rest != text and rest[:1] == "【" and rest[-1:] == "】" and len(rest) > 2:
        rest = rest[1:-1]
    elif text[:1] not in cues.PHOTO_POINTERS + SQUARES or not rest:
        return head
    return Line(head.start, head.end, rest, head.blank_before, head.indent, head.seam)


def _broken_head_parts(
    group: list[Line],
) -> tuple[list[tuple[list[Line], str]], list[Line], int | None]:
    """The entry head a narrow column broke over the group's first two lines
    (:func:`broken_entry_head`) as a group of its own, the lines left after it (none
    when the head fills both lines and nothing follows), and where the head closed on
    the second line (``None`` when the group opens with no broken head)."""
    broken = broken_entry_head(group)
    if broken is not None and broken >= len(group[1].text):
        # the head fills its two lines
        return [(group[:2], "entry")], group[2:], broken
    if broken is not None:
        entry, rest = split_line(group[1], broken)
        return [([group[0], entry], "entry")], [rest, *group[2:]], broken
    return [], group, broken


def _opening_head_parts(
    first: Line,
    group: list[Line],
    broken: int | None,
    in_yearbook: bool = False,
) -> tuple[list[tuple[list[Line], str]], list[Line]]:
    """The entry head that opens ``first`` (the group's first line as it came) cut off as
    a group of its own (none when no head opens it), and the lines left after it; a
    label, a line of furniture or a tag before a headline (``【市中】市中区总工会…``)
    stays whole, except among a yearbook's entries (:func:`yearbook_entries`)."""
    head = cues.ENTRY_HEAD_RE.match(first.text)
    rest_text = " ".join([first.text[head.end() :], *(x.text for x in group[1:])]) if head else ""
    if (
        head
        and not broken
        and head.end() < len(first.text.rstrip())
        and not furniture_kind(first.text)
        and not cues.is_label(head.group(1))
        and not is_display_text(rest_text)  # 【市中】市中区总工会…: a tag before a headline
        and not (len(group) == 1 and not in_yearbook and is_tagged_headline(rest_text))
    ):
        entry, rest = split_line(first, head.end())
        return [([entry], "entry")], [rest, *group[1:]]
    return [], group


def _closing_credit_parts(group: list[Line]) -> list[tuple[list[Line], str]]:
    """``group`` with the credit closing its last line (``…参加。（王立群）``, a photo
    credit after a caption) cut off as a group tagged ``credit``; a photo credit after a
    sentence that is no caption (``…测量血压。袁立新 摄``) is no byline and stays."""
    last = group[-1]
    plain = strip_markup(last.text)
    cut = cues.end_credit_start(plain)
    if cut is None:
        cut = cues.photo_credit_start(plain)
        captioned = cues.is_caption_start(" ".join(x.text for x in group))
        if cut and not captioned and not ends_sentence(plain[:cut]):
            cut = None  # a photo credit after a sentence (…测量血压。袁立新 摄), not a byline
    if cut and plain == PINYIN_GLOSS_RE.sub("", last.text):
        body, credit = split_line(last, _glossed_offset(last.text, cut))
        return [([*group[:-1], body], ""), ([credit], "credit")]
    return [(group, "")]
