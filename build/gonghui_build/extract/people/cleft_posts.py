"""A post stated by a cleft sentence: ``当选经费审查委员会主任的是 某某``, ``担任裁判长的是
某某``. The election's or appointment's verb opens the clause with no name before it, and
the person comes after ``的是`` that closes the post: the chain of titles ends before it,
the name opens right after it (a blank the page printed between them aside)."""

from __future__ import annotations

from gonghui_build.extract.people.elected_lists import CLAUSE
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.text.tokenizer import Token

#: The words that close a cleft sentence's post and open its person (…主任的是|某某).
CLEFT = "的是"
#: The longest post read between the verb and ``的是``.
_LONGEST_POST = 24


def cleft_stop(text: str, end: int) -> int | None:
    """Where ``的是`` closes the post a verb ending at ``end`` states (当选|某某主任|的是),
    within the verb's clause; None when no such word follows the post."""
    at = text.find(CLEFT, end, end + _LONGEST_POST + len(CLEFT))
    if at <= end or any(c in CLAUSE for c in text[end:at]):
        return None
    return at


def cleft_name(text: str, stop: int, tokens: list[Token]) -> tuple[str, int] | None:
    """The name, and where it starts, right after ``的是`` at ``stop`` (…的是 孟和。)."""
    at = stop + len(CLEFT)
    while at < len(text) and text[at].isspace():
        at += 1
    name = name_after(text, at, tokens)
    return (name, at) if name else None
