"""A county whose name opens with a conjunction (和县 of Anhui) printed where the
conjunction joins a place to a body's short form: ``到建筑工地和县环卫所慰问`` 'to the
building sites and the county's sanitation station'. jieba reads 和县 whole, and the
county named the article's short forms (县总工会 → 和县总工会) though the article named
its own county's federation in full before (a shape acts53 met on real pages of county
unions' summer relief, read by devorgs2, s43). The grammar's walk already reads the body
from the level word (县环卫所, the conjunction a stop word before it): where it does, the
conjunction is the sentence's and the place is none; a county's own body (和县总工会,
安徽省和县…) is read with the county's name and keeps it."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.names import words
from gonghui_build.text import places
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token


def conjunction_before_a_short_form(text: str, m: places.PlaceMention, tokens: list[Token]) -> bool:
    """Whether the place ``m`` opens with a conjunction (``brand_conjunctions``) and an
    organisation the grammar reads begins right after it, at the level word (和|县环卫所),
    or the level's bodies taken together do (和|县直单位: ``level_collective_marks``),
    after a word the conjunction joins (工地|和)."""
    if text[m.start] not in words("brand_conjunctions") or m.start == 0:
        return False
    if not is_cjk(text[m.start - 1]):
        return False  # ，和县总工会: the county opens its clause
    if text[m.end : m.end + 1] in words("level_collective_marks"):
        return True  # 主席和县直单位: the county's bodies together, no body the walk reads
    return any(s.start == m.start + 1 for s in find_org_spans(text, tokens))
