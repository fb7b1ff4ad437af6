"""Officer lists of yearbooks and notices: ``主席：甲；副主席：乙、丙`` — a title chain
opening a clause, a colon, the names holding it (:func:`officer_names`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import is_department_name
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.election_claims import elected_hit, held_at_union
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.extract.people.name_notes import long_note_end
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim, parse_chain
from gonghui_build.text.names import is_plausible_name
from gonghui_build.text.tokenizer import Token

#: A yearbook's officer list: a title chain opening a clause, a colon, the names
#: holding it (主席：甲；党组书记、常务副主席：乙；副主席：丙、丁（女）).
_OFFICERS = re.compile(r"(?:^|(?<=[；。\n]))([^；。：，\n]{2,24})：")
#: What may follow an officer's name (and its note in brackets); spaces set a roster
#: line's names apart.
_AFTER_OFFICER = "、；。\n \u3000"
_SPACES = re.compile(r"[ \u3000]+")


def officer_names(
    text: str,
    tokens: list[Token],
    known: Sequence[OrgSpan] = (),
    earlier: OrgSpan | None = None,
    breaks: frozenset[int] = frozenset(),
) -> list[NameHit]:
    """The names an officer list gives after a whole title chain and a colon, each with
    the chain's titles (held at the union named before, when the chain names no body);
    a note in brackets after a name (（女，回族）) is no part of it. A roster line sets
    its names apart by spaces (委员：甲  乙  丙: ``breaks``, where the text lost them)."""
    hits: list[NameHit] = []
    for label in _OFFICERS.finditer(text):
        chain = parse_chain(text, label.end(1), tokens)
        if not chain or chain[0].start != label.start(1):
            continue  # the label is no title chain (地址：, 电话：)
        if not _held_where_known(chain, label.end(), known, earlier):
            continue  # 女职工委员会主任： of no union named before: whose, the list does not say
        pos = label.end()
        # the label's body for every name: a body in an earlier name's note is that name's
        # other post (甲（某公司工会主席）、乙), not the union the list is of
        held = held_at_union(chain, pos, known, earlier)
        while pos < len(text):
            name = _name_to_break(text, pos, breaks) or name_after(text, pos, tokens)
            after = long_note_end(text, pos + len(name)) if name else pos
            ends = after >= len(text) or text[after] in _AFTER_OFFICER or after in breaks
            if not name or not ends:
                break
            if not held:
                break
            hits.append(elected_hit(name, pos, held))
            spaced = _SPACES.match(text, after)
            if spaced is not None or (after in breaks and after < len(text)):
                pos = spaced.end() if spaced is not None else after
            elif after < len(text) and text[after] == "、":
                pos = after + 1
            else:
                break
    return hits


def _held_where_known(
    chain: list[TitleClaim], pos: int, known: Sequence[OrgSpan], earlier: OrgSpan | None
) -> bool:
    """Whether the bodies of a label's chain are known: it names none or a body of its
    own, or a department (女职工委员会主任：) of the union the entry named before, held
    there (:func:`.election_claims.held_at_union`). A union's committee a chain reads
    into its title (经费审查委员会主任：, ``titles.yaml`` union_committees) is read by
    the chain's own reader, not here."""
    committees = lexicon.words("titles.yaml", "union_committees")
    if any(c.org_written in committees for c in chain):
        return False
    held = held_at_union(chain, pos, known, earlier)
    return not any(c.org_written and is_department_name(c.org_written) for c in held)


def _name_to_break(text: str, pos: int, breaks: frozenset[int]) -> str | None:
    """委员：甲乙 丙某某: the name a roster line printed up to a space the text lost
    (``breaks``), where the words after it would read it longer (甲乙丙)."""
    for size in (2, 3, 4):
        name = text[pos : pos + size]
        if pos + size in breaks and is_plausible_name(name, strong_context=True):
            return name
    return None
