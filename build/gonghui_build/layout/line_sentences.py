"""A post's sentence set out in short lines with no marks at all, one paragraph.

Union accounts' WeChat posts often set one sentence of their text a phrase a line, with
no comma anywhere (``一大早`` / ``区总工会的工作人员`` / ``就来到驿站`` / ``把姜茶摆上了
取用架``), between sentences printed whole. Read alone, each line is as short as a
photo's caption or a section heading; read together they are one sentence: one body
paragraph (the tuning gold has them so in real_dev9, real_dev12 and real_dev13, whose
writers read the shape on district and county unions' posts). The lines are taken for
one sentence only with evidence inside them that the breaks fall mid-sentence: a line
ending on a word that needs the rest (a particle or preposition: ``全区各条战线的`` /
``186名代表``), a line opening with an adverb that needs its subject before it (``就来到…``,
``都…``), or the last line ending as a spoken sentence ends (``一起来看看吧``). A run of
photos' captions after the text (``职工搬西瓜`` / ``各类物资`` / ``为职工发放降温品``)
shows none of these and stays captions; a comma-set post's clause lines are read apart
(``blocks._clause_run_on``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from gonghui_build import reference as lexicon
from gonghui_build.layout.display import ends_in_word
from gonghui_build.layout.lines import LINE_BREAK_CHAR_RE, Line
from gonghui_build.layout.printed_dates import dates_in
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import ends_sentence, without_spaces

#: Fewest and most lines of such a sentence (fewer are a title, or a kicker and a title,
#: over what follows; more can hold several sentences no mark parts).
RUN_MIN = 3
RUN_MAX = 8
#: Longest line (characters) of such a run: a phrase, a unit's full name.
LINE_MAX = 16
#: Longest text, blanks and line ends included, read for such a sentence.
TEXT_MAX = 4 * RUN_MAX * LINE_MAX
#: Marks a phrase's line may hold: quotes round a name, a pause comma in a list, a dot.
INNER_MARKS = frozenset("、“”‘’「」《》·•")
#: Words a line ends on when the sentence goes on in the next: structural particles,
#: prepositions and conjunctions (《现代汉语八百词》, 吕叔湘 1999: 的 地 把 将 被 给 向
#: 对 从 在 和 与 及 跟 同 为).
OPEN_LAST_WORDS = frozenset("的地把将被让给向对从在和与及跟同为")
#: Adverbs that follow their subject (《现代汉语八百词》: 就 才 便 都 也 还 又 却 再 均):
#: a line opening with one goes on with the line before it.
FOLLOWING_ADVERBS = frozenset("就才便都也还又却再均")
#: Modal particles ending a spoken sentence (《现代汉语词典》 吧 啦 呀 哦 哟 嘛 呢).
SPOKEN_ENDS = frozenset("吧啦呀哦哟嘛呢")
#: A short aside in brackets inside a phrase (``全委（扩大）会议``), not counted in its length.
ASIDE_RE = re.compile(r"（[^（）]{1,4}）")
#: Longest post header row (``2024年9月27日 18:05 湖北``: date, time, the place posted from).
POSTED_ROW_MAX = 30


def _is_phrase(compact: str, longest: int, marks: frozenset[str]) -> bool:
    """Words of two to ``longest`` characters with no mark but ``marks``."""
    return 1 < len(compact) <= longest and all(ch.isalnum() or ch in marks for ch in compact)


def is_phrase_line(text: str) -> bool:
    """A short line of words with no mark but those inside a phrase (``INNER_MARKS``)."""
    return _is_phrase(ASIDE_RE.sub("", without_spaces(text)), LINE_MAX, INNER_MARKS)


@functools.cache
def _day_alone_re() -> re.Pattern[str]:
    times = lexicon.words("dates.yaml", "times_of_day").pattern
    day = r"\d{1,2}月\d{1,2}日"
    return re.compile(rf"^{day}(?:至(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:{times})?$")


def _day_alone(text: str) -> bool:
    """A day (and a time of day) alone on its line: ``3月21日下午``, ``5月8日至9日``."""
    return bool(_day_alone_re().match(without_spaces(text)))


def _opens_on_its_day(texts: Sequence[str]) -> bool:
    """A run whose first line is its day alone (``3月21日下午`` / ``某会议`` / ``在某地召开``)
    and no other line a day: the day is the adverbial a sentence opens with, the lines after
    it the rest of that sentence (a post's opening sentence, real_dev19). A chronicle's days
    head an entry each, so a second day alone in the run reads it as no sentence."""
    return _day_alone(texts[0]) and not any(map(_day_alone, texts[1:]))


def _ends_open(text: str) -> bool:
    compact = without_spaces(text).rstrip("”’」")
    if not compact or compact[-1] not in OPEN_LAST_WORDS:
        return False
    last = tokenizer.cut(compact[-6:])[-1]
    return len(last) == 1 and not ends_in_word(compact)


def _opens_after_subject(text: str) -> bool:
    words = tokenizer.cut(without_spaces(text)[:8])
    return bool(words) and words[0] in FOLLOWING_ADVERBS


def reads_as_one_sentence(texts: Sequence[str]) -> bool:
    """``RUN_MIN`` to ``RUN_MAX`` phrase lines whose breaks show they fall mid-sentence."""
    if not RUN_MIN <= len(texts) <= RUN_MAX or not all(map(is_phrase_line, texts)):
        return False
    return (
        any(_ends_open(t) for t in texts[:-1])
        or any(_opens_after_subject(t) for t in texts[1:])
        or without_spaces(texts[-1])[-1] in SPOKEN_ENDS
        or _opens_on_its_day(texts)
    )


def is_sentence_in_lines(text: str) -> bool:
    """A block's or a paragraph's ``text``, its lines as printed, that is such a sentence
    (a text far longer than ``RUN_MAX`` full lines is none, without reading it)."""
    if len(text) > TEXT_MAX:
        return False
    lines = [line for line in LINE_BREAK_CHAR_RE.split(text) if line.strip()]
    return reads_as_one_sentence(lines)


def posted_row(text: str) -> bool:
    """A post's header row, the day and time it was posted (``2024年9月27日 18:05 湖北``):
    the text opens right under it as under a sentence's end. A union's WeChat post opens
    its text with a sentence in short lines right under that row (real_dev18); read from
    a sentence's end only, the lines stayed captions under a date taken for a headline."""
    compact = without_spaces(text)
    return len(compact) <= POSTED_ROW_MAX and any(
        d.kind == "timestamp" and d.time is not None for d in dates_in(text, 0, 0, None)
    )


#: Longest line (characters) of a post's opening phrases: a meeting's full name.
OPENING_LINE_MAX = 24
#: Marks a line of the opening may hold beyond a phrase's: a name's bracket (``全委（扩大）``).
OPENING_MARKS = INNER_MARKS | frozenset("（）()")


def opening_phrase(text: str) -> bool:
    """A line of a post's opening: short, words and the marks inside a name only."""
    return _is_phrase(without_spaces(text), OPENING_LINE_MAX, OPENING_MARKS)


def _opening_lines(lines: Sequence[Line], k: int, end: int) -> bool:
    """``RUN_MIN`` to ``RUN_MAX`` phrase lines ``k`` … ``end - 1`` right under a post's
    header row and right over its first paragraph (``五月的校园`` / ``书声琅琅`` / ``一群
    特殊的“老师”`` / ``走上了讲台`` / ``5月21日，…。``): the post's opening set out a phrase
    a line, one body paragraph (real_dev17, real_dev19, real_dev20); no photo stands
    between a post's header and its text for them to caption, and a title is printed over
    the header."""
    if not RUN_MIN <= end - k <= RUN_MAX:  # the caller has read line k - 1 a header row
        return False
    if end >= len(lines) or lines[end].blank_before:
        return False
    first = lines[end].text
    return len(without_spaces(first)) > LINE_MAX and ends_sentence(first)


#: Marks that close a spoken sentence at a line's end (``怎么办？``).
ASKING_ENDS = "？！?!"


def _opening_end(lines: Sequence[Line], k: int, opens_unit: Callable[[str], bool]) -> int:
    """Where a post's opening phrases end: the run of :func:`opening_phrase` lines, and the
    line after it when that line is a phrase closed by a question or an exclamation mark
    (``年关将至`` / ``工钱却还没到手`` / ``怎么办？``): the sentence ends there, on its own
    line, and the text's first paragraph follows."""
    end = _run_end(lines, k, opening_phrase, opens_unit)
    if end < len(lines) and end - k < RUN_MAX and not lines[end].blank_before:
        text = lines[end].text.strip()
        asked = text.endswith(tuple(ASKING_ENDS)) and opening_phrase(text.rstrip(ASKING_ENDS))
        if asked and not opens_unit(text):
            return end + 1
    return end


def _run_end(
    lines: Sequence[Line], k: int, fits: Callable[[str], bool], opens_unit: Callable[[str], bool]
) -> int:
    """Where the run of lines ``fits`` accepts, printed one under the other from ``k``,
    ends (at most ``RUN_MAX + 1`` lines are looked at)."""
    end = k
    while (
        end < len(lines)
        and end - k < RUN_MAX + 1
        and not lines[end].blank_before
        and fits(lines[end].text)
        and not opens_unit(lines[end].text)
    ):
        end += 1
    return end


def sentence_lines(lines: Sequence[Line], opens_unit: Callable[[str], bool]) -> set[int]:
    """Indices of the lines that go on with the line before them, inside a run of phrase
    lines that reads as one sentence (:func:`reads_as_one_sentence`) right after a line
    that ends one or a post's header row (:func:`posted_row`), or that opens a post's
    text under that row (:func:`_opening_lines`); ``opens_unit`` says that a line never
    continues another (an item's bullet, a credit, furniture)."""
    out: set[int] = set()
    k = 1
    while k < len(lines):
        posted = not ends_sentence(lines[k - 1].text) and posted_row(lines[k - 1].text)
        if not (posted or ends_sentence(lines[k - 1].text)):
            k += 1
            continue
        end = _run_end(lines, k, is_phrase_line, opens_unit)
        if reads_as_one_sentence([line.text for line in lines[k:end]]):
            out.update(range(k + 1, end))
        elif posted:
            opening = _opening_end(lines, k, opens_unit)
            if _opening_lines(lines, k, opening):
                out.update(range(k + 1, opening))
                end = opening
        k = max(end, k + 1)
    return out
