"""Whether a byline's token is a name, or several: the names a byline lists.

Moved out of :mod:`bylines` (at its line limit) unchanged: a token two names were run
together in (``罗晓张建明``), a name of four to six characters the model reads as a
person's, a name a role word keys, names listed with 、.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.credits import two_names
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.extract.people.composed import of_elements
from gonghui_build.extract.people.model import person_spans
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import (
    is_common_word,
    is_name_shaped,
    is_plausible_name,
    is_transliterated,
    split_name,
)

FILE = "bylines.yaml"


def token_names(text: str, name: str, pos: int, named: bool) -> list[tuple[str, int, int]] | None:
    """The names a byline's token at ``pos`` is (``named``: a role word came before it),
    two or three where they were printed as one (（罗晓张建明）, 通讯员 罗晓张建明李红);
    None when it is no name."""
    if parts := two_names(name) or (three_names(name) if named else None):
        out, at = [], pos
        for part in parts:
            out.append((part, at, at + len(part)))
            at += len(part)
        return out
    if is_name_shaped(name) or _long_name(text, name, pos) or (named and _any_name(name)):
        return [(name, pos, pos + len(name))]
    return None


def three_names(name: str) -> tuple[str, str, str] | None:
    """``通讯员 罗晓帆张建明李红``: three names of a byline printed with no space between
    them, after a role word (which says they are names), read so only when exactly one
    way of cutting the run leaves three names of two or three characters each, of a
    common surname and no ordinary word; a run cut no way, or two ways, is left whole."""
    if not 6 <= len(name) <= 9 or is_name_shaped(name) or not all(is_cjk(c) for c in name):
        return None
    cuts = [
        (a, b)
        for a in (2, 3)
        for b in (a + 2, a + 3)
        if 2 <= len(name) - b <= 3 and all(_plain_name(p) for p in (name[:a], name[a:b], name[b:]))
    ]
    if len(cuts) != 1:
        return None
    a, b = cuts[0]
    return name[:a], name[a:b], name[b:]


def _plain_name(part: str) -> bool:
    """A name of a common one-character surname that is no ordinary word (a part of
    names run together)."""
    parts = split_name(part)
    common = parts is not None and parts[0] in lexicon.surnames().common
    return common and is_plausible_name(part, strong_context=True)


def listed_names(text: str, name: str, pos: int, named: bool) -> list[tuple[str, int, int]] | None:
    """``樊某、叶某某``, ``（张某、方某）``: names a byline lists with 、 between them,
    each read as a token of its own; None unless every part is a name and none ends
    with a title (某区委书记、区长 is a signed article's title)."""
    if "、" not in name:
        return None
    out: list[tuple[str, int, int]] = []
    at = pos
    for part in name.split("、"):
        found = token_names(text, part, at, named) if part else None
        titled = lexicon.titles().at_end.search(part)
        if not found or titled or lexicon.words(FILE, "role_words").in_text(part):
            return None  # 某某、通讯员某某: a role word inside a part is no name
        out += found
        at += len(part) + 1
    return out


def _long_name(text: str, name: str, pos: int) -> bool:
    """吉克曲布, 李敖日格乐: a name of four to six characters, of no Chinese name's shape,
    that the model reads as a person (its reading starts where the name starts)."""
    if not 4 <= len(name) <= 6 or not all(is_cjk(c) for c in name) or suffix_of(name):
        return False  # （某某矿工会）: a unit's credit, whatever the model reads
    return any(a == pos for a, _ in person_spans(text))


def _any_name(name: str) -> bool:
    """A token a role word names (记者 格桑旺堆, 通讯员 古丽米拉·艾山), or the one name
    of a credit (（晓峰）): two to six Chinese characters, or a transliterated name,
    and no organisation's name (（大荔县总工会）)."""
    plain = 2 <= len(name) <= 6 and all(is_cjk(c) for c in name) and not is_common_word(name)
    # 记者 乌云其木格: a Mongolian name of elements, which jieba may know as a word
    return (plain or is_transliterated(name) or of_elements(name)) and suffix_of(name) is None
