"""OCR repair of one paragraph: certain fixes only, each recorded.

* Markdown marks (``#``, ``**``), HTML tags a copy left in the text (``<p>``, ``<br/>``)
  and the brackets of a yearbook entry head (``【…】``) are removed: they are layout
  marks, not text.
* A line break inside a block is removed (running text) or becomes a space (display
  lines: a two-line banner, a caption of title and name).
* Spaces inside Chinese text are OCR damage (``庄 振国``, ``党组书 记``) and are removed;
  in headlines a space between two phrases of three or more characters is the printed
  separator (``转作风 促发展``) and stays; in captions one space is kept before the name.
* Half-width punctuation in Chinese text becomes full-width; straight quotes become
  curly quotes, opening and closing in turn.
* A subtitle dash OCR'd as ``一`` is restored to ``——``.
* A page printed in traditional characters is read in simplified ones, character for
  character (OpenCC, :mod:`gonghui_build.text.script`); the pinyin a mirror site prints
  after characters (``中國(guó)``) is removed.
* Control characters (NUL, escape…) are removed; in a paragraph of nothing else they are
  shown as their Unicode control pictures (``␀``), so that no paragraph is left empty.

Each pass looks only at the characters it may change (found by a regular expression over
the original text), so a paragraph's repair costs what its repairs cost, whatever its
length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from gonghui_build.layout.cell_rows import CELL_MIN, ROW_MARKS
from gonghui_build.layout.cues import BULLET_MARKS, CONTROL_RE, ENTRY_HEAD_RE, HTML_TAG_RE
from gonghui_build.layout.line_sentences import is_sentence_in_lines
from gonghui_build.layout.lines import LINE_BREAK_CHAR_RE
from gonghui_build.layout.posted_names import holder_gaps
from gonghui_build.layout.roster import closing_name_gap, name_gap
from gonghui_build.layout.title_breaks import breaks_title_chain
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import (
    is_chinese_context,
    is_cjk,
    needs_blank_between,
    without_spaces,
)
from gonghui_build.text.names import parse_titled_name
from gonghui_build.text.numbers import TEN_NUMERALS
from gonghui_build.text.script import PINYIN_GLOSS_RE
from gonghui_build.text.textedit import Cleaned, Draft

DISPLAY_ROLES = frozenset({"headline", "kicker", "subtitle", "section_heading", "banner"})
CAPTION_ROLES = frozenset({"portrait_caption", "speaker_line"})
#: Roles whose spaces are printed on purpose and stay as they are.
SPACED_ROLES = frozenset({"byline", "photo_credit", "furniture", "dateline"})
#: Roles of a credit: its names, each a word of its own.
CREDIT_ROLES = frozenset({"byline", "photo_credit"})
#: Shortest phrase on each side of a space that separates two phrases in a headline.
PHRASE_MIN = 3

_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_SPACE = frozenset(" \t\u3000\u00a0")
_SPACE_RE = re.compile(r"[ \t\u3000\u00a0]")
#: Marks of Markdown and of rules drawn in text, with blanks: what is no text.
_MARKS = "#*-_=~`>+| \t\u3000\n\r"
_PUNCTUATION_RE = re.compile("[,:;?!\"'()“”]")


def _is_space(text: str) -> bool:
    return bool(text) and all(ch in _SPACE for ch in text)


@dataclass(frozen=True)
class _Run:
    """Consecutive cells of one sort (removed cells between them skipped), with the
    characters either side of them."""

    cells: list[int]
    left: str
    right: str


def _runs(draft: Draft, seeds: Iterable[int], member: Callable[[str], bool]) -> list[_Run]:
    """The maximal runs of cells whose text is ``member`` that hold one of ``seeds``
    (cell indices in ascending order)."""
    out: list[_Run] = []
    end = -1
    for i in seeds:
        if i <= end or not member(draft.text_at(i)):
            continue
        before: list[int] = []
        j = i - 1
        while j >= 0 and (not draft.text_at(j) or member(draft.text_at(j))):
            if draft.text_at(j):
                before.append(j)
            j -= 1
        cells = [*reversed(before), i]
        k = i + 1
        while k < len(draft) and (not draft.text_at(k) or member(draft.text_at(k))):
            if draft.text_at(k):
                cells.append(k)
            k += 1
        left = draft.text_at(j)[-1] if j >= 0 else ""
        right = draft.text_at(k)[0] if k < len(draft) else ""
        out.append(_Run(cells, left, right))
        end = k - 1
    return out


def _control_characters(draft: Draft) -> None:
    """Control characters are removed; shown as control pictures when nothing else is
    printed, so that the paragraph keeps a text."""
    controls = [m.start() for m in CONTROL_RE.finditer(draft.original)]
    if not controls:
        return
    if CONTROL_RE.sub("", draft.original).strip():
        draft.remove(controls, "control_character_removed")
        return
    for i in controls:
        code = ord(draft.original[i])
        shown = chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"
        draft.replace(i, shown, "control_character_shown")


#: An entry head a narrow column broke over two lines.
_BROKEN_ENTRY_RE = re.compile(r"【[^【】\n]{1,30}\n[^【】\n]{1,16}】")


#: A list's bullet opening a title line (``• 某集团工会召开…``): a news list on a union's
#: site prints each item's headline after one; the headline as printed carries none.
#: A mark closing the line as well (``◆劳模开讲◆``) frames a section's name: it stays.
_TITLE_BULLET_RE = re.compile(f"^[ \t\u3000]*[{BULLET_MARKS}][ \t\u3000]*(?=[^ \t\u3000])")
#: Roles whose leading bullet is a list's mark, no text.
_BULLETED_ROLES = frozenset({"headline", "kicker"})
#: A bulletin's item number before its headline (``二、某市总工会开展…``, :mod:`numbered_items`):
#: the item's mark, as a bullet is; a report's numbered parts are section headings, no
#: headlines, so only an item's head carries one.
_TITLE_NUMBER_RE = re.compile(rf"^[ \t\u3000]*[{TEN_NUMERALS}]{{1,3}}、[ \t\u3000]*(?=\S)")


def _remove_markup(draft: Draft, role: str) -> None:
    """Markdown marks, the brackets around a yearbook entry head (``【…】``) and a list's
    bullet before a headline (:data:`_TITLE_BULLET_RE`)."""
    original = draft.original
    for match in re.finditer(r"(?m)^#{1,6}[ \t\u3000]*", original):
        draft.remove(range(match.start(), match.end()), "markup_removed")
    for match in re.finditer(r"\*\*", original):
        draft.remove(range(match.start(), match.end()), "markup_removed")
    for match in HTML_TAG_RE.finditer(original):
        draft.remove(range(match.start(), match.end()), "markup_removed")
    # a brief's head in 【】 after its bullet (■【…】) is set off by both
    shown = original.strip().lstrip(BULLET_MARKS + " \t\u3000")
    entry = ENTRY_HEAD_RE.fullmatch(shown) or _BROKEN_ENTRY_RE.fullmatch(shown)
    if role in DISPLAY_ROLES and entry:
        first = original.index("【")
        draft.remove([first, original.rindex("】")], "markup_removed")
    bullet = _TITLE_BULLET_RE.match(original)
    if role in _BULLETED_ROLES and bullet and original.rstrip()[-1:] != original.strip()[:1]:
        draft.remove(range(bullet.start(), bullet.end()), "markup_removed")
    number = _TITLE_NUMBER_RE.match(original)
    if role == "headline" and number:
        draft.remove(range(number.start(), number.end()), "markup_removed")


def _line_breaks(draft: Draft, role: str, phrases: bool = False) -> None:
    """Newlines inside the block (any line ending printed in the page: LF, CR, U+2028,
    NEL…), with the blanks around them. A display line's, a caption's or a credit's
    break parts words or names (``（通讯员 某某`` / ``某某）``), a blank; a text's none,
    but in a post's sentence set in short unmarked lines (``齐聚一堂`` / ``共商工会发展大计``),
    where a blank keeps the phrases apart as the line ends did, and in a post's paragraph
    set so (``phrases``: :mod:`phrase_posts`)."""
    phrases = phrases or is_sentence_in_lines(draft.original)
    joiner = " " if role in DISPLAY_ROLES | CAPTION_ROLES | CREDIT_ROLES or phrases else ""
    breaks = (m.start() for m in LINE_BREAK_CHAR_RE.finditer(draft.original))
    printed = (i for i in breaks if draft.kind_at(i) is None)
    for run in _runs(draft, printed, str.isspace):
        left, right = run.left, run.right
        sep = joiner if (left and right) else ""
        if phrases and sep and _chain_at(draft.original, run.cells[0], run.cells[-1] + 1):
            sep = ""  # 某区总工会 / 党组书记某某: the body and its post, one title chain
        if not (is_cjk(left) or is_cjk(right)) and left and right:
            sep = " "  # between Latin words a line break is a space
        draft.replace(run.cells[0], sep, "line_break_removed")
        draft.remove(run.cells[1:], "line_break_removed")


def _chain_at(text: str, start: int, end: int) -> bool:
    """The line ending at ``start`` and the line opening at ``end`` are a title chain
    broken at the line's end (:func:`title_breaks.breaks_title_chain`): a post set a
    phrase a line puts a body on one line and the post held at it on the next."""
    before = LINE_BREAK_CHAR_RE.split(text[:start])[-1]
    after = LINE_BREAK_CHAR_RE.split(text[end:], maxsplit=1)[0]
    return breaks_title_chain(before, after)


def _side_phrase(draft: Draft, start: int, step: int) -> str:
    """Up to ``PHRASE_MIN`` Chinese characters next to a space (cells from ``start`` in
    direction ``step``, removed cells skipped), up to the next non-Chinese character."""
    out: list[str] = []
    i = start
    while 0 <= i < len(draft) and len(out) < PHRASE_MIN:
        text = draft.text_at(i) if step > 0 else draft.text_at(i)[::-1]
        for ch in text:
            if not is_cjk(ch) or len(out) >= PHRASE_MIN:
                return "".join(out if step > 0 else reversed(out))
            out.append(ch)
        i += step
    return "".join(out if step > 0 else reversed(out))


def _word_spans_gap(left: str, right: str) -> bool:
    """True when jieba reads a word across the gap: ``工 会`` → 工会."""
    tail, head = left[-3:], right[:3]
    pos = 0
    for word in tokenizer.cut(tail + head):
        if pos < len(tail) < pos + len(word):
            return True
        pos += len(word)
    return False


def _kept_space_offsets(draft: Draft, role: str, row: bool) -> frozenset[int]:
    """Where (characters without blanks) the one space a caption keeps before its name,
    a roster's line after its name, an award list's line before the name closing it, or
    a roster's line of a post before each of its holders (:func:`holder_gaps`), stands."""
    gaps = holder_gaps(draft.original) if row else ()
    if not gaps and row:
        gap = name_gap(draft.original) or closing_name_gap(draft.original)
        gaps = (gap,) if gap else ()
    if gaps:
        return frozenset(len(without_spaces(draft.original[: g[0]])) for g in gaps)
    if role in CAPTION_ROLES:
        titled = parse_titled_name(draft.text)
        return frozenset({titled.name_offset}) if titled else frozenset()
    return frozenset()


