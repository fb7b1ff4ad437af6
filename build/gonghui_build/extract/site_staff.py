"""A news site's own copy: the names closing it in brackets are its staff's.

A portal prints its name over the page (its masthead, ``某某资讯网``) and names itself in
its header's source field (``来源：某某资讯网``) when the copy is its own, not a reprint:
the bare names in brackets closing the text (``（某甲 某乙）``, no role word) are the
site's reporters, not a union's correspondents sending an item in. A site reposting a
paper's items (``来源：某网—《某报》``, no masthead of that name) or a body's own copy
(``来源：县总工会``) keeps the correspondents. Read on real_dev9's portal page (s48).
A digest the site compiles (``基层工会一周动态``: items each closed by its own bracketed
name) is no copy of its own: its items are sent in by the units' correspondents, as a
paper's briefs are, and their names stay correspondents (real_dev20).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.credits import names_a_paper
from gonghui_build.extract.facts import ArticleFacts, AuthorFact
from gonghui_build.extract.header_authors import source_named
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import AuthorRole

#: The roles of the lines over a web copy's text: its masthead (a banner) and header.
_HEADER_ROLES = frozenset({"furniture", "banner"})


def _own_source(furniture: Sequence[Paragraph]) -> str | None:
    """The site a page's header names as its copy's source when it is a news outlet
    (:func:`names_a_paper`) whose name the page also prints alone (its masthead)."""
    alone = {p.text.strip() for p in furniture}
    for p in furniture:
        source = source_named(p.text)
        if source and source in alone and names_a_paper(source):
            return source
    return None


def _bare_bracket(p: Paragraph | None, author: AuthorFact) -> bool:
    """The author's name stands in brackets holding names alone, no role word."""
    if p is None:
        return False
    opening = max(p.text.rfind(c, 0, author.span.text_start) for c in "（(")
    closings = [at for c in "）)" if (at := p.text.find(c, author.span.text_end)) >= 0]
    if opening < 0 or not closings:
        return False
    closing = min(closings)
    inside = p.text[opening + 1 : closing]
    return lexicon.words("bylines.yaml", "role_words").in_text(inside) is None


def own_staff(paragraphs: Sequence[Paragraph], articles: list[ArticleFacts]) -> list[ArticleFacts]:
    """The articles of a page with the correspondents of bare closing brackets made
    reporters when the page is a news site's own copy (:func:`_own_source`)."""
    if _own_source([p for p in paragraphs if p.role in _HEADER_ROLES]) is None:
        return articles
    by_seq = {p.seq: p for p in paragraphs}

    def bare(a: AuthorFact) -> bool:
        return a.role is AuthorRole.correspondent and _bare_bracket(by_seq.get(a.span.paragraph), a)

    if sum(any(map(bare, art.authors)) for art in articles) > 1:
        return articles  # a digest's items, each closed by its sender's name

    def staff(a: AuthorFact) -> AuthorFact:
        return replace(a, role=AuthorRole.reporter) if bare(a) else a

    return [replace(art, authors=tuple(staff(a) for a in art.authors)) for art in articles]
