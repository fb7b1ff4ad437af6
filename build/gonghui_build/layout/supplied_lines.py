"""A line that credits the unit and the person who sent an item's copy in, printed with
no bracket (``某某县总工会 某某某供稿``, ``某厂工会 某某 报送``): union sites close the copy
their correspondents send in so. The bracketed form is an end credit already
(:mod:`end_credits`); unbracketed, the unit, the name and the key ran together and the
line was read as a photo's caption, so the correspondent was lost."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.layout.end_credits import names_a_body
from gonghui_build.text.names import is_name_shaped

#: Longest unit's name before the correspondent's (某某市某某区某某街道总工会).
_UNIT_MAX = 20


def is_supplied_line(text: str) -> bool:
    """A whole line of a unit's name, then a person's name closed by a key of who sent
    the copy (供稿, 报送, 供图), glued to the name or after a blank."""
    tokens = text.split()
    if len(tokens) not in (2, 3):
        return False
    key = lexicon.words("bylines.yaml", "supplied_keys").ending(tokens[-1])
    if key is None:
        return False
    names = [*tokens[1:-1], tokens[-1][: -len(key)]] if tokens[-1] != key else tokens[1:-1]
    unit = tokens[0]
    return (
        len(names) == 1
        and is_name_shaped(names[0])
        and len(unit) <= _UNIT_MAX
        and names_a_body(unit)
    )
