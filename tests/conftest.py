"""Shared fixtures: one build of the seeds per test session."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from gonghui_build.extract.dates import ArticleDate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> tuple[Path, object]:
    """The seeds built into a temporary folder: (output folder, summary)."""
    from gonghui_build import pipeline

    out = tmp_path_factory.mktemp("seeds_build")
    summary = pipeline.run(SEEDS, out)
    return out, summary


@pytest.fixture(scope="session")
def seeds_tables(seeds_build):
    """Every table of the seeds build as a list of dicts, read back from Parquet."""
    import pyarrow.parquet as pq

    from gonghui import tables

    out, _ = seeds_build
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in tables()}


@pytest.fixture()
def pages_dir(tmp_path):
    """A fresh folder to put test pages in."""
    folder = tmp_path / "pages"
    folder.mkdir()
    return folder


def copy_seed(name: str, folder: Path) -> Path:
    matches = sorted(SEEDS.glob(f"{name}*.txt"))
    return Path(shutil.copy(matches[0], folder))


@pytest.fixture(scope="session")
def seed_scores(seeds_build):
    """The seeds build scored against the hand annotations of ``tests/fixtures/gold``."""
    from gonghui_dev.scoring import score

    out, _ = seeds_build
    return score(out, ROOT / "tests" / "fixtures" / "gold")


@pytest.fixture(scope="session")
def fixture_scores():
    """The invented pages of ``tests/fixtures/pages`` built and scored."""
    from gonghui_dev.scoring import build_and_score

    fixtures = ROOT / "tests" / "fixtures"
    return build_and_score(fixtures / "pages", fixtures / "gold")


def printed(iso: str) -> ArticleDate:
    """An article whose page prints the day it was published (``2024-05-06``): the date the
    relative and partial dates of the date tests are read against."""
    from gonghui_build.extract.dates import ArticleDate

    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def activity_starts(paragraph: str, published: str) -> list[str | None]:
    """The start day of each activity found in ``paragraph``, read against an article
    printed on ``published`` (None where an activity has no date)."""
    from gonghui_build.extract.activities.finding import find_activities
    from gonghui_build.extract.dates import resolve

    article = printed(published)
    return [
        resolve(a.date, article).start if a.date else None for a in find_activities([paragraph])
    ]


def page_facts(text: str):
    """The extracted facts of one page of ``text`` (a file named p.txt)."""
    from gonghui_build.extract.page import extract_page
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    return extract_page(parse_page(page_from_bytes("p.txt", text.encode())))


def page_authors(text: str) -> set[tuple[str, str]]:
    """(name, role) of every author the articles of a page of ``text`` credit."""
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def page_people(text: str) -> list[str]:
    """The names, sorted and each once, of the people the articles of a page of ``text``
    name."""
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def news_page(body: str) -> str:
    """A page of one short news item: a headline, then ``body`` after a dateline (本报讯),
    so that the item's text is read as the body of the page's first article."""
    return f"某某简讯\n\n本报讯 {body}\n"


def titled_page(body: str) -> str:
    """A page of one item: a column's line (工会新闻), then ``body`` as the item's text."""
    return "工会新闻\n" + body + "\n"


def first_article_orgs(body: str) -> set[str]:
    """The organisations, as written, that the first article of a :func:`news_page` of
    ``body`` names."""
    return {o.written for o in page_facts(news_page(body)).articles[0].orgs}


def first_article_resolved(body: str) -> set[str]:
    """The full names of the organisations the first article of a :func:`news_page` of
    ``body`` resolves."""
    return {o.resolved.name for o in page_facts(news_page(body)).articles[0].orgs if o.resolved}


def first_article_positions(text: str) -> set[tuple[str, str, str | None]]:
    """(name, title, organisation's full name) of each position the first article of a
    page of ``text`` states; the article must name people."""
    article = page_facts(text).articles[0]
    assert article.people, "people are read"
    return {(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions}


def page_posts(text: str) -> set[tuple[str, str, str | None]]:
    """(name, title, organisation as read) of every position a :func:`news_page` of
    ``text`` states."""
    facts = page_facts(news_page(text))
    return {
        (p.name, p.title_normalised, p.org_written) for a in facts.articles for p in a.positions
    }


def page_activities(text: str) -> list:
    """The activities of every article of a page of ``text``, in page order."""
    return [a for art in page_facts(text).articles for a in art.activities]


def place_of_mention(sentence: str, mention: str) -> str | None:
    """The place :func:`~gonghui_build.extract.activities.places.place_of` gives the
    activity mentioned by ``mention`` (its first occurrence) in the one-sentence text."""
    from gonghui_build.extract.activities.places import place_of

    at = sentence.index(mention)
    return place_of(sentence, (0, len(sentence)), (at, at + len(mention)))


def statuses_of(text: str) -> list[tuple[str, object]]:
    """The name and status of each activity one paragraph's text reports."""
    from gonghui_build.extract.activities.finding import find_activities

    return [(d.name, d.status) for d in find_activities([text])]


def layout_roles(text: str) -> dict[str, tuple[str, int | None]]:
    """Each block of a page of ``text`` (its plain text) with the role and the article
    the layout gives it."""
    from gonghui_build.layout.blocks import split_blocks
    from gonghui_build.layout.segment import layout

    return {p.block.plain: (p.role, p.article) for p in layout(split_blocks(text)).placed}


def layout_articles(text: str) -> list[list[tuple[str, str]]]:
    """The articles the layout reads on a page of ``text``, each as its blocks' roles and
    plain texts in page order."""
    from gonghui_build.layout.blocks import split_blocks
    from gonghui_build.layout.segment import layout

    page = layout(split_blocks(text))
    out: list[list[tuple[str, str]]] = [[] for _ in page.articles]
    for p in page.placed:
        if p.article is not None:
            out[p.article].append((p.role, p.block.plain))
    return out


def layout_heads(text: str) -> list[list[tuple[str, str]]]:
    """The kicker and headline blocks of each article the layout reads on a page of
    ``text``, as (role, plain text) in page order."""
    return [
        [(role, t) for role, t in a if role in ("kicker", "headline")]
        for a in layout_articles(text)
    ]


def layout_furniture(text: str) -> list[str]:
    """The blocks of a page of ``text`` (plain, stripped) the layout gives no article."""
    from gonghui_build.layout.blocks import split_blocks
    from gonghui_build.layout.segment import layout

    return [p.block.plain.strip() for p in layout(split_blocks(text)).placed if p.article is None]


def block_roles(text: str) -> dict[str, str]:
    """Each block of a page of ``text`` (its plain text, stripped) with the role the
    layout gives it."""
    from gonghui_build.layout.blocks import split_blocks
    from gonghui_build.layout.segment import layout

    return {p.block.plain.strip(): p.role for p in layout(split_blocks(text)).placed}


def page_row(**overrides) -> dict:
    """A valid row of the ``pages`` table (one article, full coverage), with ``overrides``."""
    row = {
        "page_id": "p1",
        "source_file": "p1.txt",
        "sha256": "0" * 64,
        "encoding": "utf-8",
        "chars": 10,
        "nonblank_chars": 8,
        "covered_chars": 8,
        "coverage": 1.0,
        "articles": 1,
        "date": None,
        "date_precision": None,
        "newspaper": None,
        "page_label": None,
    }
    row.update(overrides)
    return row


def seed_pages():
    """The seed pages as the build discovers them."""
    from gonghui_build.inputs import discover

    return discover(SEEDS).pages


def page_results(results) -> list[tuple]:
    """Pages' results from ``map_pages`` as plain values, to compare two ways of reading."""
    return [
        (r.page_id, r.facts, r.paragraph_ids, {k: v.to_pylist() for k, v in r.rows.items()})
        for r in results
    ]


def participant_counts(sentence: str) -> list[tuple[float, str] | None]:
    """Each activity found in one sentence: its participants' count and unit, or None."""
    from gonghui_build.extract.activities.finding import find_activities

    out = []
    for a in find_activities([sentence]):
        p = a.participants
        out.append(None if p is None else (p.count, p.unit.value))
    return out
