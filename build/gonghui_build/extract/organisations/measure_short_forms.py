"""A body's short form that jieba reads as a measure word (段 of 机务段: 段|工会主席), printed
glued to the body's union or committee at a clause's head or after an anaphor (。段工会主席
某某, 该段工会): the short form opens the name, read back to the section the article named
before (``org_suffixes.yaml`` context_suffixes), as 厂工会 is read back to the works. The
walk stopped at the measure word and left a bare 工会, so the post was held nowhere.

Read back only to the one section the article named before it: where it named two (a
locomotive and a rolling-stock section's joint contest, a traffic section's station beside
another section), 段 says not which, and the nearest is a guess that makes a union the
page never names (an organisation too many and the post's true one missed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gonghui_build.extract.organisations.names import words
from gonghui_build.text.chars import CLAUSE_MARKS, is_cjk

if TYPE_CHECKING:
    from gonghui_build.extract.organisations.article_context import ArticleContext


def measure_short_form_start(text: str, begin: int, start: int) -> int:
    """Where a name whose suffix starts at ``start`` begins when the walk read nothing
    before it (``begin == start``) and a measure short form (段) is printed right before
    it, at the text's or a clause's head or after an anaphor; else ``begin``."""
    if begin != start:
        return begin
    short = words("measure_short_forms").ending(text, start)
    if not short:
        return begin
    at = start - len(short)
    head = at == 0 or (text[at - 1] in CLAUSE_MARKS and not _levels_listed(text, at - 1))
    return at if head or words("anaphors").ending(text, at) else begin


def _levels_listed(text: str, mark: int) -> bool:
    """Whether the list mark at ``mark`` closes an item of one character after a
    determiner or a clause's head (各站、段工会, 。局、段工会: stations' and sections' unions,
    levels listed, not the article's section): a post's holder is no single character."""
    if text[mark] != "、" or mark == 0 or not is_cjk(text[mark - 1]):
        return False
    before = mark - 1
    head = before == 0 or text[before - 1] in CLAUSE_MARKS
    return head or bool(words("determiners").ending(text, before))


def sole_body_before(context: ArticleContext, offset: int, kinds: tuple[str, ...]) -> str | None:
    """The body of one of ``kinds`` the article named before ``offset`` when it named one
    only (under one spelling or a longer one that ends with it: 郑州工务段 and 某局集团
    有限公司郑州工务段 are one section); None when it named none or two."""
    named = {
        body
        for pos, _ in context.orgs
        if pos <= offset and (body := context.org_before(pos, kinds)) is not None
    }
    if any(not (a.endswith(b) or b.endswith(a)) for a in named for b in named):
        return None
    return context.org_before(offset, kinds)
