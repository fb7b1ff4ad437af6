"""A ranked corps' unit printed before a lower unit's whole name: 某省消防救援总队|某市消防
救援支队|某区大队 is a post's chain of two bodies, the province's corps (总队) and the
city's detachment with its district's brigade, not one body. A corps ranked by
divisions (a province's 总队 over a city's 支队 over a county's 大队) names each lower
unit by its own division's full name and its own kind word, so a division's full name
right after a 总队 or a 支队 opens another body when a kind word (消防救援) stands between
the division and the next suffix. A bare unit after the division (某市消防救援支队|某区|
大队) is the detachment's brigade, one name with it. Read by :mod:`.walk`, and by
:mod:`..people.titles` for a caption, whose whole text before a title is its body."""

from __future__ import annotations

from gonghui_build.extract.organisations.brands import is_place
from gonghui_build.extract.organisations.names import suffix_of, suffix_starting, words
from gonghui_build.text import places
from gonghui_build.text.tokenizer import Token


def lower_unit_of_a_ranked_corps(tokens: list[Token], j: int, text: str) -> bool:
    """Whether the division ``tokens[j]`` opens a lower unit's own name after a ranked
    corps' unit (某省消防救援总队|某市|消防救援支队): a place by its full name (its level
    word last), a ``ranked_corps_units`` suffix right before it, and no suffix right
    after it (某市消防救援支队|某区|大队 stays one name)."""
    tok = tokens[j]
    if not is_place(tok) or tok.word[-1:] not in words("place_markers"):
        return False
    return after_a_ranked_unit(text, tok.start) and suffix_starting(text, tok.end) is None


def after_a_ranked_unit(text: str, at: int) -> bool:
    """Whether a ranked corps' unit (``ranked_corps_units``: 总队, 支队) ends at ``at``."""
    return suffix_of(text, at) in words("ranked_corps_units")


def lower_unit_start(body: str) -> int:
    """Where the last lower unit's own name opens in a caption's body printed as one run
    (某省消防救援总队|某市消防救援支队某区大队: at 某市), 0 where none does: a division's
    full name right after a ranked corps' unit with no suffix right after it."""
    opens = [
        m.start
        for m in places.find_places(body)
        if m.full
        and m.start > 0
        and after_a_ranked_unit(body, m.start)
        and suffix_starting(body, m.end) is None
    ]
    return opens[-1] if opens else 0
