"""Extraction of one page: a pure function from a parsed page to its facts.

The articles of a page are dated together (the same-page rule needs them all), then
each is read on its own. Nothing here looks at another page: pages can be read in any
order, or in parallel, and the facts joined afterwards.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build.extract.activities.page_restated import told_in_an_earlier_article
from gonghui_build.extract.article import article_text, extract_article
from gonghui_build.extract.dates.page import date_articles
from gonghui_build.extract.facts import ArticleFacts, AuthorFact, PageFacts
from gonghui_build.extract.header_authors import field_authors, header_authors, source_named
from gonghui_build.extract.named_writers import named_writers
from gonghui_build.extract.organisations.article import ORG_ROLES
from gonghui_build.extract.organisations.article_places import page_places
from gonghui_build.extract.roster_owner import rosters_of_the_entry_before
from gonghui_build.extract.site_staff import own_staff
from gonghui_build.layout.end_credits import names_a_body
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.role_words import ROLE_OR_TRAINEE
from gonghui_build.parsed import ParsedPage
from gonghui_build.text import ner
from gonghui_build.vocabulary import AuthorRole

#: A role word of a credit (记者, 通讯员, 实习生): a name after one keeps its role.
_ROLE_WORD_RE = re.compile(ROLE_OR_TRAINEE)


def extract_page(parsed: ParsedPage, curated_date: str | None = None) -> PageFacts:
    """The facts of every article of a page; ``curated_date`` is the page's date from
    the metadata file, if it gives one."""
    texts = [article_text(parsed.paragraphs_of(a.index)) for a in parsed.articles]
    article_dates = date_articles(texts, curated_date, parsed.printed_dates)
    page = page_places(parsed.paragraphs)
    articles = [
        extract_article(
            parsed.paragraphs_of(a.index), parsed.runs, article_dates[a.index], a.read_kind, page
        )
        for a in parsed.articles
    ]
    articles = rosters_of_the_entry_before(parsed, articles)
    articles = told_in_an_earlier_article(articles)  # 某市工会第十三次代表大会 again
    articles = own_staff(parsed.paragraphs, _with_header_authors(parsed, articles))
    articles = named_writers(parsed.paragraphs, articles)  # 短评 signed by the reporter
    return PageFacts(parsed.page.page_id, tuple(articles))


def _with_header_authors(parsed: ParsedPage, articles: list[ArticleFacts]) -> list[ArticleFacts]:
    """A web copy's header line (``作者：宋雨桐``) is furniture of the page; the author it
    names is the author of the article that follows it (or of the last one before). A
    credit line kept as furniture for its editor's field (``（撰稿：某某　审核：某某）``)
    names the writers of the article it stands in (or of the first one after it), and
    so does a header's line in brackets, printed under the text it credits."""
    out = list(articles)
    source = _page_source(parsed.paragraphs)
    for p in parsed.paragraphs:
        if p.role != "furniture" or not out:
            continue
        found = header_authors(p, source)
        if found and not _closing_bracket(p):
            after = [i for i, a in enumerate(out) if a.page_start > p.page_start]
            i = after[0] if after else len(out) - 1
        elif found or (found := field_authors(p)):
            within = [i for i, a in enumerate(out) if a.page_start <= p.page_start]
            i = within[-1] if within else 0
        else:
            continue
        credited = _signed_in_the_header(found, out[i].authors, parsed.paragraphs)
        new = tuple(a for a in found if _adds_a_role(a, credited))
        out[i] = replace(out[i], authors=credited + new)
    return out


def _signed_in_the_header(
    found: Sequence[AuthorFact], credited: tuple[AuthorFact, ...], paragraphs: Sequence[Paragraph]
) -> tuple[AuthorFact, ...]:
    """A site's own item names its writer in the header row (``作者：某某``, role
    ``author``) and again among the names of the closing bracket with no role word
    (``（某街道总工会 某某 某某）``), where bare names read as correspondents: the header
    picks its writer out of them, the author; the bracket's other names stay
    correspondents. So does a bracket naming the writer alone after the unit
    (``（某区总工会 某某）``: the site's own body signing its staff's text, real_dev31); a
    bracket naming the header's writer alone with no unit (``（某某）``) keeps the text's
    role (real_dev3)."""
    signed = {a.name for a in found if a.role is AuthorRole.author}
    texts = {p.seq: p.text for p in paragraphs}
    per_line = Counter(a.span.paragraph for a in credited)

    def bare(a: AuthorFact) -> bool:
        text = texts.get(a.span.paragraph, "")
        listed = per_line[a.span.paragraph] > 1 or _unit_before(text, a.span.text_start)
        return a.role is AuthorRole.correspondent and listed and not _ROLE_WORD_RE.search(text)

    return tuple(
        replace(a, role=AuthorRole.author) if a.name in signed and bare(a) else a for a in credited
    )


def _unit_before(text: str, start: int) -> bool:
    """Whether a bracket's name follows its writer's unit (``（某区总工会 某某）``): the
    bracket's word before the name names a body."""
    head = text[:start].strip(" \u3000（(").split()
    return bool(head) and names_a_body(head[-1])


def _adds_a_role(found: AuthorFact, credited: Sequence[AuthorFact]) -> bool:
    """A header row's author is new to the article when the text credits no one of that
    name (credited in the text, its role stands), or credits the name only as the
    photographer while the row's role word makes the writer (``作者：记者 某某`` over a
    caption's ``记者 某某 摄``: the reporter and the photographer, one row a role)."""
    roles = {a.role for a in credited if a.name == found.name}
    writer = found.role in (AuthorRole.reporter, AuthorRole.correspondent)
    return not roles or (writer and roles == {AuthorRole.photographer})


def _page_source(paragraphs: Sequence[Paragraph]) -> str:
    """The source the first furniture row with a source field names (``来源：某区总工会``):
    whose copy the page is, for an author's row that names no source of its own."""
    rows = (source_named(p.text) for p in paragraphs if p.role == "furniture")
    return next((s for s in rows if s), "")


def _closing_bracket(p: Paragraph) -> bool:
    """A header's fields in brackets (``（本文来源：某工会 作者：某某）``): printed under
    the text they credit, as a credit closes an item, not over the next one."""
    return p.text.strip()[:1] in "（("


def read_model(pages: Sequence[ParsedPage]) -> None:
    """Let the model read the paragraphs extraction reads, of several pages at once:
    sentences of one length go to it in one batch and the results are cached by
    sentence, so each page's extraction then finds its tags ready. Batches of equal
    length give the tags of one sentence a call (:mod:`gonghui_build.text.ner`): the
    facts are the same with or without this step."""
    ner.words_many([p.text for page in pages for p in page.paragraphs if p.role in ORG_ROLES])
