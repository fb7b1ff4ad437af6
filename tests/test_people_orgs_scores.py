"""People, positions and organisations scored against hand annotations.

The seeds' gold (``tests/fixtures/gold/<seed>.people.yaml``) and the invented pages'
gold (``tests/fixtures/pages``) were written by reading the pages, following
``tests/fixtures/ANNOTATION.md``; the scorer is ``python -m gonghui_dev.scoring``.
"""

from __future__ import annotations


def test_seed_people_f1(seed_scores):
    assert seed_scores.people.tp >= 30
    assert seed_scores.people.f1 >= 0.97, seed_scores.people.misses + seed_scores.people.extras


def test_every_seed_byline_person_has_the_right_role(seed_scores):
    assert seed_scores.authors.tp >= 25
    assert seed_scores.authors.recall == 1.0 and seed_scores.authors.precision == 1.0


def test_seed_titles_and_organisations_of_people(seed_scores):
    assert seed_scores.people_titled.total >= 30
    assert seed_scores.positions.tp >= 40
    assert seed_scores.people_titled.value >= 0.90, seed_scores.people_titled.wrong


def test_seed_organisations_f1(seed_scores):
    orgs = seed_scores.organisations
    assert orgs.tp >= 50 and seed_scores.canonical_orgs.total >= 50
    assert orgs.f1 >= 0.90, orgs.misses + orgs.extras


def test_seed_merges_across_articles(seed_scores):
    assert seed_scores.person_merges.total and seed_scores.person_merges.value == 1.0
    assert seed_scores.org_merges.total and seed_scores.org_merges.value == 1.0


def test_rules_generalise_to_invented_pages(fixture_scores):
    s = fixture_scores
    assert min(s.people.tp, s.authors.tp, s.positions.tp, s.organisations.tp) >= 30
    assert s.person_merges.total >= 2 and s.org_merges.total >= 2
    assert s.people.f1 >= 0.90, s.people.misses + s.people.extras
    assert s.authors.f1 >= 0.90, s.authors.misses + s.authors.extras
    assert s.positions.f1 >= 0.85, s.positions.misses + s.positions.extras
    assert s.organisations.f1 >= 0.85, s.organisations.misses + s.organisations.extras
    assert s.person_merges.value == 1.0  # one person on two pages, promoted in between


def test_every_seed_person_lies_in_an_article_the_build_found(seed_scores):
    """People lost because their article was not found are a layout loss, counted apart."""
    matched = seed_scores.people_in_matched_articles
    assert matched.total >= 30
    assert matched.value == 1.0, matched.wrong
