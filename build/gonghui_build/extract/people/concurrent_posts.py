"""A further post taken by a name printed after its title: ``集团党委副书记甲兼任集团工会
主席``, ``某局副局长乙担任局工会主席``. The verb (``people.yaml`` concurrent_post_verbs)
gives the titled name the post after it, as 当选 does (某学院教授甲当选为…); where the
clause opens with 由 (由某副主席甲担任团长的某考察团) the post is a delegation's head,
read by :mod:`.designated_posts`, not here."""

from __future__ import annotations

from gonghui_build import reference as lexicon

#: The verb of an election after the name that a title before the name may precede.
ELECTED = "当选"
#: The preposition of 由甲担任团长: the clause names who heads a delegation or group.
_DESIGNATING = "由"
#: Marks that close the clause before the name.
_CLAUSE_ENDS = "，。；：\n"


def titled_name_may_precede(text: str, start: int) -> bool:
    """Whether the election verb at ``text[start:]`` gives its post to a name printed
    right after a title (see the module docstring)."""
    if text.startswith(ELECTED, start):
        return True
    if lexicon.words("people.yaml", "concurrent_post_verbs").starting(text, start) is None:
        return False
    opening = max(text.rfind(mark, 0, start) for mark in _CLAUSE_ENDS) + 1
    return _DESIGNATING not in text[opening:start]