def _spaces(draft: Draft, role: str, row: bool = False) -> None:
    if role in SPACED_ROLES:
        return
    kept_offsets = _kept_space_offsets(draft, role, row)
    seeds = [m.start() for m in _SPACE_RE.finditer(draft.original)]
    for run in _runs(draft, seeds, _is_space):
        cells, left, right = run.cells, run.left, run.right
        if any(draft.kind_at(i) for i in cells):
            continue  # a line break already dealt with
        if not left or not right:
            continue
        if needs_blank_between(left, right):
            continue  # a space between Latin words or numbers
        if len(without_spaces(draft.text_before(cells[0]))) in kept_offsets:
            if len(cells) > 1 or draft.text_at(cells[0]) != " ":
                draft.replace(cells[0], " ", "ocr_space_removed")
                draft.remove(cells[1:], "ocr_space_removed")
            continue  # the one space between title and name, or name and post
        if _cell_gap(draft, role, cells):
            draft.replace(cells[0], " ", "ocr_space_removed")
            draft.remove(cells[1:], "ocr_space_removed")
            continue  # 某某工会    某某工会: one space between a row's cells
        if role in DISPLAY_ROLES:
            before = _side_phrase(draft, cells[0] - 1, -1)
            after = _side_phrase(draft, cells[-1] + 1, 1)
            if (
                len(before) >= PHRASE_MIN
                and len(after) >= PHRASE_MIN
                and not _word_spans_gap(before, after)
            ):
                continue  # the printed separator between two phrases
        draft.remove(cells, "ocr_space_removed")


