"""The places of China an article names, at their offsets in its text, and those its
whole page names (:func:`page_places`): what a short organisation name (区总工会,
市总工会) is read against (:class:`~.article_context.ArticleContext`). A place a
conjunction opens, or one inside a person's name, is none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article_context import ArticleContext
from gonghui_build.extract.organisations.conjunction_places import conjunction_before_a_short_form
from gonghui_build.extract.organisations.edges import joiner_and_level
from gonghui_build.extract.organisations.names import words
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import ner, places
from gonghui_build.text.tokenizer import Token, occurrences, tag_tokens


def _opens_with_conjunction(text: str, m: places.PlaceMention, tokens: list[Token]) -> bool:
    """县总工会|和|县委: a place whose first character is a conjunction jieba reads as a
    word of its own (和, 与) is no place: the conjunction joins two bodies and the
    level word after it opens a short form (和县 is a county, 县总工会和县委 names none).
    So too where jieba reads the place whole (某县总工会|和县|妇联) right after a body's
    name, the level word after the conjunction opening the next body's short form; and
    a verb joining two bodies glued to a level word after a body (县总工会会同县人社局)."""
    conjunctions = words("brand_conjunctions")
    if any(t.start == m.start and t.end < m.end and t.word in conjunctions for t in tokens):
        return True
    if conjunction_before_a_short_form(text, m, tokens):
        return True  # 工地|和县|环卫所: the walk reads 县环卫所, the 和 joins them
    return joiner_and_level(text, m.start, m.end)


def places_in(text: str, tokens: list[Token], offset: int) -> list[places.PlaceMention]:
    """The places of China a paragraph names, at their offsets in the article; a short
    form counts where it ends a word (四川|南充), not inside one (朝阳门街道) nor inside
    a person's name the model reads (副主席高|长春: jieba cuts the city's name out of it)."""
    ends = {t.end for t in tokens}
    found = [
        m
        for m in places.find_places(text)
        if (
            m.full or (m.end in ends and not _in_a_persons_name(text, m)) or _names_a_paper(text, m)
        )
        and not _opens_with_conjunction(text, m, tokens)
    ]
    return [replace(m, start=offset + m.start, end=offset + m.end) for m in found]


def counties_in(text: str, tokens: list[Token], offset: int) -> list[places.PlaceMention]:
    """Counties a paragraph names by their short form only (对滦南工作的支持): where
    jieba reads the form as one place name and the model reads no person there (卢|长海
    is a name). Weak evidence: read only when the article and its page name no place."""
    named = {(t.start, t.end) for t in tokens if t.tag == "ns"}
    return [
        replace(m, start=offset + m.start, end=offset + m.end)
        for m in places.find_places(text, county_short=True)
        if not m.full and (m.start, m.end) in named and not _in_a_persons_name(text, m)
    ]


def _in_a_persons_name(text: str, m: places.PlaceMention) -> bool:
    """Whether the model reads a person's name over the place ``m`` (卢|长海, 高|长春)."""
    return any(w.tag == "PER" and w.start < m.end and m.start < w.end for w in ner.words(text))


def page_places(paragraphs: Sequence[Paragraph]) -> ArticleContext:
    """The districts and places of China a whole page names by their full names (its
    headings and furniture too): what an article that names none is read against."""
    districts: list[tuple[int, str]] = []
    found: list[places.PlaceMention] = []
    for p in paragraphs:
        districts += [(0, d) for _, d in lexicon.places().districts_in(p.text)]
        districts += [(0, d) for d in _districts_of_a_paper(p.text)]
        full = [m for m in places.find_places(p.text) if m.full or _names_a_paper(p.text, m)]
        full += _counties_of_a_paper(p.text, full)
        if full:  # only a paragraph naming a place is cut into words
            tokens = tag_tokens(p.text)
            found += [m for m in full if not _opens_with_conjunction(p.text, m, tokens)]
    own = [w for w in lexicon.places().city_short if w not in words("city_prefixes")]
    paper_city = any(w in p.text for p in paragraphs for w in own)
    return ArticleContext(
        tuple(districts), (), tuple(found), whole_page=True, paper_city=paper_city
    )


def _districts_of_a_paper(text: str) -> list[str]:
    """The paper's city's districts whose short form opens the name of a paper or a
    yearbook on the page (海淀年鉴 over a yearbook's page, 某区报): the page's own
    district, whose 区总工会 the entries under it print without naming it."""
    media = words("media_after_place")
    return [
        d.name
        for d in lexicon.places().districts
        if any(media.starting(text, at + len(d.short)) for at in occurrences(text, d.short))
    ]


def _counties_of_a_paper(text: str, found: list[places.PlaceMention]) -> list[places.PlaceMention]:
    """Counties whose short form opens the name of a paper or a yearbook on the page
    (安化年鉴 running over a county yearbook's chronicle, whose entries print 县总工会 and
    县委 without naming the county: real_dev22): the page's own county, as a city's
    short form opening its yearbook's name is the page's city (岳阳年鉴, real_dev12).
    Not one read already, nor a short form overlapping one."""
    return [
        m
        for m in places.find_places(text, county_short=True)
        if not m.full
        and _names_a_paper(text, m)
        and not any(f.start < m.end and m.start < f.end for f in found)
    ]


def _names_a_paper(text: str, m: places.PlaceMention) -> bool:
    """A place's short form that opens the name of a paper or news site (某某日报,
    某某晚报, 某某网讯: ``media_after_place``): the page's own place, as its paper says."""
    return words("media_after_place").starting(text[m.end :]) is not None
