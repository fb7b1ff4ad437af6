"""A company or its union printed again by the tail of the name the article printed
first: 中交某公局东南公司工会 … 东南公司工会, 中铁某局三公司工会 … 三公司工会.

A company paper or a yearbook names a subsidiary once under its group (the group's short
name, then the subsidiary's own) and then by the subsidiary's own name alone. Read alone,
the tail is a body of its own (东南公司工会), listed beside the full name it stands for;
it is that body, printed short, and takes its name. Read by :func:`.context.resolve`
where no other short-form reading applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.text.names import is_plausible_name
from gonghui_build.vocabulary import OrgType

if TYPE_CHECKING:
    from gonghui_build.extract.organisations.article_context import ArticleContext

#: The kinds of body whose tail names the whole: an enterprise and its union. A
#: federation, a Party or state body printed short is read by its place
#: (:mod:`.place_short_forms`), never by another body's tail.
_TAIL_KINDS = (OrgType.company, OrgType.union)
#: The fewest characters the whole name holds before its tail: a group's short name
#: (中交某公局, 中铁某局) is two or more.
_MOST_OPENING = 2


def _owner_kind(written: str, suffix: str) -> OrgType | None:
    """The kind of the enterprise a name is of: its own suffix's, or, for a union
    (某公司工会), the suffix's of the body before the union's; None when no word of its
    own stands before that suffix (集团, 公司工会: a bare kind, read back elsewhere)."""
    if suffix_types()[suffix] == OrgType.union:
        written = written[: -len(suffix)]
        suffix = suffix_of(written) or ""
    if not suffix or len(written) <= len(suffix):
        return None
    return suffix_types()[suffix]


def earlier_name_ending_with(
    written: str, suffix: str, offset: int, context: ArticleContext
) -> str | None:
    """The name printed last before ``offset`` in the article that ends with
    ``written`` and opens with two characters or more before it (中交某公局|东南公司工会
    for 东南公司工会), when ``written`` is an enterprise or an enterprise's union printed
    with a word of its own before its suffix; None otherwise."""
    if suffix_types()[suffix] not in _TAIL_KINDS or _owner_kind(written, suffix) not in _TAIL_KINDS:
        return None
    if words("level_markers").starting(written) or words("anaphors").starting(written):
        return None
    longer = [
        name
        for pos, name in context.orgs
        if pos < offset
        and name.endswith(written)
        and len(name) - len(written) >= _MOST_OPENING
        and not _is_an_appointment(name[: -len(written)])
    ]
    return longer[-1] if longer else None


def _is_an_appointment(opening: str) -> bool:
    """Whether what the longer name holds before the tail is a person's name and an
    appointment's verb (何立平任|青禾机械厂工会, 选举乙为…), read into a body's name before
    :func:`.appointees.after_appointment` cut it: that name is no group the tail stands for."""
    verbs = lexicon.words("people.yaml", "election_after")
    for size in (3, 2):
        rest = opening[size:]
        verb = rest and (rest == "为" or verbs.starting(opening, size) == rest)
        if verb and is_plausible_name(opening[:size], strong_context=True):
            return True
    return False