def _cell_gap(draft: Draft, role: str, cells: list[int]) -> bool:
    """A wide blank (two blanks or more, or an ideographic one) between two cells of a
    one-line body paragraph that holds no punctuation (an award list's units side by
    side, ``某某区建设工会    某某区教育工会``; its winners, ``某某  某某  某某``): the
    separator between two names, kept as one space so that they do not run together.
    A blank inside a word (``工 会``) is none."""
    wide = len(cells) > 1 or "\u3000" in draft.text_at(cells[0])
    line = draft.original.strip()
    if role != "body" or not wide or "\n" in line or ROW_MARKS & set(line):
        return False
    before = _side_phrase(draft, cells[0] - 1, -1)
    after = _side_phrase(draft, cells[-1] + 1, 1)
    return len(before) >= CELL_MIN and len(after) >= CELL_MIN and not _word_spans_gap(before, after)


_OPENING_CONTEXT = frozenset("，,：:；;、（(【《—")


def _quote_opens(left: str, right: str, expect_open: bool) -> bool:
    """Whether a straight quote opens a quotation, from what surrounds it."""
    if not right or right.isspace():
        return False
    if not left or left.isspace() or left in _OPENING_CONTEXT:
        return True
    return expect_open


def _punctuation(draft: Draft) -> None:
    double_open = True
    single_open = True
    for match in _PUNCTUATION_RE.finditer(draft.original):
        i = match.start()
        ch = draft.text_at(i)
        if ch != match.group():
            continue  # removed or changed by an earlier repair
        left, right = draft.live_left(i), draft.live_right(i)
        chinese = is_chinese_context(left) or is_chinese_context(right)
        if ch in _HALF_TO_FULL:
            if ch == ":" and left.isdigit() and right.isdigit():
                continue  # a time of day, 10:30
            if chinese:
                draft.replace(i, _HALF_TO_FULL[ch], "punctuation_normalised")
        elif ch == '"':
            opens = _quote_opens(left, right, double_open)
            draft.replace(i, "“" if opens else "”", "punctuation_normalised")
            double_open = not opens
        elif ch == "'" and chinese:
            opens = _quote_opens(left, right, single_open)
            draft.replace(i, "‘" if opens else "’", "punctuation_normalised")
            single_open = not opens
        elif ch == "(" and (is_cjk(right) or is_cjk(left)):
            draft.replace(i, "（", "punctuation_normalised")
        elif ch == ")" and (is_cjk(left) or is_cjk(right)):
            draft.replace(i, "）", "punctuation_normalised")
        elif ch in "“”":
            double_open = ch == "”"


