"""A post set a phrase a line throughout, its paragraphs parted by blank lines.

Some union accounts set a whole post a phrase a line (``1月31日至2月1日`` / ``某区总工会``
/ ``党组书记、常务副主席某某`` / ``分别带队`` / …), with no mark at any line's end, and
part its paragraphs by blank lines only. Each run between blank lines is one paragraph
(the tuning gold has them so in real_dev22, whose writer read the shape on a district
union's posts); read line by line, the runs were captions and heads, and a run near the
end opened an article of its own. The shape is taken only on a post (a header row with
the day and time it was posted near the top) holding several such runs: a list of a
page's titles or an award list, one item a line, is no post's text set so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gonghui_build.layout.line_sentences import RUN_MAX, RUN_MIN, opening_phrase
from gonghui_build.layout.lines import Line
from gonghui_build.layout.printed_dates import dates_in
from gonghui_build.text.chars import without_spaces

#: Fewest runs of phrase lines that make a post's text set so.
PHRASE_RUNS_MIN = 3
#: Longest header row (``原创 某某工会 某某工会 2024年02月02日 18:06 四川``).
HEADER_ROW_MAX = 48
#: How far down the page (lines) the post's header row is looked for.
HEADER_REACH = 4


def _header_row(text: str) -> bool:
    """A post's header row: short, with the day and the time it was posted."""
    return len(without_spaces(text)) <= HEADER_ROW_MAX and any(
        d.kind == "timestamp" and d.time is not None for d in dates_in(text, 0, 0, None)
    )


def _blank_runs(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(first, end) of each run of lines between blank lines."""
    starts = [k for k, line in enumerate(lines) if k == 0 or line.blank_before]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def phrase_paragraphs(lines: Sequence[Line], opens_unit: Callable[[str], bool]) -> set[int]:
    """Indices of the lines that go on with the line before them inside a post's
    paragraphs set a phrase a line, each between blank lines (see the module's
    docstring); ``opens_unit`` says that a line never continues another."""
    if not any(_header_row(line.text) for line in lines[:HEADER_REACH]):
        return set()

    def phrase(line: Line) -> bool:
        return opening_phrase(line.text) and not opens_unit(line.text)

    runs = [
        (first, end)
        for first, end in _blank_runs(lines)
        if RUN_MIN <= end - first <= RUN_MAX and all(map(phrase, lines[first:end]))
    ]
    if len(runs) < PHRASE_RUNS_MIN:
        return set()
    return {k for first, end in runs for k in range(first + 1, end)}
