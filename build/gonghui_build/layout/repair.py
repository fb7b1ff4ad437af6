"""OCR repair of one paragraph: certain fixes only, each recorded.

* Markdown marks (``#``, ``**``) and the brackets of a yearbook entry head (``【…】``)
  are removed: they are layout marks, not text.
* A line break inside a block is removed (running text) or becomes a space (display
  lines: a two-line banner, a caption of title and name).
* Spaces inside Chinese text are OCR damage (``庄 振国``, ``党组书 记``) and are removed;
  in headlines a space between two phrases of three or more characters is the printed
  separator (``转作风 促发展``) and stays; in captions one space is kept before the name.
* Half-width punctuation in Chinese text becomes full-width; straight quotes become
  curly quotes, opening and closing in turn.
* A subtitle dash OCR'd as ``一`` is restored to ``——``.
"""

from __future__ import annotations

import re

from gonghui_build.layout.cues import ENTRY_HEAD_RE
from gonghui_build.layout.lines import LINE_BREAK_RE
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_chinese_context, is_cjk, without_spaces
from gonghui_build.text.names import parse_titled_name
from gonghui_build.text.textedit import Cleaned, Draft

DISPLAY_ROLES = frozenset({"headline", "kicker", "subtitle", "section_heading", "banner"})
CAPTION_ROLES = frozenset({"portrait_caption", "speaker_line"})
#: Roles whose spaces are printed on purpose and stay as they are.
SPACED_ROLES = frozenset({"byline", "photo_credit", "furniture", "dateline"})
#: Shortest phrase on each side of a space that separates two phrases in a headline.
PHRASE_MIN = 3

_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_SPACE = frozenset(" \t\u3000\u00a0")


def _is_space(text: str) -> bool:
    return all(ch in _SPACE for ch in text)


def _remove_markup(draft: Draft, role: str) -> None:
    """Markdown marks, and the brackets around a yearbook entry head (``【…】``)."""
    original = draft.original
    for match in re.finditer(r"(?m)^#{1,6}[ \t\u3000]*", original):
        draft.remove(list(range(match.start(), match.end())), "markup_removed")
    for match in re.finditer(r"\*\*", original):
        draft.remove(list(range(match.start(), match.end())), "markup_removed")
    entry = ENTRY_HEAD_RE.fullmatch(original.strip())
    if role in DISPLAY_ROLES and entry:
        first = original.index("【")
        draft.remove([first, original.rindex("】")], "markup_removed")


def _is_line_break(text: str, before: str) -> bool:
    """A line ending printed in the page (any of them: LF, CR, U+2028, NEL…)."""
    return text == before and LINE_BREAK_RE.fullmatch(text) is not None


def _line_breaks(draft: Draft, role: str) -> None:
    """Newlines inside the block, with the blanks around them."""
    joiner = " " if role in DISPLAY_ROLES | CAPTION_ROLES else ""
    for run in draft.runs(lambda t: t.isspace()):
        if not any(_is_line_break(draft.cells[i].text, draft.cells[i].before) for i in run):
            continue
        left, right = draft.neighbours(run[0])[0], draft.neighbours(run[-1])[1]
        sep = joiner if (left and right) else ""
        if not (is_cjk(left) or is_cjk(right)) and left and right:
            sep = " "  # between Latin words a line break is a space
        draft.replace(run[0], sep, "line_break_removed")
        draft.remove(run[1:], "line_break_removed")


def _side_phrase(text: str, direction: int) -> str:
    """The Chinese characters next to a space, up to the next space or punctuation."""
    chars = text if direction > 0 else reversed(text)
    out = []
    for ch in chars:
        if not is_cjk(ch):
            break
        out.append(ch)
    return "".join(out if direction > 0 else reversed(out))


def _word_spans_gap(left: str, right: str) -> bool:
    """True when jieba reads a word across the gap: ``工 会`` → 工会."""
    tail, head = left[-3:], right[:3]
    pos = 0
    for word in tokenizer.cut(tail + head):
        if pos < len(tail) < pos + len(word):
            return True
        pos += len(word)
    return False


def _spaces(draft: Draft, role: str) -> None:
    if role in SPACED_ROLES:
        return
    name_offset = None
    if role in CAPTION_ROLES:
        titled = parse_titled_name(draft.text)
        name_offset = titled.name_offset if titled else None
    for run in list(draft.runs(_is_space)):
        if any(draft.cells[i].kind for i in run):
            continue  # a line break already dealt with
        current = draft.text
        pos = sum(len(c.text) for c in draft.cells[: run[0]])
        width = sum(len(draft.cells[i].text) for i in run)
        left_text, right_text = current[:pos], current[pos + width :]
        left, right = left_text[-1:], right_text[:1]
        if not left or not right:
            continue
        if left.isascii() and left.isalnum() and right.isascii() and right.isalnum():
            continue  # a space between Latin words or numbers
        if name_offset is not None and len(without_spaces(left_text)) == name_offset:
            if width > 1 or draft.cells[run[0]].text != " ":
                draft.replace(run[0], " ", "ocr_space_removed")
                draft.remove(run[1:], "ocr_space_removed")
            continue  # the one space between title and name
        if role in DISPLAY_ROLES:
            before, after = _side_phrase(left_text, -1), _side_phrase(right_text, 1)
            if (
                len(before) >= PHRASE_MIN
                and len(after) >= PHRASE_MIN
                and not _word_spans_gap(before, after)
            ):
                continue  # the printed separator between two phrases
        draft.remove(run, "ocr_space_removed")


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
    for i in draft.live():
        ch = draft.cells[i].text
        if len(ch) != 1:
            continue
        left, right = draft.neighbours(i)
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
    live = [i for i in draft.live() if not draft.cells[i].text.isspace()]
    if not live:
        return
    first = draft.cells[live[0]].text
    if first == "一" or (
        first in "—─－-" and (len(live) < 2 or draft.cells[live[1]].text not in "—─－-")
    ):
        draft.replace(live[0], "——", "dash_restored")


def clean(
    page_text: str, pieces: list[tuple[int, int]], join_kinds: list[str], role: str
) -> Cleaned:
    """Repair one paragraph assembled from ``pieces`` of the page. Marks are removed only
    when text is left: a line that is nothing but marks (``**``) stays as printed."""
    draft = Draft(page_text, pieces, join_kinds)
    _remove_markup(draft, role)
    if not draft.text.strip():
        draft = Draft(page_text, pieces, join_kinds)
    _line_breaks(draft, role)
    _spaces(draft, role)
    _punctuation(draft)
    if role == "subtitle":
        _subtitle_dash(draft)
    return draft.finish()
