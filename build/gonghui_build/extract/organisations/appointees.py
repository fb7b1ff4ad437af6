"""Where a body's name starts after the person an appointment or a removal names:
某某|任|某机械厂工会, 选举乙为|公司工会, 某某任|市总工会办公室. jieba reads the name and
the verb into the body's first words (乙为, 任市), so that the walk left from the suffix
runs into the person. A word of address after the name (某某同志|任…, 免去某某同志|…) is
a left stop of the walk (``org_suffixes.yaml`` left_stops, :mod:`.career_openings`), not
read here. Apart from :mod:`.edges` for its length.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import words
from gonghui_build.text import places
from gonghui_build.text.names import is_plausible_name
from gonghui_build.text.tokenizer import Token

#: What opens the clause an appointment states (，甲任某厂工会主席; 选举乙为…): a stop, or
#: the verb of an election before the name (``people.yaml`` election_before).
_CLAUSE_STOPS = "，,。；;：:、 \n"
#: The verb an election prints between a name and a post (``people.yaml`` election_after,
#: longest first) or the 为 of 选举乙为…, between a name and the body the post is held at.
_WEI = "为"


def after_appointment(text: str, begin: int, start: int, tokens: list[Token]) -> int:
    """某某|任|某机械厂工会, 选举乙为|公司工会: a person's name opening a clause, then
    the verb of an appointment, that jieba reads into the body's first words (
    乙为 as one word), are no part of the body; it begins after the verb, where a word
    of jieba's begins. A known place is no person's name (张家港|为民服务中心 stays
    whole)."""
    if not _opens_clause(text, begin):
        return begin
    for size in (3, 2):
        name = text[begin : begin + size]
        name_end = begin + size
        after = lexicon.words("people.yaml", "election_after").starting(text, name_end)
        verb = after or (_WEI if text.startswith(_WEI, name_end) else None)
        if verb is None or name_end + len(verb) > start:
            continue
        if not is_plausible_name(name, strong_context=True) or places.lookup(name):
            continue
        body = name_end + len(verb)
        if any(t.end == body for t in tokens) or _level_opens(text, body, start):
            return body  # the body's words as jieba reads them
    return begin


def after_removal(text: str, begin: int, start: int) -> int:
    """免去|罗某某区总工会副主席职务: a person's name right after a removal's verb
    (``people.yaml`` removal_verbs), then a bare level word opening the body, is no part
    of the body; it begins at the level word. A known place is no person's name."""
    if lexicon.words("people.yaml", "removal_verbs").ending(text, begin) is None:
        return begin
    for size in (3, 2):
        name = text[begin : begin + size]
        plausible = is_plausible_name(name, strong_context=True) and not places.lookup(name)
        if plausible and _level_opens(text, begin + size, start):
            return begin + size
    return begin


def _level_opens(text: str, at: int, start: int) -> bool:
    """A bare level word opens the body at ``at`` (某某任|市总工会办公室主任: jieba's 任市),
    a level's short form that a place's name (任丘市) is not."""
    level = words("place_markers").starting(text, at)
    return (
        level is not None and at + len(level) <= start and not places.lookup(text[at - 1 : at + 2])
    )


def _opens_clause(text: str, begin: int) -> bool:
    """Whether ``begin`` opens a clause or follows an election's verb."""
    if begin == 0 or text[begin - 1] in _CLAUSE_STOPS:
        return True
    return lexicon.words("people.yaml", "election_before").ending(text, begin) is not None
