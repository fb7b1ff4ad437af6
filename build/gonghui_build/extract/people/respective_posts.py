"""Two titles joined by a conjunction before two names listed with 、, read in turn:
``某公司总经理和工会主席甲、乙`` (甲 the company's 总经理, 乙 its union's 主席),
``县总工会组织部部长和副部长甲、乙`` (甲 部长, 乙 副部长 of the department). Read whole,
the pair is one post both names share (部长和副部长), or the first title is lost; a reader
takes the titles one to each name, in order, as the conjunction joins them as a list's
items (``titles.yaml`` list_conjunctions). Two names only: a third name (甲、乙、丙) or a
closing 等 leaves the pairing unsure, and the chain is read as before."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.titles import TitleClaim, parse_chain
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk

#: How far before the last title's start the conjunction may stand (a body of the last
#: title between: 和工会|主席, 和县总工会|主席).
_REACH = 10
#: The mark the conjunction is read as, a list's: the same length, so offsets hold.
_LIST_MARK = "、"


def _conjunction_before(text: str, title_start: int) -> int | None:
    """Where the one-character conjunction nearest before ``title_start`` stands, in the
    same run of characters (no mark between); None when there is none."""
    joiners = {w for w in lexicon.words("titles.yaml", "list_conjunctions") if len(w) == 1}
    for k in range(title_start - 1, max(-1, title_start - 1 - _REACH), -1):
        if not is_cjk(text[k]):
            return None
        if text[k] in joiners:
            return k
    return None


def respective_claims(
    text: str, title_start: int, title_end: int, names_after: int, closed: bool
) -> tuple[tuple[TitleClaim, ...], tuple[TitleClaim, ...]] | None:
    """The claims of the first and of the second of two names listed after the title
    chain ending at ``title_end`` (the last title opening at ``title_start``) when a
    conjunction joins two titles in it; None otherwise. ``names_after``: how many names
    the list holds after the first; ``closed``: whether 等 closes it."""
    if names_after != 1 or closed:
        return None
    k = _conjunction_before(text, title_start)
    if k is None:
        return None
    as_list = text[:k] + _LIST_MARK + text[k + 1 :]
    chain = parse_chain(as_list, title_end, tokenizer.tag_tokens(as_list))
    first = tuple(c for c in chain if c.end <= k)
    second = tuple(c for c in chain if c.start > k)
    if not first or not second or first[-1].end != k or len(first) + len(second) != len(chain):
        return None
    return first, second
