"""The role word opening a token of a credit (``本报记者``, ``某某日报记者``).

Moved out of :mod:`end_credits` (at its line limit) with the pen names it serves
(:mod:`pen_names`), so both read a credit's role words the same way.
"""

from __future__ import annotations

import re

from gonghui_build.layout.role_words import PAPER, QUALIFIED_ROLE_WORD, ROLE_WORD, TRAINEE

#: Role words that may stand before each name of a credit.
CREDIT_ROLE_RE = re.compile(rf"^(?:新华社记者|{ROLE_WORD}|{TRAINEE}|摄影)")
#: A role word a credit in brackets qualifies with a grade or with the name of the paper,
#: station or media centre the reporter writes for (``见习记者``, ``首席记者``,
#: ``某某职工报记者``, ``某某县融媒体中心记者``): a copy from another paper keeps its
#: reporter's paper; the same shapes :mod:`cues` reads in a bracket opening a text.
_QUALIFIED_ROLE_RE = re.compile(rf"^(?:{PAPER}[-－—])?{QUALIFIED_ROLE_WORD}")


def credit_role(token: str) -> re.Match[str] | None:
    """The role word opening a token of a credit: a plain one (``本报记者``, ``实习生``) or
    one qualified by the reporter's paper or agency (``中新社记者``, ``某某日报记者``, a
    paper and its site joined by a dash: ``某某日报-某某网记者``)."""
    return CREDIT_ROLE_RE.match(token) or _QUALIFIED_ROLE_RE.match(token)