def _subtitle_dash(draft: Draft) -> None:
    printed = (i for i in range(len(draft)) if draft.text_at(i).strip())
    first = next(printed, None)
    if first is None:
        return
    second = next(printed, None)
    text = draft.text_at(first)
    if text == "一" or (
        text in "—─－-" and (second is None or draft.text_at(second) not in "—─－-")
    ):
        draft.replace(first, "——", "dash_restored")


def _pinyin_glosses(draft: Draft) -> None:
    """Readings a mirror site glossed after characters (``工會(huì)``)."""
    for match in PINYIN_GLOSS_RE.finditer(draft.original):
        draft.remove(range(match.start(), match.end()), "pinyin_gloss_removed")


def _simplified(draft: Draft, pieces: list[tuple[int, int]], simplified: str | None) -> None:
    """The characters of a page printed in traditional characters, in simplified ones:
    read from the page's simplified view, the one the layout read (same offsets)."""
    if simplified is None:
        return
    view = "\n".join(simplified[s:e] for s, e in pieces)
    for i, (printed, simple) in enumerate(zip(draft.original, view, strict=True)):
        if printed != simple and draft.text_at(i) == printed:
            draft.replace(i, simple, "traditional_simplified")


def clean(
    page_text: str,
    pieces: list[tuple[int, int]],
    join_kinds: list[str],
    role: str,
    row: bool = False,
    simplified: str | None = None,
    phrases: bool = False,
) -> Cleaned:
    """Repair one paragraph assembled from ``pieces`` of the page. Marks are removed only
    when text is left: a line that is nothing but marks (``**``, ``***``) stays as printed.
    A ``row`` of a roster keeps one space between its name and its post; the characters
    of a traditional page are read in its ``simplified`` view; ``phrases``: a post's
    paragraph set a phrase a line, whose line ends part its phrases."""
    draft = Draft(page_text, pieces, join_kinds)
    _control_characters(draft)
    _pinyin_glosses(draft)
    _remove_markup(draft, role)
    if not draft.text.strip(_MARKS):
        draft = Draft(page_text, pieces, join_kinds)
        _control_characters(draft)
    _line_breaks(draft, role, phrases)
    _spaces(draft, role, row)
    _punctuation(draft)
    if role == "subtitle":
        _subtitle_dash(draft)
    _simplified(draft, pieces, simplified)
    return draft.finish()
