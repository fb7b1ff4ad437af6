"""Traditional characters read as simplified, position for position.

Mirror sites and Hong Kong or Taiwan copies print union news in traditional characters
(``記者``, ``責任編輯``, ``劉安 攝``). Every cue the layout reads (datelines, bylines,
credits, furniture words) is written once, in simplified characters; rather than
listing each cue a second time, the layout reads a *simplified view* of a traditional
page: the same text converted by OpenCC (``t2s``, the maintained converter, Apache-2.0),
character for character, so that every offset in the view is an offset in the page and
the page itself (what was printed) is never changed. The paragraphs of such a page are
read in simplified characters too, as a recorded repair (``traditional_simplified``,
:mod:`gonghui_build.layout.repair`): the extraction's names, titles and organisations are
written once, in simplified characters, while every ``*_as_written`` value keeps what the
page prints.

A page is read through the view only when it is written in traditional characters
(enough of its Chinese characters convert): a simplified page is read as it is, so that
a character the converter would also change in simplified text (a rare variant) never
moves a simplified page's layout.
"""

from __future__ import annotations

import functools
import re

import opencc

from gonghui_build.text.chars import CJK, is_cjk

#: A reading in tone-marked pinyin printed in brackets right after a character, as some
#: mirror sites print one after every character whose reading they gloss
#: (``中國(guó)工會(huì)``): no part of the text.
PINYIN_GLOSS_RE = re.compile(
    rf"(?<={CJK})[（(][a-zü]{{0,5}}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{{0,5}}[)）]"
)

#: Share of a page's Chinese characters that must convert for it to be traditional.
TRADITIONAL_SHARE = 0.04
#: Fewest converting characters for a page to be traditional (a short page of a title).
TRADITIONAL_MIN = 3


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1 << 14)
def _char(ch: str) -> str:
    """``ch`` in simplified characters when that is one character, else ``ch``."""
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length: OpenCC's phrase-aware
    conversion when it keeps every offset, else character by character."""
    whole = _converter().convert(text)
    if len(whole) == len(text):
        return whole
    return "".join(_char(ch) for ch in text)


def is_traditional(text: str, converted: str | None = None) -> bool:
    """Whether ``text`` is written in traditional characters: enough of its Chinese
    characters differ from their simplified form."""
    converted = to_simplified(text) if converted is None else converted
    chinese = sum(1 for ch in text if is_cjk(ch))
    changed = sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    return changed >= TRADITIONAL_MIN and changed >= TRADITIONAL_SHARE * chinese


def simplified_view(text: str) -> str:
    """What the layout reads: a traditional page in simplified characters, offset for
    offset; any other page as it is."""
    converted = to_simplified(text)
    return converted if is_traditional(text, converted) else text
