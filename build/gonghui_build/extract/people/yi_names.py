"""Yi names (阿苏某某, 吉克某某, 马海某某): a clan name of two characters
(``reference/people.yaml`` yi_clan_names) and a given name of two, printed with no Han
surname. The surname rules find no name in them and the model cuts them anywhere
(阿苏某|某, 马|海某|某老师, 沙马某|某等人); the clan name says where the name starts and
the four characters where it ends. Kept apart from :mod:`.composed`, whose names are
made of known elements only."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, tag_tokens

#: Characters of a clan name, and of a whole name.
CLAN, NAME = 2, 4


def follows_name(text: str) -> bool:
    """A word that follows names (``people.yaml`` name_followers: 说, 同志, 等…) or no
    Chinese character opens ``text``: a name may end right before it."""
    if not text or not is_cjk(text[0]):
        return True
    return lexicon.words("people.yaml", "name_followers").starting(text) is not None


@functools.cache
def _clans() -> frozenset[str]:
    return frozenset(lexicon.words("people.yaml", "yi_clan_names"))


def yi_name_end(text: str, pos: int, tokens: Sequence[Token] | None = None) -> int | None:
    """The end of a Yi name starting at ``pos``: a clan name and two Chinese characters
    that start no word that follows names (沙马|出席), the last no such word jieba reads
    (马海波|说; 阿苏某某 is one name though jieba reads its last two characters as a
    word) where the clan name's first character is a Han surname (沙 and 阿 are far
    more often words: ``surnames.yaml`` ambiguous; so 沙马某则|当选 is one Yi name though
    则 follows names), and a word of jieba's starting right after them or no Chinese
    character (马海某某|老师; not 马海波副|主席, where jieba's 副主席 starts a character
    earlier; nor where a title does, 马海波|副主席)."""
    end = pos + NAME
    if text[pos : pos + CLAN] not in _clans() or end > len(text):
        return None
    given = text[pos + CLAN : end]
    if not all(map(is_cjk, given)) or follows_name(text[pos + CLAN : pos + CLAN + 4]):
        return None
    tokens = tokens if tokens is not None else tag_tokens(text)
    starts = {t.start for t in tokens}
    han_first = lexicon.surnames().is_surname(text[pos])
    if han_first and end - 1 in starts and follows_name(text[end - 1 : end + 3]):
        return None  # 马海波|说: a Han name of three characters, and a word after names
    if lexicon.titles().regex.match(text, end - 1):
        return None  # 马海波|副主席: a Han name, and a title
    return end if end == len(text) or not is_cjk(text[end]) or end in starts else None


def yi_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The Yi name the model read part of at ``text[start:end]``: one starting at the
    span's start or a character before it (人马|海伍 holds 马海), that covers the span."""
    for pos in (start, start - 1):
        stop = yi_name_end(text, pos) if pos >= 0 else None
        if stop is not None and end <= stop:
            return pos, stop
    return None
