"""An honour a unit receives by a bare verb (某矿综采一队采煤班获全国工人先锋号) or in the
passive with the awarding body between (某矿掘进二区一班被市总工会授予工人先锋号): the
unit before the verb ends there, as before 荣获 (``org_suffixes.yaml`` award_verbs).

获 alone as often gives a contest's place (某公司一队获团体第一名: the team stands for its
body and is no unit of its own), so the unit ends at the bare verb only where the honour's
name follows in the clause (``page_furniture.yaml`` award_list_headings: 先锋号, 奖状,
称号…).
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import words

#: The longest stretch of a clause read for the honour's name after the verb, and for
#: the awarding body between 被 and its verb, in characters.
_HONOUR_REACH = 24
_AGENT_REACH = 16
#: Marks that close a clause (the honour is named before them).
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")


def _clause_from(text: str, at: int, reach: int) -> str:
    """``text`` from ``at`` to the end of its clause, ``reach`` characters at most."""
    rest = text[at : at + reach]
    stop = _CLAUSE_END.search(rest)
    return rest[: stop.start()] if stop else rest


def _names_an_honour(clause: str) -> bool:
    """``clause`` names an honour (工人先锋号, 五一劳动奖状, …称号)."""
    honours = lexicon.words("page_furniture.yaml", "award_list_headings")
    return any(word in clause for word in honours.words)


def honour_after(text: str, end: int) -> bool:
    """A unit ending at ``end`` of ``text`` receives an honour named in the clause: a
    bare award verb (获, 喜获) or 被 with the awarding body and a verb (被某总工会授予)
    follows, then the honour's name."""
    verb = words("bare_award_verbs").starting(text, end)
    if verb:
        return _names_an_honour(_clause_from(text, end + len(verb), _HONOUR_REACH))
    marker = words("passive_markers").starting(text, end)
    if not marker:
        return False
    agent = _clause_from(text, end + len(marker), _AGENT_REACH)
    found = re.search(words("passive_award_verbs").pattern, agent)
    if found is None:
        return False
    after = end + len(marker) + found.end()
    return _names_an_honour(_clause_from(text, after, _HONOUR_REACH))
