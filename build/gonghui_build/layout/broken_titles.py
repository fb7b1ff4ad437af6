"""Two head lines that an index prints as one title: where the line break falls tells
one headline broken by the column from a kicker over its headline (real_dev25). A
kicker is a phrase of its own; a break inside a word or inside a quotation is the
column's. Apart from :mod:`headroles` (which reads it) to keep that module short.
"""

from __future__ import annotations

from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.text import tokenizer

#: Shortest line (characters) on either side of such a break: a title's part, no label.
LINE_MIN = 6
#: Shortest word cut by the break (``环卫|工人``): a compound, not a two-character pair.
WORD_MIN = 4


def broken_mid_word(first: str, second: str) -> bool:
    """The line break falls inside a word of the title the two lines make together
    (``某区总工会为环卫工`` / ``人送去清凉包``: 环卫工人 cut in two): one headline the
    column broke, never a kicker over a headline, which ends where its phrase ends."""
    if len(first) < LINE_MIN or len(second) < LINE_MIN:
        return False
    at = 0
    for word in tokenizer.cut(first + second):
        if at < len(first) < at + len(word):
            return len(word) >= WORD_MIN
        at += len(word)
    return False


def broken_inside(first: str, second: str) -> bool:
    """The break falls inside a word or inside a quotation the first line opens and the
    second closes (``“把每件产品`` / ``都做成精品”``): one headline; a kicker is a phrase
    of its own, its quotes closed."""
    return broken_mid_word(first, second) or first.count("“") % 2 == 1


#: Least dictionary frequency of a word opening with 一 (一线, 一批, 一年一度) read as a
#: word of a headline's second line rather than a dash an OCR read as 一.
ONE_WORD_MIN_FREQ = 100


def opens_with_one_word(line: str) -> bool:
    """A line opening with a word of 一 (``一线职工…``, ``一年一度…``): the second line of a
    broken headline may open so even when the line above ends on a noun (``某某工会开展
    “送清凉”`` / ``一线职工喜获清凉礼包``); a subtitle's dash read as 一 (``一走进…``) opens
    no such word."""
    first = tokenizer.cut(line)[:1]
    return (
        bool(first)
        and first[0].startswith("一")
        and len(first[0]) > 1
        and tokenizer.frequency(first[0]) >= ONE_WORD_MIN_FREQ
    )


def _is_a_bodys_name(text: str) -> bool:
    """``text`` is a body's name and nothing after it (``某港区工会联合会``); unlike
    :func:`end_credits.names_a_body`, which asks only how a text ends."""
    suffix = suffix_of(text)
    return suffix is not None and text.endswith(suffix) and len(text) > len(suffix)


def subject_over_predicate(first: str, second: str) -> bool:
    """The first line is a body and a preposition's phrase with no verb after it, the
    second the line that holds the verb (``某县总工会为茶企`` / ``一线职工送清凉``): the
    subject of a clause over its predicate, one headline the column set over two lines,
    never a kicker (a kicker is a phrase of its own). A second line naming a body of its
    own before its verb (``各地工会为职工办实事`` / ``全省八百多个基层工会年底前建成职工
    书屋``) is a clause of its own under a kicker. A body's name alone over its verb
    (``某市总工会`` / ``举办青工文化补习班``) is left to the kicker the shape pages read it
    as (``tests/pages/shapes/ocr_narrow_columns``), though real_dev33 reads one headline
    there; so is a body over a line opening with a preposition (real_dev3, real_dev4)."""
    lower = tokenizer.tag_tokens(second)
    if not lower or not any(tokenizer.is_verb_tag(t.tag) for t in lower):
        return False
    upper = tokenizer.tag_tokens(first)
    at = max((k for k, t in enumerate(upper) if t.tag.startswith("p")), default=None)
    if at is None or at == len(upper) - 1:
        return False
    after = upper[at + 1 :]
    verb = next(k for k, t in enumerate(lower) if tokenizer.is_verb_tag(t.tag))
    own = any(_is_a_bodys_name(second[: t.end]) for t in lower[:verb])  # 全省…工会 / 建成…
    return (
        _is_a_bodys_name(first[: upper[at].start])
        and all(t.tag.startswith("n") for t in after)
        and not own
    )
