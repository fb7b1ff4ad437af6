"""Speaker heads of a round-up: each item a person's name and their unit or post on a
line of its own, then what they said, all under one headline.

An e-paper's round-up of deputies' or workers' statements (``听听他们怎么说`` over
``王某 某公司焊工`` / ``“……”`` / ``李某 某社区护士`` / ``“……”``) prints its first
speaker's line right under the headline, with nothing between them. Read as part of the
head, that line takes the headline's place (the printed headline falls to a kicker) or
becomes a subtitle, and the first speaker is lost to the head. The line is the first of
the round-up's section heads when a later line of the same article is one too: the shape
recurs, a subtitle does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.shapes import Shape, is_place_name
from gonghui_build.text.chars import OPENING_QUOTES, ends_sentence, without_spaces
from gonghui_build.text.names import is_common_word, is_name_shaped

#: What sets a speaker's name apart from their unit or post: a space, a colon, brackets.
_PARTS_RE = re.compile(r"[\s：:（）()]+")
#: Longest speaker head (characters, spaces removed): a name, a post and a unit.
SPEAKER_HEAD_MAX = 40
#: Shapes a later speaker head takes (``王某：某公司焊工`` reads as a turn, i.e. text).
_LATER = frozenset({Shape.DISPLAY, Shape.PERSON_CAPTION, Shape.BODY})
#: Shapes that open another article: a round-up's speakers never run past one.
_STOPS = frozenset({Shape.DATELINE, Shape.BYLINE, Shape.ITEM, Shape.ENTRY})
#: Marks that open a quotation: the speaker's own words (``text.chars.OPENING_QUOTES``).
#: Opening marks only, on purpose: ``extract.people.described._QUOTES`` strips the marks
#: on both sides of an honour (``“某省技术能手”``) and ``text.chars.CLOSERS`` the closing
#: ones after a sentence.
_QUOTES = tuple(OPENING_QUOTES)


def speaker_name(plain: str) -> str | None:
    """The name in a person's name set apart from their unit or post (``王某 某公司焊工``,
    ``某公司焊工 王某``, ``王某：某公司焊工``, ``市人大代表 王某（某公司工会主席）``),
    no sentence: the head of one item of a round-up; None for any other line."""
    compact = without_spaces(plain)
    if not compact or len(compact) > SPEAKER_HEAD_MAX or ends_sentence(compact):
        return None
    parts = [p for p in _PARTS_RE.split(plain.strip()) if p]
    named = [p for p in parts if _is_name(p)]
    if len(named) != 1 or not any(len(p) >= 2 and p not in named for p in parts):
        return None
    return named[0]


def _is_name(part: str) -> bool:
    """A person's name: name-shaped, no place, no ordinary word (代表, 劳模)."""
    return (
        2 <= len(part) <= 4
        and is_name_shaped(part)
        and not is_place_name(part)
        and not is_common_word(part)
    )


def opens_round_up(blocks: list[Block], i: int, ahead: SpeakerScan) -> bool:
    """Whether the head line ``i`` is a round-up's first speaker head: a speaker head over
    the speaker's words (a quotation, or text naming them), with a later speaker head
    after text, before any dateline or byline opens another article (``ahead``, the page's
    :func:`speaker_scan` as its shapes stand). A unit and a writer's name under a web
    copy's title (``某公司 某某``) stands over news text that names no writer: a byline,
    no speaker."""
    name = speaker_name(blocks[i].plain)
    if name is None or i + 1 >= len(blocks) or not _speaks(blocks[i + 1].plain, name):
        return False
    return ahead.later_speaker(i + 1)


@dataclass(frozen=True)
class SpeakerScan:
    """For each block of a page (and one past the last), the first block at or after it
    that opens another article (:data:`_STOPS`), that is text ending a sentence, and that
    may be a later speaker head: found in one backward pass over the page, so that asking
    it of every head costs one pass, not one for each head (a long list of speakers)."""

    stop: tuple[int, ...]
    text: tuple[int, ...]
    speaker: tuple[int, ...]

    def later_speaker(self, start: int) -> bool:
        """Whether, from block ``start`` on and before the first block that opens another
        article, a later speaker head follows a block of text ending a sentence."""
        end = self.stop[start]
        texted = self.text[start]
        return texted < end and self.speaker[texted + 1] < end


def speaker_scan(blocks: list[Block], shapes: list[Shape]) -> SpeakerScan:
    """The page's :class:`SpeakerScan` as its ``shapes`` stand now."""
    n = len(blocks)
    stop, text, speaker = [n] * (n + 1), [n] * (n + 1), [n] * (n + 1)
    for j in range(n - 1, -1, -1):
        shape, plain = shapes[j], blocks[j].plain
        stop[j] = j if shape in _STOPS else stop[j + 1]
        texted = shape is Shape.BODY and ends_sentence(plain.strip())
        text[j] = j if texted else text[j + 1]
        speaks = shape in _LATER and speaker_name(plain) is not None
        speaker[j] = j if speaks else speaker[j + 1]
    return SpeakerScan(tuple(stop), tuple(text), tuple(speaker))


def _speaks(text: str, name: str) -> bool:
    """Text that gives a speaker's words: a quotation, or a paragraph naming them."""
    compact = without_spaces(text)
    return compact.startswith(_QUOTES) or name in compact
