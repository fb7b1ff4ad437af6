"""Stage 2 — parsed blocks: the page's lines grouped into the units a writer meant.

Blank lines are a hint, not the rule. A block is a paragraph, a headline, a caption, a
byline or a line of furniture; it is built from the text's own evidence:

* every line starts a block of its own (web copies and text layers put one paragraph on
  a line) unless the line before it was **broken mid-sentence**: it ends on a character
  that needs a continuation (``，``, ``、``, ``的``…), the next line opens mid-sentence
  (``、电工…``, a bound character), or the page is **hard-wrapped** at a fixed width and
  the line before fills it (a text layer of a printed column, a gazetteer: :mod:`flow`).
  On a page that indents its paragraphs, an indented line always starts one;
* a line that opens a unit never continues one: a dateline, a byline, a digest item,
  a yearbook entry head, a Markdown heading, a credit, a line of furniture; nor does a
  line of a roster continue the one before it (:mod:`roster`);
* on a page whose blocks are separated by blank lines, a short run of short lines that
  ends no sentence stays one block (a two-line banner, a caption of title and name);
* two columns interleaved by a text layer are read apart first (:mod:`interleave`);
* a yearbook entry head opening a line (``【开展职工技能大赛】5月至9月，…``) and a credit
  closing one (``…参加。（王立群）``) become blocks of their own.

Every non-blank character of a page lies in exactly one block, by construction.
Markdown marks (``#``, ``**``) are noted as hints and left in the text; the repair
stage removes them and records it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from gonghui_build.layout import cues
from gonghui_build.layout.column_reading import reading_order
from gonghui_build.layout.continued_tails import cut_continued_tails
from gonghui_build.layout.cuts import (
    broken_entry_head,
    printed_lines,
    split_group,
    strip_markup,
    unclosed_bracket,
    yearbook_entries,
)
from gonghui_build.layout.display import closed_by_credit, ends_in_word, is_part_head
from gonghui_build.layout.edge_cuts import cut_at_edge, texty
from gonghui_build.layout.flow import WRAP_SLACK, Flow, page_flow
from gonghui_build.layout.furniture import furniture_kind, is_header_field
from gonghui_build.layout.glued_heads import unglue_heads
from gonghui_build.layout.head_breaks import (
    broken_after_role_word,
    broken_bracketed_credit,
    broken_photo_credit,
    head_between_paragraphs,
    kicker_dash,
    kicker_tail,
    place_noun_head,
)
from gonghui_build.layout.line_sentences import sentence_lines
from gonghui_build.layout.lines import Line
from gonghui_build.layout.paired_titles import part_paired_titles
from gonghui_build.layout.phrase_posts import phrase_paragraphs
from gonghui_build.layout.posted_names import holder_gaps
from gonghui_build.layout.roster import is_counted_heading, name_gap
from gonghui_build.layout.run_in_entries import cut_run_in_entries
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Characters a line broken mid-sentence ends on.
CONTINUING_END = frozenset("，,、的地得和与及或暨（(“《‘—")
#: Characters a continuation line opens with.
CONTINUING_START = frozenset("，,、。；;：:）)”》’")
#: The comma that leaves a post's clause line open, and the marks a clause line ends on.
CLAUSE_COMMAS = frozenset("，,")
#: What leaves a clause line open besides its comma: an attribute's 的 or a list's 、
#: (``区某某工会承办的`` / ``2025年某区职工比武`` / ``在某地举行，``).
CLAUSE_OPEN = CLAUSE_COMMAS | frozenset("的、")
CLAUSE_ENDS = frozenset("，,。；;！!？?")
#: Longest word set alone on its line inside a post's sentence (a unit's full name).
CLAUSE_WORD_MAX = 16
#: Longest line (characters) of a banner or caption run kept whole between blank lines.
RUN_LINE_MAX = 30
#: Most lines of such a run.
CAPTION_RUN_MAX = 3


@dataclass(frozen=True)
class Block:
    index: int
    lines: tuple[Line, ...]
    heading_level: int  # Markdown heading level of the first line, 0 when none
    bold: bool  # wrapped in ``**`` … ``**``
    cut: str = ""  # "entry", "credit" or "mark" when cut from the line it was printed on
    phrases: bool = False  # a post's sentence set a phrase a line (:mod:`line_sentences`)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @functools.cached_property
    def plain_lines(self) -> tuple[str, ...]:
        """The lines without Markdown marks (for classification only)."""
        return tuple(strip_markup(line.text) for line in self.lines)

    @functools.cached_property
    def plain(self) -> str:
        """The block without Markdown marks, lines joined by a newline."""
        return "\n".join(self.plain_lines)

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """Page spans of the block: lines printed one after the other make one span."""
        spans: list[tuple[int, int]] = []
        for line in self.lines:
            if spans and not line.seam:
                spans[-1] = (spans[-1][0], line.end)
            else:
                spans.append((line.start, line.end))
        return tuple(spans)


@functools.lru_cache(maxsize=1 << 18)
def _whole_unit(text: str) -> bool:
    """A line that is a unit by itself: nothing continues it (asked of each line twice: as
    the line, and as the line before the next)."""
    plain = strip_markup(text)
    head = cues.ENTRY_HEAD_RE.match(plain)
    return bool(
        text.startswith("#")
        or cues.is_dateline_alone(plain)
        or cues.is_head_byline(plain)
        or (head and head.end() == len(plain))
        or cues.is_credit_line(plain)
        or cues.credit_names(plain)
        or furniture_kind(plain)
        or is_counted_heading(plain)
    )


def _opens_unit(text: str) -> bool:
    """A line that never continues the line before it."""
    plain = strip_markup(text)
    return bool(
        _whole_unit(text)
        or cues.DATELINE_RE.match(plain)
        or cues.item_marker(plain)
        or cues.ENTRY_HEAD_RE.match(plain)
        or unclosed_bracket(plain)  # an entry head a column broke over two lines
        or cues.is_caption_start(plain)
        or is_part_head(plain)  # 第二节 主要活动: a gazetteer's section under a table
    )


def _continues(
    prev: Line, line: Line, flow: Flow, inside: bool = False, following: Line | None = None
) -> bool:
    """Whether ``line`` goes on with the paragraph ``prev`` left unfinished (``inside``:
    ``prev`` itself went on with a line before it; ``following``: the line after ``line``)."""
    if broken_bracketed_credit(prev.text, line.text):
        return True  # a credit in brackets broken over two lines, a blank between or not
    if line.blank_before:
        return False
    if broken_entry_head([prev, line]) is not None:
        return True  # an entry head broken over two lines
    if _field_word_after_open_clause(prev.text, line.text):
        return True
    if broken_photo_credit(prev.text, line.text) or broken_after_role_word(prev.text, line.text):
        return True
    if _opens_unit(line.text) or _whole_unit(prev.text):
        return False
    if name_gap(prev.text) and name_gap(line.text):
        return False  # two lines of a roster
    if holder_gaps(prev.text) and holder_gaps(line.text):
        return False  # two posts of a roster, each with its holders
    if cues.photo_credit_start(strip_markup(prev.text)) is not None:
        return False  # a caption closed by its photo credit (…开幕。某某 摄)
    if closed_by_credit(strip_markup(prev.text)):
        return False  # an item closed by its credit (…的经验。某某 某某): a head may follow
    if flow.indents and line.indent >= 2:
        return False
    text = strip_markup(prev.text)
    if kicker_dash(text, strip_markup(line.text)):
        return False  # a kicker led by its dash into the headline under it
    if kicker_tail(text, strip_markup(line.text)):
        return True  # the end of a kicker the column broke, its dash after it
    if _title_left_open(text, strip_markup(line.text)):
        return True
    if place_noun_head(text, strip_markup(line.text)):
        return False
    if (text[-1:] in CONTINUING_END and not ends_in_word(text)) or line.text[
        :1
    ] in CONTINUING_START:
        return True
    if line.column and line.column == prev.column and not ends_sentence(text):
        return True  # a column's lines run on until a sentence ends
    wrap = flow.wrap.get(prev.column)
    next_column = prev.column % 2 == 1 and line.column == prev.column + 1
    full = wrap and flow.size(prev) >= wrap - flow.slack
    if full and ends_sentence(text):
        # a sentence ending at the wrap width ends its paragraph when the next line falls
        # an indent short of it (its first line, the indent lost by the OCR)
        full = flow.size(prev) >= wrap - 1 and (
            flow.size(line) > wrap - flow.slack or ends_sentence(line.text)
        )
    if full and (line.column == prev.column or next_column):
        return True  # a full line of a hard-wrapped page or column (or the column after)
    if line.column == prev.column and cut_at_edge(prev, line, inside, WRAP_SLACK):
        return True
    if flow.indents and head_between_paragraphs(text, line, following):
        return False
    # on a page that indents its paragraphs, an unindented line runs on, unless the page
    # wraps at no width (its lines are paragraphs, some printed without their indent) and
    # the line before and the line itself each end a sentence (a paragraph on its line)
    if wrap is None and ends_sentence(text) and ends_sentence(strip_markup(line.text)):
        return False
    return flow.indents and not line.column and texty(text)


def _clause_run_on(group: list[Line], line: Line) -> bool:
    """A post set one clause a line (``为丰富职工文化生活，`` / ``南湖区总工会`` / ``在5家企业
    车间建起职工书屋，``): a short line with no mark at its end, inside a sentence the line
    before it left open on a comma (or on 的, 、), goes on into a next line that is a clause
    too (it ends on a mark). The subject set alone on its line (an account's bold name) ends no
    paragraph; a headline under such a line ends on no mark, so it stays a head."""
    if len(group) < 2 or line.blank_before:
        return False
    before, prev = strip_markup(group[-2].text), strip_markup(group[-1].text)
    nxt = strip_markup(line.text)
    return (
        before[-1:] in CLAUSE_OPEN
        and 0 < len(without_spaces(prev)) <= CLAUSE_WORD_MAX
        and prev[-1:].isalnum()
        and nxt[-1:] in CLAUSE_ENDS
        and not _whole_unit(group[-1].text)
        and not _opens_unit(line.text)
    )


def _title_left_open(prev: str, line: str) -> bool:
    """A line that leaves a work's title open (``…讲解《中华人民共和国``) over a line that
    closes it before opening another (``劳动合同法》和…``): the title broken at the edge,
    which no paragraph ends inside."""
    opened = prev.rfind("《")
    if opened < 0 or "》" in prev[opened:]:
        return False
    closed = line.find("》")
    return closed >= 0 and "《" not in line[:closed]


def _field_word_after_open_clause(prev: str, line: str) -> bool:
    """A line shaped as a header field (``访问量：120万次``) under running text left open
    on a clause (``…今年以来，网站的``): the sentence broken before a word that a header
    row also opens with, no header row, which never follows an open clause."""
    text = strip_markup(prev)
    return (
        texty(text)
        and text[-1:] in CONTINUING_END
        and not ends_in_word(text)
        and not _whole_unit(prev)
        and is_header_field(strip_markup(line))
    )


def _caption_run(run: list[Line]) -> bool:
    """Between blank lines: a banner or caption of a few short lines, kept whole; not a
    head of three lines whose first names a body (a kicker over a headline in two), nor
    a headline over its subtitle led by a dash."""
    kicker = len(run) == CAPTION_RUN_MAX and cues.names_a_body(strip_markup(run[0].text))
    subtitled = any(strip_markup(line.text).lstrip().startswith("—") for line in run[1:])
    return (
        not kicker
        and not subtitled  # a headline over its dash subtitle (——记某某): two heads
        and 2 <= len(run) <= CAPTION_RUN_MAX
        and all(
            len(without_spaces(strip_markup(line.text))) <= RUN_LINE_MAX
            and not ends_sentence(line.text)
            and not cues.DATELINE_RE.match(line.text)
            and not cues.is_head_byline(line.text)
            and not furniture_kind(line.text)
            for line in run
        )
    )


def _between_furniture(lines: list[Line], start: int, end: int) -> bool:
    """The run ``lines[start:end]`` sits between two lines of the page's furniture (an
    e-paper's pager ``上一版  下一版`` over it, its ``版面导航`` under it): a list of the
    page's titles, one a line, no banner or caption to keep whole (a caption sits by a
    photo's text)."""
    return (
        start > 0
        and end < len(lines)
        and furniture_kind(strip_markup(lines[start - 1].text)) is not None
        and furniture_kind(strip_markup(lines[end].text)) is not None
    )


def _blank_formatted(lines: list[Line]) -> bool:
    """Blank lines separate most lines: the page's blocks are its blank-line runs."""
    if len(lines) < 2:
        return False
    return sum(line.blank_before for line in lines[1:]) * 2 >= len(lines) - 1


def _run_ends(lines: list[Line]) -> list[int]:
    """Per line, the index of the next line after a blank line (or the end)."""
    ends = [len(lines)] * len(lines)
    end = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        ends[k] = end
        if lines[k].blank_before:
            end = k
    return ends


def _group(lines: list[Line], sentence: set[int]) -> list[list[Line]]:
    """The lines grouped into blocks; ``sentence``: the lines that go on with the line
    before them inside a post's sentence set a phrase a line."""
    flow = page_flow(lines)
    blank = _blank_formatted(lines)
    ends = _run_ends(lines) if blank else []
    groups: list[list[Line]] = []
    run_start = 0
    for k, line in enumerate(lines):
        if line.blank_before:
            run_start = k
        caption = blank and not line.blank_before and ends[k] - run_start <= CAPTION_RUN_MAX
        if (
            (
                caption
                and _caption_run(lines[run_start : ends[k]])
                and not _between_furniture(lines, run_start, ends[k])
            )
            or (groups and (k in sentence or _clause_run_on(groups[-1], line)))
            or (
                groups
                and _continues(
                    groups[-1][-1],
                    line,
                    flow,
                    len(groups[-1]) > 1,
                    lines[k + 1] if k + 1 < len(lines) else None,
                )
            )
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def split_blocks(text: str) -> list[Block]:
    """Blocks of ``text`` in reading order."""
    blocks: list[Block] = []
    lines = reading_order(text)
    sentence = sentence_lines(lines, _opens_unit) | phrase_paragraphs(lines, _opens_unit)
    phrased = {lines[k].start for k in sentence}
    groups = cut_continued_tails(unglue_heads(list(_group(lines, sentence))))
    groups = part_paired_titles(groups)  # two briefs' titles on one line
    printed = printed_lines(groups)
    in_yearbook = yearbook_entries(groups)
    for group in cut_run_in_entries(groups, in_yearbook):
        for part, cut in split_group(group, printed, in_yearbook):
            joined = "".join(line.text for line in part)
            blocks.append(
                Block(
                    index=len(blocks),
                    lines=tuple(part),
                    heading_level=part[0].heading_level,
                    bold=joined.startswith("**") and joined.endswith("**") and len(joined) > 4,
                    cut=cut,
                    phrases=len(part) > 1 and all(line.start in phrased for line in part[1:]),
                )
            )
    return blocks
