"""A bare credit naming someone the page credits elsewhere with a role word.

A writer's name alone closing an item (``短评`` / headline / text / ``某某``, or
``（某某）``) carries no role word, and a bare name reads as a correspondent's. When the
same page credits that name with a role word (``本报记者 某某`` over its feature), the
page has said who the writer is: the paper's reporter signing a comment is its reporter
still (ANNOTATION.md, Authors: ``reporter`` is the 记者). Only the writer's roles pass
on: a photographer's mark (``某某 摄``) says who took a photo, not who wrote a text.
Read on real_dev30's model-worker page (s58).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import ArticleFacts, AuthorFact
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import AuthorRole

#: Characters on either side of a name searched for its credit's role word: a role word
#: stands right before the name (``本报记者 某某``) or after it (``某某 摄``).
_BEFORE, _AFTER = 6, 3
#: Roles a worded credit passes on to the same name's bare credit: the writer's.
_WRITERS = (AuthorRole.reporter, AuthorRole.author)


def _worded(p: Paragraph | None, author: AuthorFact) -> bool:
    """The author's name stands next to a credit's role word in its paragraph: a credit
    that says who the name is (``本报记者 某某``), as a bare one (``某某`` alone) does not."""
    if p is None:
        return False
    start, end = author.span.text_start, author.span.text_end
    around = p.text[max(0, start - _BEFORE) : start] + " " + p.text[end : end + _AFTER]
    return lexicon.words("bylines.yaml", "role_words").in_text(around) is not None


def named_writers(
    paragraphs: Sequence[Paragraph], articles: list[ArticleFacts]
) -> list[ArticleFacts]:
    """The articles of a page with each bare correspondent's credit given the writer's
    role a worded credit of the page gives the same name (one role only: a name the
    page credits in two writer's roles is left as read)."""
    by_seq = {p.seq: p for p in paragraphs}
    worded: dict[str, set[AuthorRole]] = {}
    for art in articles:
        for a in art.authors:
            if a.role in _WRITERS and _worded(by_seq.get(a.span.paragraph), a):
                worded.setdefault(a.name, set()).add(a.role)
    if not worded:
        return articles

    def settled(a: AuthorFact) -> AuthorFact:
        roles = worded.get(a.name, set())
        bare = a.role is AuthorRole.correspondent and not _worded(by_seq.get(a.span.paragraph), a)
        return replace(a, role=next(iter(roles))) if bare and len(roles) == 1 else a

    return [replace(art, authors=_once(settled(a) for a in art.authors)) for art in articles]


def _once(authors: Iterable[AuthorFact]) -> tuple[AuthorFact, ...]:
    """The authors with a second row of the same name and role dropped (a reporter
    credited in the byline and again, bare, at the end is one reporter)."""
    seen: set[tuple[str, AuthorRole]] = set()
    out = []
    for a in authors:
        if (a.name, a.role) not in seen:
            seen.add((a.name, a.role))
            out.append(a)
    return tuple(out)
