"""Places named after a family, printed before the unit they name: ``李家塔矿``.

A village, a town or a mine is often named after the family that settled it: a
surname, 家 and one more character (李家塔, 王家坪, 唐家河), then the unit (矿, 村, 镇).
The model reads the first three characters as a person's name of three characters,
which they are shaped as; a person's name is not followed by a mine's or a village's
character as a noun, so the span is refused (:mod:`.model`). Names with 家 in them
(李家豪, 胡家凯) stay names wherever no unit follows, or where the unit's head does
(胡家凯村长: the village head).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon

#: The character of a family's place (李家塔: the 李 family's 塔).
_FAMILY = "家"
#: The head of a unit after its character (矿长, 村长, 镇长).
_HEAD = "长"


def names_a_family_place(text: str, start: int, end: int) -> bool:
    """李家塔|矿, 王家坪|村: a surname, 家 and one character right before a mine, village
    or town (``people.yaml`` family_place_units) is the place the unit is named after;
    the unit's head after it (矿长, 村长) or a title opening there leaves the name a
    name."""
    name = text[start:end]
    if len(name) != 3 or name[1] != _FAMILY or not lexicon.surnames().is_surname(name[0]):
        return False
    unit = lexicon.words("people.yaml", "family_place_units").starting(text, end)
    if unit is None or text.startswith(_HEAD, end + len(unit)):
        return False
    return not lexicon.titles().regex.match(text, end)
